#include "resulttext.h"

#include "core/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace posbridge;
using namespace posbridge::testing;

class TestAutostartEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void entryIsWrittenAndRemoved();
    void relativeConfigHomeFallsBack();
    void argumentsAreQuoted_data();
    void argumentsAreQuoted();

private:
    std::unique_ptr<QTemporaryDir> m_configHome;
    QByteArray m_previous;
};

void TestAutostartEntry::init()
{
    m_previous = qgetenv("XDG_CONFIG_HOME");
    m_configHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_configHome->isValid());
    qputenv("XDG_CONFIG_HOME", m_configHome->path().toUtf8());
}

void TestAutostartEntry::cleanup()
{
    qputenv("XDG_CONFIG_HOME", m_previous);
    m_configHome.reset();
}

void TestAutostartEntry::entryIsWrittenAndRemoved()
{
    AutostartEntry entry(QStringLiteral("org.example.Bridge"), QStringLiteral("/opt/pos bridge/posbridge"),
                         {QStringLiteral("--minimized")});
    const QString expectedPath = m_configHome->filePath(QStringLiteral("autostart/org.example.Bridge.desktop"));
    QCOMPARE(entry.filePath(), expectedPath);
    QVERIFY(!entry.isEnabled());

    const VoidResult written = entry.setEnabled(true, QStringLiteral("POS Bridge"));
    QVERIFY2(written.ok(), errorText(written).constData());
    QVERIFY(entry.isEnabled());
    QFile file(expectedPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(QLatin1String("[Desktop Entry]\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nType=Application\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nName=POS Bridge\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nExec=\"/opt/pos bridge/posbridge\" --minimized\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nIcon=org.example.Bridge\n")), qPrintable(text));
    file.close();

    const VoidResult removed = entry.setEnabled(false, QStringLiteral("POS Bridge"));
    QVERIFY2(removed.ok(), errorText(removed).constData());
    QVERIFY(!QFile::exists(expectedPath));
    QVERIFY(!entry.isEnabled());
    QVERIFY(entry.setEnabled(false, QStringLiteral("POS Bridge")).ok());
}

void TestAutostartEntry::relativeConfigHomeFallsBack()
{
    qputenv("XDG_CONFIG_HOME", "relative/config");
    const AutostartEntry entry(QStringLiteral("org.example.Bridge"), QStringLiteral("/usr/bin/posbridge"), {});
    QCOMPARE(entry.filePath(), QDir::homePath() + QStringLiteral("/.config/autostart/org.example.Bridge.desktop"));
}

void TestAutostartEntry::argumentsAreQuoted_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("/usr/bin/posbridge") << QStringLiteral("/usr/bin/posbridge");
    QTest::newRow("space") << QStringLiteral("/a b/x") << QStringLiteral("\"/a b/x\"");
    QTest::newRow("dollar") << QStringLiteral("/a$b") << QStringLiteral("\"/a\\\\$b\"");
    QTest::newRow("percent") << QStringLiteral("/a%b") << QStringLiteral("\"/a%%b\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
}

void TestAutostartEntry::argumentsAreQuoted()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QCOMPARE(AutostartEntry::quoteArgument(argument), expected);
}

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
