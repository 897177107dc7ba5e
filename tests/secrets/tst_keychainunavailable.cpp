#include "secrets/keychainsecretstore.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace posbridge;

// Points D-Bus at a socket that does not exist, as on a machine without a Secret Service.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFailsWithTheFix();
    void readFailsInsteadOfEmpty();
    void noPlaintextFallbackFile();
};

void TestKeychainUnavailable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/posbridge-no-bus");
    qunsetenv("DISPLAY");
}

void TestKeychainUnavailable::writeFailsWithTheFix()
{
    KeychainSecretStore store;
    const SecretKey key{QUuid::createUuid().toString(QUuid::WithoutBraces), 1, SecretKind::ClientSecret};
    auto written = store.write(key, QStringLiteral("secret")).result();
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(written.error().message.contains(QStringLiteral("Secret Service")));
    QVERIFY(written.error().message.contains(QStringLiteral("GNOME Keyring")));
    QVERIFY(!written.error().detail.contains(QStringLiteral("secret\"")));
}

void TestKeychainUnavailable::readFailsInsteadOfEmpty()
{
    KeychainSecretStore store;
    const SecretKey key{QUuid::createUuid().toString(QUuid::WithoutBraces), 1, SecretKind::AccessToken};
    auto read = store.read(key).result();
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::KeychainUnavailable);

    auto company = store.readCompany(key.databaseUuid, 1).result();
    QVERIFY(!company.ok());
}

void TestKeychainUnavailable::noPlaintextFallbackFile()
{
    KeychainSecretStore store;
    const SecretKey key{QUuid::createUuid().toString(QUuid::WithoutBraces), 1, SecretKind::ClientSecret};
    QVERIFY(!store.write(key, QStringLiteral("must-not-be-written")).result().ok());

    // QtKeychain's insecure fallback would write a QSettings file; none may exist.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("must-not-be-written"), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
