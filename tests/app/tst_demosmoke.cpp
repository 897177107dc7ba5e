#include "processinspection.h"
#include "resulttext.h"

#include "secrets/keychainsecretstore.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "sync/demodatabase.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace posbridge;
using namespace Qt::StringLiterals;
using posbridge::testing::errorText;

// Runs the posbridge executable (POSBRIDGE_APP) with --demo on the offscreen platform.
class TestDemoSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void terminatedDemoStopsSandbox();
    void killedDemoLeavesNoSandbox();
    void helpDescribesDemo();

private:
    /** Starts `posbridge --demo` and returns the PID of the sandbox it started, or 0. */
    qint64 startDemo();
    [[nodiscard]] QString demoDatabasePath() const { return m_folder->filePath(u"posbridge/demo.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QProcess> m_app;
};

void TestDemoSmoke::init()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("POSBRIDGE_APP")).isExecutable(), "POSBRIDGE_APP must name posbridge");
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_app = std::make_unique<QProcess>();
    // The data folder, and with it the demo database and the sandbox log, lives in the temporary folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_folder->path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"POSBRIDGE_DATABASE"_s);
    m_app->setProcessEnvironment(environment);
    m_app->setProcessChannelMode(QProcess::ForwardedChannels);
}

void TestDemoSmoke::cleanup()
{
    if (m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(5000);
    }
    // Deletes the demo database with its keychain entries, as the next demo run would.
    KeychainSecretStore secrets;
    const VoidResult discarded = DemoDatabase::discard(demoDatabasePath(), secrets);
    QVERIFY2(discarded.ok(), errorText(discarded).constData());
}

qint64 TestDemoSmoke::startDemo()
{
    m_app->start(qEnvironmentVariable("POSBRIDGE_APP"), {u"--demo"_s});
    if (!m_app->waitForStarted(5000))
        return 0;
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && m_app->state() == QProcess::Running) {
        const QList<qint64> children = processinspection::childrenNamed(m_app->processId(), u"posbridge-sandbox"_s);
        if (!children.isEmpty())
            return children.first();
        QTest::qWait(50);
    }
    return 0;
}

void TestDemoSmoke::terminatedDemoStopsSandbox()
{
    const qint64 sandbox = startDemo();
    QVERIFY2(sandbox > 0, "posbridge --demo started no sandbox");
    // Long enough for the demo database to be built and the window to open.
    QTest::qWait(3000);
    QCOMPARE(m_app->state(), QProcess::Running);
    QVERIFY(processinspection::isRunning(sandbox));

    m_app->terminate();
    QVERIFY(m_app->waitForFinished(10'000));
    QCOMPARE(m_app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_app->exitCode(), 0);
    QVERIFY2(!processinspection::isRunning(sandbox), "the sandbox outlived posbridge");

    QVERIFY(QFileInfo(m_folder->filePath(u"posbridge/demo-sandbox.log"_s)).size() > 0);
    auto database = Database::open({demoDatabasePath()});
    QVERIFY2(database.ok(), errorText(database).constData());
    const auto companies = CompanyRepository((*database)->connection()).list();
    QVERIFY(companies.ok());
    QCOMPARE(companies->size(), 1);
    QCOMPARE(companies->first().name, u"Demo Store"_s);
    (*database)->releaseThreadConnection();
}

void TestDemoSmoke::killedDemoLeavesNoSandbox()
{
    const qint64 sandbox = startDemo();
    QVERIFY2(sandbox > 0, "posbridge --demo started no sandbox");
    // Killed once the demo database exists, so that cleanup() finds it marked as a demo database.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(demoDatabasePath()), 10'000);
    QTest::qWait(1000);

    QCOMPARE(::kill(static_cast<pid_t>(m_app->processId()), SIGKILL), 0);
    QVERIFY(m_app->waitForFinished(5000));
    QVERIFY2(processinspection::waitUntilGone(sandbox, 5000), "the sandbox outlived the killed posbridge");
}

void TestDemoSmoke::helpDescribesDemo()
{
    m_app->setProcessChannelMode(QProcess::SeparateChannels);
    m_app->start(qEnvironmentVariable("POSBRIDGE_APP"), {u"--help"_s});
    QVERIFY(m_app->waitForFinished(10'000));
    const QString help = QString::fromUtf8(m_app->readAllStandardOutput());
    QVERIFY2(help.contains(u"--demo"_s), qPrintable(help));
    QVERIFY2(help.contains(u"demo.sqlite"_s), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestDemoSmoke)
#include "tst_demosmoke.moc"
