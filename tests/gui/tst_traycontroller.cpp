#include "gui/traycontroller.h"
#include "lightspeed/connectionregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/connectionmanager.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuListsCompaniesWithState();
    void pauseAndResumeSwapInMenu();
    void actionsRequestWindowAndQuit();
    void pauseAllReachesEngine();
    void iconsExistForEveryState();
};

void TestTrayController::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestTrayController::menuListsCompaniesWithState()
{
    TrayStateModel model;
    TrayController tray(&model, nullptr);
    QVERIFY(tray.companyActions().isEmpty());

    model.setCompanies({{1, QStringLiteral("Acme & Sons")}, {2, QStringLiteral("Globex")}});
    QCOMPARE(tray.companyActions().size(), 2);
    QVERIFY2(tray.companyActions().at(0)->text().startsWith(QStringLiteral("Acme && Sons — ")),
             qPrintable(tray.companyActions().at(0)->text()));
    QCOMPARE(tray.companyActions().at(1)->data().toLongLong(), qint64(2));

    model.reportAuthorizationExpired(2);
    QVERIFY2(tray.companyActions().at(1)->text().contains(QLatin1String("Fetch Token")),
             qPrintable(tray.companyActions().at(1)->text()));
    const QList<QAction *> menuActions = tray.menu()->actions();
    QCOMPARE(menuActions.indexOf(tray.companyActions().at(0)), 0);
    QVERIFY(menuActions.indexOf(tray.quitAction()) > menuActions.indexOf(tray.syncNowAction()));

    model.setCompanies({{2, QStringLiteral("Globex")}});
    QCOMPARE(tray.companyActions().size(), 1);
    QCOMPARE(tray.menu()->actions().size(), menuActions.size() - 1);
}

void TestTrayController::pauseAndResumeSwapInMenu()
{
    TrayStateModel model;
    TrayController tray(&model, nullptr);
    QVERIFY(tray.pauseAllAction()->isVisible());
    QVERIFY(!tray.resumeAllAction()->isVisible());
    // Without an engine nothing can be started or paused.
    QVERIFY(!tray.syncNowAction()->isEnabled());
    QVERIFY(!tray.pauseAllAction()->isEnabled());

    model.setAllPaused(true);
    QVERIFY(!tray.pauseAllAction()->isVisible());
    QVERIFY(tray.resumeAllAction()->isVisible());
}

void TestTrayController::actionsRequestWindowAndQuit()
{
    TrayStateModel model;
    TrayController tray(&model, nullptr);
    model.setCompanies({{7, QStringLiteral("Acme")}});
    QSignalSpy open(&tray, &TrayController::openRequested);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    QSignalSpy company(&tray, &TrayController::companyRequested);

    tray.openAction()->trigger();
    tray.companyActions().at(0)->trigger();
    tray.quitAction()->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(company.count(), 1);
    QCOMPARE(company.at(0).at(0).toLongLong(), qint64(7));
    QCOMPARE(quit.count(), 1);
}

void TestTrayController::pauseAllReachesEngine()
{
    QTemporaryDir dir;
    auto database = Database::open({dir.filePath(QStringLiteral("tray.sqlite"))});
    QVERIFY(database.ok());
    auto executor = std::make_shared<DatabaseExecutor>(*database);
    MemorySecretStore secrets;
    ConnectionRegistry registry;
    ConnectionManager connections(executor, secrets, registry);
    SyncEngine engine(executor, connections);
    TrayStateModel model;
    model.watch(&engine, &connections);
    TrayController tray(&model, &engine);

    QVERIFY(tray.pauseAllAction()->isEnabled());
    tray.pauseAllAction()->trigger();
    QVERIFY(engine.isAllPaused());
    QVERIFY(model.isAllPaused());
    QVERIFY(tray.resumeAllAction()->isVisible());

    tray.resumeAllAction()->trigger();
    QVERIFY(!engine.isAllPaused());
    QVERIFY(!model.isAllPaused());
    QVERIFY(tray.pauseAllAction()->isVisible());
}

void TestTrayController::iconsExistForEveryState()
{
    for (const TrayState state : {TrayState::Idle, TrayState::Syncing, TrayState::Attention}) {
        const QIcon icon = TrayController::iconFor(state);
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(22, 22).isNull());
    }
    QVERIFY(TrayController::iconFor(TrayState::Idle).pixmap(22, 22).toImage() !=
            TrayController::iconFor(TrayState::Attention).pixmap(22, 22).toImage());
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
