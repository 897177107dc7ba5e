// posbridge-screenshots: saves the user guide's screenshots of the demo. scripts/screenshots
// runs it on a virtual X display and reduces the PNGs to 256 colours.

#include "screenshotsession.h"

#include "gui/applicationicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Its own name and the test-mode folders keep the admin's settings and data out of reach.
    QApplication::setApplicationName(QStringLiteral("posbridge-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("POS Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(POSBRIDGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(POSBRIDGE_APP_ID));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(posbridge::applicationIcon());
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts the POS Bridge demo in a temporary folder and saves PNG screenshots of its screens into OUTPUT_DIR."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("The main window's size in pixels (default 1280x800)."),
                                        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x800"));
    parser.addOption(sizeOption);
    parser.addPositionalArgument(QStringLiteral("OUTPUT_DIR"), QStringLiteral("Where the PNG files go."));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QStringList size = parser.value(sizeOption).split(u'x');
    bool widthValid = false;
    bool heightValid = false;
    const int width = size.value(0).toInt(&widthValid);
    const int height = size.value(1).toInt(&heightValid);
    if (positional.size() != 1 || size.size() != 2 || !widthValid || !heightValid || width < 640 || height < 480) {
        std::fprintf(stderr, "usage: posbridge-screenshots [--size WIDTHxHEIGHT] OUTPUT_DIR (at least 640x480)\n");
        return 2;
    }

    posbridge::ScreenshotSession session(QDir(positional.first()), QSize(width, height));
    return session.run();
}
