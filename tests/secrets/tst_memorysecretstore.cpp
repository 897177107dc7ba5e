#include "secrets/memorysecretstore.h"

#include <QTest>

using namespace posbridge;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyRollsBackOnFailure();
    void unavailableStoreFails();
};

void TestMemorySecretStore::applyRollsBackOnFailure()
{
    MemorySecretStore store;
    const SecretKey access{QStringLiteral("db"), 1, SecretKind::AccessToken};
    const SecretKey refresh{QStringLiteral("db"), 1, SecretKind::RefreshToken};
    QVERIFY(store.write(access, QStringLiteral("old access")).result().ok());
    QVERIFY(store.write(refresh, QStringLiteral("old refresh")).result().ok());

    store.failNextWriteOf(access);
    auto applied =
        store.apply({{refresh, QStringLiteral("new refresh")}, {access, QStringLiteral("new access")}}).result();
    QVERIFY(!applied.ok());
    QCOMPARE(store.read(refresh).result().value(), std::optional<QString>(QStringLiteral("old refresh")));
    QCOMPARE(store.read(access).result().value(), std::optional<QString>(QStringLiteral("old access")));
}

void TestMemorySecretStore::unavailableStoreFails()
{
    MemorySecretStore store;
    store.setAvailable(false);
    const SecretKey key{QStringLiteral("db"), 1, SecretKind::ClientSecret};
    QCOMPARE(store.write(key, QStringLiteral("x")).result().error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(store.read(key).result().error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(store.entryCount(), 0);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
