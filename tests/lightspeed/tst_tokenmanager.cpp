#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "core/clock.h"
#include "lightspeed/tokenendpoint.h"
#include "lightspeed/tokenmanager.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using posbridge::CancellationToken;
using posbridge::ErrorCode;
using posbridge::ManualClock;
using posbridge::TokenManager;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

class TestTokenManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadReadsStoredTokens();
    void refreshAheadOfExpiry();
    void rejectedTokenRefreshedOnce();
    void concurrentRefreshSendsOneRequest();
    void companiesShareRefreshGate();
    void tokensStoredBeforeUse();
    void invalidGrantExpiresAuthorization();
    void transientFailureRetried_data();
    void transientFailureRetried();
    void refreshGivesUpAfterAttempts();
    void refreshRateLimitWaits();
    void waitForRefreshCancellable();
    void disconnectRevokesAndClears();
    void failedRevokeKeepsTokens();

private:
    int tokenRequests() { return routeRequests(*m_sandbox, u"oauth.token"_s); }

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestTokenManager::initTestCase()
{
    qRegisterMetaType<posbridge::Error>();
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--items"_s, u"20"_s, u"--days"_s, u"1"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestTokenManager::init()
{
    clearFaults(*m_sandbox);
    resetCounters(*m_sandbox);
}

void TestTokenManager::loadReadsStoredTokens()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString stored = connection.storedAccessToken();
    QVERIFY(!stored.isEmpty());

    connection.createManager();
    QCOMPARE(connection.tokens->state(), TokenManager::State::NotConnected);
    QVERIFY(connection.tokens->load(QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(connection.tokens->state(), TokenManager::State::Connected);
    QCOMPARE(connection.tokens->accountId(), m_sandbox->accountId());
    QVERIFY(connection.tokens->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));

    const auto token = connection.tokens->accessToken();
    QVERIFY(token.ok());
    QCOMPARE(*token, stored);
    QCOMPARE(tokenRequests(), 1); // the code exchange only
}

void TestTokenManager::refreshAheadOfExpiry()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SandboxConnection connection(*m_sandbox, 1, {}, clock);
    QVERIFY(connection.connect().ok());
    QSignalSpy updated(connection.tokens.get(), &TokenManager::tokensUpdated);
    const auto first = connection.tokens->accessToken();
    QVERIFY(first.ok());

    clock.advanceMs((3600 - 61) * 1000LL);
    const auto stillFirst = connection.tokens->accessToken();
    QVERIFY(stillFirst.ok());
    QCOMPARE(*stillFirst, *first);
    QCOMPARE(tokenRequests(), 1);

    clock.advanceMs(2000); // now inside the 60 s margin
    const auto second = connection.tokens->accessToken();
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toLogString()));
    QVERIFY(*second != *first);
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(connection.storedAccessToken(), *second);
    QCOMPARE(connection.tokens->receivedAt(), clock.nowUtc());
}

void TestTokenManager::rejectedTokenRefreshedOnce()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString first = *connection.tokens->accessToken();
    const QString firstRefresh = connection.storedRefreshToken();

    const auto second = connection.tokens->tokenRejected(first);
    QVERIFY(second.ok());
    QVERIFY(*second != first);
    QCOMPARE(tokenRequests(), 2);
    QVERIFY(connection.storedRefreshToken() != firstRefresh);

    // A second report about the same old token gets the replacement without a request.
    const auto again = connection.tokens->tokenRejected(first);
    QVERIFY(again.ok());
    QCOMPARE(*again, *second);
    QCOMPARE(tokenRequests(), 2);
}

void TestTokenManager::concurrentRefreshSendsOneRequest()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString rejected = *connection.tokens->accessToken();
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"oauth.token"_s}, {u"latencyMs"_s, 200}}));

    constexpr int THREADS = 8;
    QStringList results;
    QMutex resultsMutex;
    QList<QThread *> threads;
    for (int i = 0; i < THREADS; ++i) {
        threads.append(QThread::create([&] {
            const auto token = connection.tokens->tokenRejected(rejected);
            const QMutexLocker locker(&resultsMutex);
            results.append(token.ok() ? *token : u"error: "_s + token.error().toLogString());
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(10'000));
        delete thread;
    }

    QCOMPARE(results.size(), THREADS);
    QCOMPARE(QSet<QString>(results.cbegin(), results.cend()).size(), 1);
    QVERIFY2(results.constFirst() != rejected && !results.constFirst().startsWith(u"error"_s),
             qPrintable(results.constFirst()));
    QCOMPARE(tokenRequests(), 2); // the code exchange and exactly one refresh
    QCOMPARE(connection.gate->requestCount(), 1);
}

void TestTokenManager::companiesShareRefreshGate()
{
    SandboxConnection first(*m_sandbox, 1);
    QVERIFY(first.connect().ok());
    SandboxConnection second(*m_sandbox, 2, first.gate);
    QVERIFY(second.connect().ok());
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"oauth.token"_s}, {u"latencyMs"_s, 300}}));

    const QString firstToken = *first.tokens->accessToken();
    const QString secondToken = *second.tokens->accessToken();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> other(QThread::create([&] { (void)second.tokens->tokenRejected(secondToken); }));
    other->start();
    const auto refreshed = first.tokens->tokenRejected(firstToken);
    QVERIFY(other->wait(10'000));

    // Each company refreshes its own pair, one after the other on the shared connection.
    QVERIFY(refreshed.ok());
    QVERIFY(*second.tokens->accessToken() != secondToken);
    QCOMPARE(first.gate->requestCount(), 2);
    QVERIFY2(timer.elapsed() >= 550, "two 300 ms refreshes on one connection must not overlap");
}

void TestTokenManager::tokensStoredBeforeUse()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString oldAccess = *connection.tokens->accessToken();
    const QString oldRefresh = connection.storedRefreshToken();

    // The keychain fails the write: the new pair must not be handed out.
    connection.store.setAvailable(false);
    const auto failed = connection.tokens->tokenRejected(oldAccess);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE(connection.tokens->state(), TokenManager::State::RefreshFailing);
    QCOMPARE(tokenRequests(), 2);
    connection.store.setAvailable(true);
    QCOMPARE(connection.storedRefreshToken(), oldRefresh);
    QCOMPARE(connection.storedAccessToken(), oldAccess);

    // The next call stores the pair it kept in memory before using it, without a token request.
    const auto stored = connection.tokens->accessToken();
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toLogString()));
    QVERIFY(*stored != oldAccess);
    QCOMPARE(tokenRequests(), 2);
    QCOMPARE(connection.storedAccessToken(), *stored);
    QVERIFY(connection.storedRefreshToken() != oldRefresh);
    QCOMPARE(connection.tokens->state(), TokenManager::State::Connected);

    // Using the new access token retires the old refresh token at Lightspeed.
    const auto client = connection.client();
    const auto response = client->get(u"Account.json"_s);
    QVERIFY(response.ok());
    QCOMPARE(response->attempts, 1);
    const auto stale = posbridge::TokenEndpoint(endpointConfig(*m_sandbox)).refresh(oldRefresh);
    QCOMPARE(stale.error().code, ErrorCode::AuthorizationExpired);
}

void TestTokenManager::invalidGrantExpiresAuthorization()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    QSignalSpy expired(connection.tokens.get(), &TokenManager::authorizationExpired);
    QSignalSpy states(connection.tokens.get(), &TokenManager::stateChanged);
    const QString current = *connection.tokens->accessToken();

    m_sandbox->control("POST", u"/sandbox/tokens/revoke"_s);
    const auto refreshed = connection.tokens->tokenRejected(current);
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().code, ErrorCode::AuthorizationExpired);
    QCOMPARE(refreshed.error().message, u"Authorization expired — use Fetch Token"_s);
    QCOMPARE(connection.tokens->state(), TokenManager::State::AuthorizationExpired);
    QCOMPARE(connection.tokens->stateText(), u"Authorization expired — use Fetch Token"_s);
    QCOMPARE(expired.size(), 1);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().at(0).value<TokenManager::State>(), TokenManager::State::AuthorizationExpired);

    resetCounters(*m_sandbox);
    for (int i = 0; i < 3; ++i) {
        const auto failFast = connection.tokens->accessToken();
        QVERIFY(!failFast.ok());
        QCOMPARE(failFast.error().code, ErrorCode::AuthorizationExpired);
        QCOMPARE(connection.tokens->tokenRejected(current).error().code, ErrorCode::AuthorizationExpired);
    }
    QCOMPARE(tokenRequests(), 0);
    QCOMPARE(expired.size(), 1);

    const auto fresh = fetchTokens(*m_sandbox);
    QVERIFY(fresh.ok());
    QVERIFY(connection.tokens->installTokens(*fresh).ok());
    QCOMPARE(connection.tokens->state(), TokenManager::State::Connected);
    QCOMPARE(*connection.tokens->accessToken(), fresh->accessToken);
    QCOMPARE(connection.storedRefreshToken(), fresh->refreshToken);
}

void TestTokenManager::transientFailureRetried_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("dropped before processing")
        << QJsonObject{{u"target"_s, u"oauth.token"_s}, {u"drop"_s, 1.0}, {u"count"_s, 2}};
    QTest::newRow("dropped after processing")
        << QJsonObject{{u"target"_s, u"oauth.token"_s}, {u"dropAfter"_s, 1.0}, {u"count"_s, 2}};
    QTest::newRow("server errors") << QJsonObject{{u"target"_s, u"oauth.token"_s},
                                                  {u"error"_s, 1.0},
                                                  {u"errorStatuses"_s, QJsonArray{500, 503}},
                                                  {u"count"_s, 2}};
}

void TestTokenManager::transientFailureRetried()
{
    QFETCH(QJsonObject, fault);
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString oldAccess = *connection.tokens->accessToken();
    QSignalSpy states(connection.tokens.get(), &TokenManager::stateChanged);
    QVERIFY(addFault(*m_sandbox, fault));

    const auto refreshed = connection.tokens->tokenRejected(oldAccess);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error().toLogString()));
    QVERIFY(*refreshed != oldAccess);
    QCOMPARE(tokenRequests(), 1 + 3);
    QCOMPARE(connection.tokens->state(), TokenManager::State::Connected);
    QCOMPARE(connection.storedAccessToken(), *refreshed);

    QList<TokenManager::State> seen;
    for (const QList<QVariant> &arguments : std::as_const(states))
        seen.append(arguments.at(0).value<TokenManager::State>());
    QVERIFY(seen.contains(TokenManager::State::RefreshFailing));
    QCOMPARE(seen.last(), TokenManager::State::Connected);
}

void TestTokenManager::refreshGivesUpAfterAttempts()
{
    SandboxConnection connection(*m_sandbox);
    connection.config.maxRefreshAttempts = 3;
    QVERIFY(connection.connect().ok());
    const QString oldAccess = *connection.tokens->accessToken();
    const QString oldRefresh = connection.storedRefreshToken();
    QSignalSpy failed(connection.tokens.get(), &TokenManager::refreshFailed);
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"oauth.token"_s}, {u"drop"_s, 1.0}}));

    const auto refreshed = connection.tokens->tokenRejected(oldAccess);
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().code, ErrorCode::Network);
    QCOMPARE(tokenRequests(), 1 + 3);
    QCOMPARE(connection.tokens->state(), TokenManager::State::RefreshFailing);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(connection.storedRefreshToken(), oldRefresh);
    QCOMPARE(connection.storedAccessToken(), oldAccess);

    clearFaults(*m_sandbox);
    const auto recovered = connection.tokens->tokenRejected(oldAccess);
    QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().toLogString()));
    QCOMPARE(connection.tokens->state(), TokenManager::State::Connected);
}

void TestTokenManager::refreshRateLimitWaits()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SandboxConnection connection(*m_sandbox, 1, {}, clock);
    QVERIFY(connection.connect().ok());
    for (int i = 0; i < posbridge::RefreshGate::MAX_REQUESTS_PER_WINDOW; ++i) {
        const auto token = connection.tokens->tokenRejected(*connection.tokens->accessToken());
        QVERIFY(token.ok());
    }
    QCOMPARE(connection.gate->requestCount(), 5);

    std::atomic_bool done = false;
    std::unique_ptr<QThread> sixth(QThread::create([&] {
        (void)connection.tokens->tokenRejected(*connection.tokens->accessToken());
        done = true;
    }));
    sixth->start();
    QTest::qWait(300);
    QVERIFY2(!done, "a sixth refresh within a minute must wait");
    QCOMPARE(connection.gate->requestCount(), 5);

    clock.advanceMs(60'000);
    QTRY_VERIFY(done.load());
    QVERIFY(sixth->wait(5000));
    QCOMPARE(connection.gate->requestCount(), 6);
}

void TestTokenManager::waitForRefreshCancellable()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString current = *connection.tokens->accessToken();
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"oauth.token"_s}, {u"latencyMs"_s, 1500}}));

    std::unique_ptr<QThread> slow(QThread::create([&] { (void)connection.tokens->tokenRejected(current); }));
    slow->start();
    QTest::qWait(100);

    CancellationToken cancel;
    QTimer::singleShot(200, [&cancel] { cancel.cancel(); });
    QElapsedTimer timer;
    timer.start();
    std::atomic_int code = -1;
    std::unique_ptr<QThread> waiter(
        QThread::create([&] { code = int(connection.tokens->tokenRejected(current, cancel).error().code); }));
    waiter->start();
    QTRY_VERIFY(waiter->isFinished());
    QCOMPARE(code.load(), int(ErrorCode::Cancelled));
    QVERIFY2(timer.elapsed() < 1000, "a cancelled waiter must not wait for the running refresh");
    QVERIFY(slow->wait(10'000));
}

void TestTokenManager::disconnectRevokesAndClears()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString refreshToken = connection.storedRefreshToken();
    QSignalSpy cleared(connection.tokens.get(), &TokenManager::tokensCleared);

    const auto disconnected = connection.tokens->revokeAndClear();
    QVERIFY2(disconnected.ok(), qPrintable(disconnected.ok() ? QString() : disconnected.error().toLogString()));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(connection.tokens->state(), TokenManager::State::NotConnected);
    QVERIFY(connection.storedRefreshToken().isEmpty());
    QVERIFY(connection.storedAccessToken().isEmpty());
    QCOMPARE(connection.store.entryCount(), 1); // the Client Secret stays
    QCOMPARE(connection.tokens->accessToken().error().code, ErrorCode::Unauthorized);

    const auto refreshed = posbridge::TokenEndpoint(endpointConfig(*m_sandbox)).refresh(refreshToken);
    QCOMPARE(refreshed.error().code, ErrorCode::AuthorizationExpired);
}

void TestTokenManager::failedRevokeKeepsTokens()
{
    SandboxConnection connection(*m_sandbox);
    QVERIFY(connection.connect().ok());
    const QString refreshToken = connection.storedRefreshToken();
    QVERIFY(addFault(*m_sandbox,
                     {{u"target"_s, u"oauth.revoke"_s}, {u"error"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{503}}}));

    const auto disconnected = connection.tokens->revokeAndClear();
    QVERIFY(!disconnected.ok());
    QCOMPARE(disconnected.error().code, ErrorCode::Http);
    QVERIFY(disconnected.error().message.contains(u"still stored"_s));
    QCOMPARE(connection.storedRefreshToken(), refreshToken);
    QCOMPARE(connection.tokens->state(), TokenManager::State::Connected);

    QVERIFY(connection.tokens->clearTokens().ok());
    QVERIFY(connection.storedRefreshToken().isEmpty());
    QCOMPARE(connection.tokens->state(), TokenManager::State::NotConnected);
}

QTEST_GUILESS_MAIN(TestTokenManager)
#include "tst_tokenmanager.moc"
