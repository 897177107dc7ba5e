#include "mainwindowfixture.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>

using namespace posbridge;
using posbridge::testing::MainWindowFixture;

namespace {

// A 1024×768 screen less a panel and the window frame.
constexpr QSize SMALL_SCREEN_WINDOW(1024, 700);

QString tabName(const QTabWidget *tabs, int index)
{
    return tabs->tabText(index).remove(u'&');
}

} // namespace

/** Every page of the main window fits a small screen: nothing forces the window wider or taller. */
class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void minimumSizeFitsEachTab_data();
    void minimumSizeFitsEachTab();
    void windowResizesToSmallScreen_data();
    void windowResizesToSmallScreen();
};

void TestWindowLayout::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestWindowLayout::minimumSizeFitsEachTab_data()
{
    QTest::addColumn<bool>("demo");

    QTest::newRow("plain window") << false;
    QTest::newRow("demo window with banner") << true;
}

void TestWindowLayout::minimumSizeFitsEachTab()
{
    QFETCH(bool, demo);
    MainWindowFixture fixture(demo);
    QVERIFY2(fixture.ready(), qPrintable(fixture.failure));
    QTabWidget *tabs = fixture.tabs();
    QVERIFY(tabs->count() >= 5);

    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QApplication::processEvents();
        const QSize minimum = fixture.window->minimumSizeHint();
        QVERIFY2(minimum.width() <= SMALL_SCREEN_WINDOW.width(),
                 qPrintable(QStringLiteral("%1: minimum width %2").arg(tabName(tabs, index)).arg(minimum.width())));
        QVERIFY2(minimum.height() <= SMALL_SCREEN_WINDOW.height(),
                 qPrintable(QStringLiteral("%1: minimum height %2").arg(tabName(tabs, index)).arg(minimum.height())));
    }
}

void TestWindowLayout::windowResizesToSmallScreen_data()
{
    minimumSizeFitsEachTab_data();
}

void TestWindowLayout::windowResizesToSmallScreen()
{
    QFETCH(bool, demo);
    MainWindowFixture fixture(demo);
    QVERIFY2(fixture.ready(), qPrintable(fixture.failure));
    QTabWidget *tabs = fixture.tabs();

    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        fixture.window->resize(SMALL_SCREEN_WINDOW);
        QApplication::processEvents();
        // A layout whose minimum is larger keeps the window larger than requested.
        const QSize size = fixture.window->size();
        QVERIFY2(size == SMALL_SCREEN_WINDOW, qPrintable(QStringLiteral("%1: the window stays %2×%3")
                                                             .arg(tabName(tabs, index))
                                                             .arg(size.width())
                                                             .arg(size.height())));
    }
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
