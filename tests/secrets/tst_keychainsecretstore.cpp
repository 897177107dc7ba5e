#include "secrets/keychainsecretstore.h"

#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace posbridge;

// Runs against the real Secret Service: the test command starts a private D-Bus session with
// an unlocked gnome-keyring. Each test uses a fresh database UUID, so runs never collide.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writeReadOverwriteDelete();
    void missingEntryReadsAsEmpty();
    void databasesDoNotShareSecrets();
    void readCompanyReturnsAllThree();
    void removeCompanyDeletesAllThree();
    void applyWritesEveryChange();
    void usableFromWorkerThread();
    void longAndNonAsciiValues();

private:
    SecretKey key(SecretKind kind, qint64 company = 1) const { return {m_uuid, company, kind}; }

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_uuid;
};

void TestKeychainSecretStore::init()
{
    m_store = std::make_unique<KeychainSecretStore>();
    m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychainSecretStore::cleanup()
{
    if (m_store) {
        for (qint64 company : {1, 2})
            (void)m_store->removeCompany(m_uuid, company).result();
    }
    m_store.reset();
}

void TestKeychainSecretStore::writeReadOverwriteDelete()
{
    const SecretKey secret = key(SecretKind::ClientSecret);
    auto written = m_store->write(secret, QStringLiteral("first-value")).result();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toLogString()));

    auto read = m_store->read(secret).result();
    QVERIFY(read.ok());
    QCOMPARE(read.value(), std::optional<QString>(QStringLiteral("first-value")));

    QVERIFY(m_store->write(secret, QStringLiteral("second-value")).result().ok());
    QCOMPARE(m_store->read(secret).result().value(), std::optional<QString>(QStringLiteral("second-value")));

    QVERIFY(m_store->remove(secret).result().ok());
    QCOMPARE(m_store->read(secret).result().value(), std::optional<QString>());
    // Deleting what is already gone succeeds.
    QVERIFY(m_store->remove(secret).result().ok());
}

void TestKeychainSecretStore::missingEntryReadsAsEmpty()
{
    auto read = m_store->read(key(SecretKind::RefreshToken, 2)).result();
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
}

void TestKeychainSecretStore::databasesDoNotShareSecrets()
{
    const QString otherUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecretKey mine = key(SecretKind::AccessToken);
    const SecretKey theirs{otherUuid, 1, SecretKind::AccessToken};
    QVERIFY(m_store->write(mine, QStringLiteral("mine")).result().ok());
    QVERIFY(m_store->write(theirs, QStringLiteral("theirs")).result().ok());

    QCOMPARE(m_store->read(mine).result().value(), std::optional<QString>(QStringLiteral("mine")));
    QCOMPARE(m_store->read(theirs).result().value(), std::optional<QString>(QStringLiteral("theirs")));
    QVERIFY(m_store->removeCompany(otherUuid, 1).result().ok());
    QCOMPARE(m_store->read(mine).result().value(), std::optional<QString>(QStringLiteral("mine")));
}

void TestKeychainSecretStore::readCompanyReturnsAllThree()
{
    QVERIFY(m_store->write(key(SecretKind::ClientSecret), QStringLiteral("cs")).result().ok());
    QVERIFY(m_store->write(key(SecretKind::AccessToken), QStringLiteral("at")).result().ok());
    QVERIFY(m_store->write(key(SecretKind::RefreshToken), QStringLiteral("rt")).result().ok());

    auto secrets = m_store->readCompany(m_uuid, 1).result();
    QVERIFY(secrets.ok());
    QCOMPARE(secrets->clientSecret, QStringLiteral("cs"));
    QCOMPARE(secrets->accessToken, QStringLiteral("at"));
    QCOMPARE(secrets->refreshToken, QStringLiteral("rt"));
    QVERIFY(secrets->hasTokens());

    auto empty = m_store->readCompany(m_uuid, 2).result();
    QVERIFY(empty.ok());
    QVERIFY(empty->clientSecret.isEmpty());
    QVERIFY(!empty->hasTokens());
}

void TestKeychainSecretStore::removeCompanyDeletesAllThree()
{
    for (SecretKind kind : {SecretKind::ClientSecret, SecretKind::AccessToken, SecretKind::RefreshToken})
        QVERIFY(m_store->write(key(kind), QStringLiteral("value")).result().ok());
    QVERIFY(m_store->write(key(SecretKind::ClientSecret, 2), QStringLiteral("other company")).result().ok());

    QVERIFY(m_store->removeCompany(m_uuid, 1).result().ok());
    auto secrets = m_store->readCompany(m_uuid, 1).result();
    QVERIFY(secrets.ok());
    QVERIFY(secrets->clientSecret.isEmpty());
    QVERIFY(secrets->accessToken.isEmpty());
    QVERIFY(secrets->refreshToken.isEmpty());
    QCOMPARE(m_store->read(key(SecretKind::ClientSecret, 2)).result().value(),
             std::optional<QString>(QStringLiteral("other company")));
}

void TestKeychainSecretStore::applyWritesEveryChange()
{
    QVERIFY(m_store->write(key(SecretKind::AccessToken), QStringLiteral("old access")).result().ok());
    auto applied = m_store
                       ->apply({{key(SecretKind::RefreshToken), QStringLiteral("new refresh")},
                                {key(SecretKind::AccessToken), std::nullopt}})
                       .result();
    QVERIFY(applied.ok());
    QCOMPARE(m_store->read(key(SecretKind::RefreshToken)).result().value(),
             std::optional<QString>(QStringLiteral("new refresh")));
    QVERIFY(!m_store->read(key(SecretKind::AccessToken)).result().value().has_value());
}

void TestKeychainSecretStore::usableFromWorkerThread()
{
    // Worker threads have no event loop of their own; the store's thread serves them.
    std::atomic<bool> ok{false};
    QThread *thread = QThread::create([this, &ok] {
        const SecretKey secret = key(SecretKind::RefreshToken);
        ok = m_store->write(secret, QStringLiteral("from worker")).result().ok() &&
             m_store->read(secret).result().value() == std::optional<QString>(QStringLiteral("from worker"));
    });
    thread->start();
    QVERIFY(thread->wait(30'000));
    delete thread;
    QVERIFY(ok);
}

void TestKeychainSecretStore::longAndNonAsciiValues()
{
    const QString longToken = QString(8192, u'x') + QStringLiteral("-end");
    const QString accented = QStringLiteral("clé secrète ✓ 東京");
    QVERIFY(m_store->write(key(SecretKind::AccessToken), longToken).result().ok());
    QVERIFY(m_store->write(key(SecretKind::ClientSecret), accented).result().ok());
    QCOMPARE(m_store->read(key(SecretKind::AccessToken)).result().value(), std::optional<QString>(longToken));
    QCOMPARE(m_store->read(key(SecretKind::ClientSecret)).result().value(), std::optional<QString>(accented));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
