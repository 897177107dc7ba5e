#include "mainwindowfixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QStyleFactory>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace posbridge;
using posbridge::testing::MainWindowFixture;

namespace {

// WCAG 2.1 requires at least 4.5:1 between normal text and its background (criterion 1.4.3).
constexpr double MIN_CONTRAST = 4.5;

/** A dark desktop theme: light text on dark grey, in colours close to KDE's Breeze Dark. */
QPalette darkPalette()
{
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x7f, 0x83, 0x86);
    QPalette palette(QColor(0x31, 0x36, 0x3b), window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &first, const QColor &second)
{
    const double lighter = std::max(luminance(first), luminance(second));
    const double darker = std::min(luminance(first), luminance(second));
    return (lighter + 0.05) / (darker + 0.05);
}

/** The colour a label's text is drawn on: the nearest widget that fills its background, or the window. */
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *current = widget; current; current = current->parentWidget()) {
        if (current->autoFillBackground())
            return current->palette().color(QPalette::Active, current->backgroundRole());
    }
    return widget->window()->palette().color(QPalette::Active, QPalette::Window);
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
}

} // namespace

/** Under a dark desktop theme the window keeps its text readable, because it draws with palette roles. */
class TestDarkPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noStyleSheets();
    void labelsReadable();
    void viewTextReadable();

private:
    std::unique_ptr<MainWindowFixture> m_fixture;
};

void TestDarkPalette::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    m_fixture = std::make_unique<MainWindowFixture>(true);
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->failure));
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture->window.get()));
}

void TestDarkPalette::cleanupTestCase()
{
    m_fixture.reset();
}

void TestDarkPalette::noStyleSheets()
{
    // A style sheet's colours ignore the palette, so none is set anywhere.
    QVERIFY(qApp->styleSheet().isEmpty());
    for (const QWidget *widget : m_fixture->window->findChildren<QWidget *>())
        QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(describe(widget)));
}

void TestDarkPalette::labelsReadable()
{
    int checked = 0;
    for (const QLabel *label : m_fixture->window->findChildren<QLabel *>()) {
        // Rich text could carry its own colours past the palette.
        QVERIFY2(!label->text().contains(QLatin1String("color"), Qt::CaseInsensitive), qPrintable(describe(label)));
        const QColor text = label->palette().color(QPalette::Active, label->foregroundRole());
        const double ratio = contrast(text, backgroundBehind(label));
        QVERIFY2(ratio >= MIN_CONTRAST,
                 qPrintable(QStringLiteral("%1: contrast %2:1").arg(describe(label)).arg(ratio, 0, 'f', 2)));
        ++checked;
    }
    // The status bar, the demo banner and every page's messages and field problems.
    QVERIFY(checked > 40);
}

void TestDarkPalette::viewTextReadable()
{
    const auto views = m_fixture->window->findChildren<QAbstractItemView *>();
    QVERIFY(!views.isEmpty());
    for (const QAbstractItemView *view : views) {
        const QPalette palette = view->palette();
        // Disabled views may use dimmer text, as WCAG allows for inactive controls.
        const double ratio =
            contrast(palette.color(QPalette::Active, QPalette::Text), palette.color(QPalette::Active, QPalette::Base));
        QVERIFY2(ratio >= MIN_CONTRAST,
                 qPrintable(QStringLiteral("%1: contrast %2:1").arg(describe(view)).arg(ratio, 0, 'f', 2)));
    }
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
