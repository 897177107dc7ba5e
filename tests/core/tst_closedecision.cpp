#include "core/closedecision.h"

#include <QTest>

using namespace posbridge;

Q_DECLARE_METATYPE(std::optional<bool>)

class TestCloseDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closeActionFollowsTrayAndAnswer_data();
    void closeActionFollowsTrayAndAnswer();
};

void TestCloseDecision::closeActionFollowsTrayAndAnswer_data()
{
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("syncEnabled");
    QTest::addColumn<std::optional<bool>>("remembered");
    QTest::addColumn<CloseAction>("expected");

    const std::optional<bool> none;
    QTest::newRow("no tray quits") << false << true << std::optional<bool>(true) << CloseAction::Quit;
    QTest::newRow("no sync quits") << true << false << none << CloseAction::Quit;
    QTest::newRow("first close asks") << true << true << none << CloseAction::Ask;
    QTest::newRow("remembered keep hides") << true << true << std::optional<bool>(true) << CloseAction::HideToTray;
    QTest::newRow("remembered quit quits") << true << true << std::optional<bool>(false) << CloseAction::Quit;
}

void TestCloseDecision::closeActionFollowsTrayAndAnswer()
{
    QFETCH(bool, trayAvailable);
    QFETCH(bool, syncEnabled);
    QFETCH(std::optional<bool>, remembered);
    QFETCH(CloseAction, expected);
    QCOMPARE(decideCloseAction(trayAvailable, syncEnabled, remembered), expected);
}

QTEST_GUILESS_MAIN(TestCloseDecision)
#include "tst_closedecision.moc"
