#include "sandboxconnection.h"
#include "sandboxprocess.h"

#include "lightspeed/apiclient.h"
#include "lightspeed/apierrors.h"
#include "lightspeed/lightspeedjson.h"
#include "lightspeed/tokenmanager.h"

#include <QSet>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using posbridge::ApiClient;
using posbridge::ApiQuery;
using posbridge::ApiResponse;
using posbridge::CancellationToken;
using posbridge::ErrorCode;
using posbridge::LightspeedJson;
using posbridge::VoidResult;
using namespace Qt::StringLiterals;
using namespace lightspeedtest;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readsAccount();
    void paginationVisitsEveryRecordOnce();
    void expiredTokenRefreshedOnce();
    void secondRejectionFails();
    void faultsAreRetried_data();
    void faultsAreRetried();
    void retriesGiveUpAsTransient();
    void permanentErrorsNotRetried_data();
    void permanentErrorsNotRetried();
    void postNotRepeatedAfterDrop();
    void slowResponseTimesOut();
    void cancelStopsRequest();
    void handlerErrorStopsWalk();

private:
    QString itemsPath() const { return u"Account/%1/Item.json"_s.arg(m_sandbox->accountId()); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxConnection> m_connection;
};

void TestApiClient::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--items"_s, u"2500"_s, u"--days"_s, u"2"_s, u"--time-scale"_s, u"20"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_connection = std::make_unique<SandboxConnection>(*m_sandbox);
    const VoidResult connected = m_connection->connect();
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toLogString()));
}

void TestApiClient::init()
{
    clearFaults(*m_sandbox);
    resetCounters(*m_sandbox);
}

void TestApiClient::readsAccount()
{
    const auto client = m_connection->client();
    const auto response = client->get(u"Account.json"_s);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toLogString()));
    QCOMPARE(response->httpStatus, 200);
    QCOMPARE(response->attempts, 1);
    QCOMPARE(response->drips, 1.0);
    const QList<QJsonObject> accounts = LightspeedJson::records(response->json, u"Account"_s);
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(LightspeedJson::toText(accounts[0].value(QLatin1String("accountID"))), m_sandbox->accountId());
    QVERIFY(response->nextPageUrl().isEmpty());

    const auto snapshot = client->rateLimiter().snapshot();
    QVERIFY(snapshot.bucketKnown);
    QCOMPARE(snapshot.size, 90.0);
    QCOMPARE(snapshot.dripRate, 20.0);
    QCOMPARE(client->stats().requests, quint64(1));
}

void TestApiClient::paginationVisitsEveryRecordOnce()
{
    const auto client = m_connection->client();
    QSet<qint64> seen;
    int duplicates = 0;
    int pages = 0;
    ApiQuery query;
    query.archived(ApiQuery::Archived::Include).sort(u"itemID"_s).limit();
    const VoidResult walked = client->forEachPage(itemsPath(), query, [&](const ApiResponse &page) -> VoidResult {
        ++pages;
        for (const QJsonObject &item : LightspeedJson::records(page.json, u"Item"_s)) {
            const qint64 id = LightspeedJson::toInteger(item.value(QLatin1String("itemID"))).value_or(0);
            if (seen.contains(id))
                ++duplicates;
            seen.insert(id);
        }
        return {};
    });
    QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.error().toLogString()));

    const int expected = m_sandbox->control("GET", u"/sandbox/state"_s)
                             .object()
                             .value(QLatin1String("counts"))
                             .toObject()
                             .value(QLatin1String("items"))
                             .toInt();
    QCOMPARE(expected, 2500);
    QCOMPARE(seen.size(), expected);
    QCOMPARE(duplicates, 0);
    QCOMPARE(pages, 25);
    QCOMPARE(routeRequests(*m_sandbox, u"item.list"_s), 25);
    QCOMPARE(rateLimitedCount(*m_sandbox), 0);
}

void TestApiClient::expiredTokenRefreshedOnce()
{
    const auto client = m_connection->client();
    QVERIFY(client->get(u"Account.json"_s).ok());
    const QString before = *m_connection->tokens->accessToken();
    m_sandbox->control("POST", u"/sandbox/tokens/expire"_s);

    const auto response = client->get(u"Account.json"_s);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().toLogString()));
    QCOMPARE(response->attempts, 2);
    QCOMPARE(routeRequests(*m_sandbox, u"oauth.token"_s), 1);
    QVERIFY(*m_connection->tokens->accessToken() != before);
    QCOMPARE(m_connection->tokens->state(), posbridge::TokenManager::State::Connected);
}

void TestApiClient::secondRejectionFails()
{
    const auto client = m_connection->client();
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"account"_s}, {u"unauthorized"_s, 1.0}}));

    const auto response = client->get(u"Account.json"_s);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, ErrorCode::Unauthorized);
    QCOMPARE(response.error().httpStatus, 401);
    QVERIFY(response.error().message.contains(u"Access token could not be verified"_s));
    QCOMPARE(routeRequests(*m_sandbox, u"account"_s), 2);
    QCOMPARE(routeRequests(*m_sandbox, u"oauth.token"_s), 1);
}

void TestApiClient::faultsAreRetried_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("clientRetriesEach");

    // Qt itself resends a GET whose connection dropped, so the client sees only some of those drops.
    const QString target = u"item.list"_s;
    QTest::newRow("server errors") << QJsonObject{{u"target"_s, target}, {u"error"_s, 0.3}} << true;
    QTest::newRow("malformed bodies") << QJsonObject{{u"target"_s, target}, {u"malformed"_s, 0.3}} << true;
    QTest::newRow("dropped connections") << QJsonObject{{u"target"_s, target}, {u"drop"_s, 0.3}} << false;
    QTest::newRow("latency") << QJsonObject{{u"target"_s, target}, {u"latencyMs"_s, 40}} << true;
}

void TestApiClient::faultsAreRetried()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, clientRetriesEach);
    QVERIFY(addFault(*m_sandbox, fault));
    const auto client = m_connection->client(6);

    QSet<qint64> seen;
    ApiQuery query;
    query.archived(ApiQuery::Archived::Include).sort(u"itemID"_s).limit();
    const VoidResult walked = client->forEachPage(itemsPath(), query, [&](const ApiResponse &page) -> VoidResult {
        for (const QJsonObject &item : LightspeedJson::records(page.json, u"Item"_s))
            seen.insert(LightspeedJson::toInteger(item.value(QLatin1String("itemID"))).value_or(0));
        return {};
    });
    QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.error().toLogString()));
    QCOMPARE(seen.size(), 2500);

    const QJsonObject counters = m_sandbox->control("GET", u"/sandbox/counters"_s).object();
    const bool latencyOnly = fault.contains(u"latencyMs"_s);
    int injected = 0;
    for (const QJsonValue &count : counters.value(QLatin1String("faults")).toObject())
        injected += count.toInt();
    if (!latencyOnly)
        QVERIFY2(injected > 0, "the fault rule injected nothing");
    if (clientRetriesEach)
        QCOMPARE(client->stats().retries, quint64(injected));
    QCOMPARE(rateLimitedCount(*m_sandbox), 0);
}

void TestApiClient::retriesGiveUpAsTransient()
{
    QVERIFY(
        addFault(*m_sandbox, {{u"target"_s, u"item.get"_s}, {u"error"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{503}}}));
    const auto client = m_connection->client(3);
    const auto response = client->get(u"Account/%1/Item/1.json"_s.arg(m_sandbox->accountId()));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, ErrorCode::Http);
    QCOMPARE(response.error().httpStatus, 503);
    QVERIFY(posbridge::ApiErrors::isTransient(response.error()));
    QCOMPARE(routeRequests(*m_sandbox, u"item.get"_s), 3);
}

void TestApiClient::permanentErrorsNotRetried_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverText");

    QTest::newRow("404 missing item") << u"Account/%1/Item/99999999.json"_s << QByteArray("GET") << ErrorCode::NotFound
                                      << 404 << "not found";
    QTest::newRow("403 other account") << u"Account/1/Item.json"_s << QByteArray("GET") << ErrorCode::Forbidden << 403
                                       << "account 1";
    QTest::newRow("422 invalid upc") << u"Account/%1/Item/1.json"_s << QByteArray("PUT") << ErrorCode::InvalidInput
                                     << 422 << "digits only";
    QTest::newRow("400 bad relation") << u"Account/%1/Item.json?load_relations=[\"Nope\"]"_s << QByteArray("GET")
                                      << ErrorCode::InvalidInput << 400 << "no relation";
}

void TestApiClient::permanentErrorsNotRetried()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(ErrorCode, code);
    QFETCH(int, status);
    QFETCH(QString, serverText);

    const auto client = m_connection->client();
    const QString resolved = path.contains(u"%1"_s) ? path.arg(m_sandbox->accountId()) : path;
    posbridge::Result<ApiResponse> response = posbridge::ApiErrors::internal({});
    if (verb == "PUT") {
        response = client->put(resolved, {{u"upc"_s, u"12-AB"_s}});
    } else if (resolved.contains(u'?')) {
        ApiQuery query;
        query.loadRelations({u"Nope"_s});
        response = client->get(resolved.section(u'?', 0, 0), query);
    } else {
        response = client->get(resolved);
    }
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, code);
    QCOMPARE(response.error().httpStatus, status);
    QVERIFY2(response.error().message.contains(serverText, Qt::CaseInsensitive), qPrintable(response.error().message));
    QVERIFY(!posbridge::ApiErrors::isTransient(response.error()));
    QCOMPARE(client->stats().requests, quint64(1));
}

void TestApiClient::postNotRepeatedAfterDrop()
{
    const int itemsBefore = m_sandbox->control("GET", u"/sandbox/state"_s)
                                .object()
                                .value(QLatin1String("counts"))
                                .toObject()
                                .value(QLatin1String("items"))
                                .toInt();
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"item.create"_s}, {u"dropAfter"_s, 1.0}, {u"count"_s, 1}}));
    const auto client = m_connection->client();
    const auto response =
        client->post(u"Account/%1/Item.json"_s.arg(m_sandbox->accountId()), {{u"description"_s, u"Dropped reply"_s}});
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, ErrorCode::Network);
    QCOMPARE(routeRequests(*m_sandbox, u"item.create"_s), 1);
    const int itemsAfter = m_sandbox->control("GET", u"/sandbox/state"_s)
                               .object()
                               .value(QLatin1String("counts"))
                               .toObject()
                               .value(QLatin1String("items"))
                               .toInt();
    QCOMPARE(itemsAfter, itemsBefore + 1);
}

void TestApiClient::slowResponseTimesOut()
{
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"account"_s}, {u"latencyMs"_s, 1500}}));
    const auto client = m_connection->client(2, 200);
    QElapsedTimer timer;
    timer.start();
    const auto response = client->get(u"Account.json"_s);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, ErrorCode::Timeout);
    QVERIFY(timer.elapsed() < 1400);
    QCOMPARE(client->stats().requests, quint64(2));
}

void TestApiClient::cancelStopsRequest()
{
    QVERIFY(addFault(*m_sandbox, {{u"target"_s, u"account"_s}, {u"latencyMs"_s, 3000}}));
    const auto client = m_connection->client();
    CancellationToken cancel;
    QTimer::singleShot(150, [&cancel] { cancel.cancel(); });
    QElapsedTimer timer;
    timer.start();
    const auto response = client->get(u"Account.json"_s, {}, cancel);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 1500);
}

void TestApiClient::handlerErrorStopsWalk()
{
    const auto client = m_connection->client();
    int pages = 0;
    ApiQuery query;
    query.limit();
    const VoidResult walked = client->forEachPage(itemsPath(), query, [&](const ApiResponse &) -> VoidResult {
        ++pages;
        if (pages == 2)
            return posbridge::makeError(ErrorCode::Database, u"disk full"_s);
        return {};
    });
    QVERIFY(!walked.ok());
    QCOMPARE(walked.error().code, ErrorCode::Database);
    QCOMPARE(pages, 2);
    QCOMPARE(routeRequests(*m_sandbox, u"item.list"_s), 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
