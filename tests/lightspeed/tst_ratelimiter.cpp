#include "core/clock.h"
#include "lightspeed/bucketfeedback.h"
#include "lightspeed/connectionregistry.h"
#include "lightspeed/ratelimiter.h"
#include "lightspeed/refreshgate.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace posbridge;
using namespace Qt::StringLiterals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersParse_data();
    void headersParse();
    void firstRequestGoesAlone();
    void pacesToBucketSize();
    void unknownClassWaitsForIdle();
    void learnsCostPerClass();
    void levelDrains_data();
    void levelDrains();
    void retryAfterBlocksEveryCaller();
    void missingRetryAfterUsesLevel();
    void outOfOrderResponseKeepsLevel();
    void abandonedRequestCharges_data();
    void abandonedRequestCharges();
    void costlierThanBucketWaitsForEmpty();
    void concurrentReservationsShareBucket();
    void waitersServedInOrder();
    void cancelledWaitReturnsError();
    void countersForHistory();
    void burstLimitSpacesRequests();
    void registrySharesPerConnection();
};

namespace {

const RequestClass LIST_ITEMS{u"GET list"_s, u"Item"_s};
const RequestClass PUT_ITEM{u"PUT"_s, u"Item"_s};
const RequestClass GET_SALE{u"GET one"_s, u"Sale"_s};

BucketFeedback feedback(double level, double size, double dripRate, double cost)
{
    BucketFeedback result;
    result.level = level;
    result.size = size;
    result.dripRate = dripRate;
    result.cost = cost;
    return result;
}

BucketFeedback tooMany(std::optional<qint64> retryAfterMs, double level, double size)
{
    BucketFeedback result;
    result.rateLimited = true;
    result.retryAfterMs = retryAfterMs;
    result.level = level;
    result.size = size;
    result.dripRate = 1;
    return result;
}

// Sends one request of the class through the limiter and finishes it with the given bucket state.
void prime(RateLimiter &limiter, const RequestClass &requestClass, const BucketFeedback &answer)
{
    const auto ticket = limiter.tryAcquire(requestClass);
    if (!ticket)
        qFatal("priming request was not granted");
    limiter.finish(*ticket, answer);
}

} // namespace

void TestRateLimiter::headersParse_data()
{
    QTest::addColumn<QByteArray>("bucket");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("size");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("fractional level") << QByteArray("12.5/90") << QByteArray() << 200 << 12.5 << 90.0 << qint64(-1);
    QTest::newRow("level above size") << QByteArray("91.2/90") << QByteArray() << 200 << 91.2 << 90.0 << qint64(-1);
    QTest::newRow("spaces") << QByteArray(" 3 / 60 ") << QByteArray() << 200 << 3.0 << 60.0 << qint64(-1);
    QTest::newRow("429 with seconds") << QByteArray("90/90") << QByteArray("2") << 429 << 90.0 << 90.0 << qint64(2000);
    QTest::newRow("fractional retry") << QByteArray("90/90") << QByteArray("0.5") << 429 << 90.0 << 90.0 << qint64(500);
    QTest::newRow("malformed bucket") << QByteArray("lots") << QByteArray("soon") << 429 << -1.0 << -1.0 << qint64(-1);
    QTest::newRow("zero size ignored") << QByteArray("1/0") << QByteArray() << 200 << -1.0 << -1.0 << qint64(-1);
}

void TestRateLimiter::headersParse()
{
    QFETCH(QByteArray, bucket);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, status);
    QFETCH(double, level);
    QFETCH(double, size);
    QFETCH(qint64, retryAfterMs);

    QList<QPair<QByteArray, QByteArray>> headers{
        {"x-ls-api-bucket-level", bucket}, {"X-LS-Api-Drip-Rate", "1.5"},
        {"X-LS-Api-Request-Cost", "1.2"},  {"X-LS-API-RateLimit-Type", "api-leaky-bucket"},
        {"X-LS-Api-Burst-Level", "4/30"},
    };
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});

    const BucketFeedback parsed = BucketFeedback::fromHeaders(status, headers, QDateTime::currentDateTimeUtc());
    QCOMPARE(parsed.rateLimited, status == 429);
    QCOMPARE(parsed.level.value_or(-1), level);
    QCOMPARE(parsed.size.value_or(-1), size);
    QCOMPARE(parsed.dripRate.value_or(-1), 1.5);
    QCOMPARE(parsed.cost.value_or(-1), 1.2);
    QCOMPARE(parsed.retryAfterMs.value_or(-1), retryAfterMs);
    QCOMPARE(parsed.limitType, u"api-leaky-bucket"_s);
    QCOMPARE(parsed.burstLimit.value_or(-1), 30);
}

void TestRateLimiter::firstRequestGoesAlone()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    const auto first = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(first.has_value());

    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(-1));
    QVERIFY(!limiter.snapshot().bucketKnown);

    limiter.finish(*first, feedback(1, 90, 1, 1));
    QVERIFY(limiter.snapshot().bucketKnown);
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
}

void TestRateLimiter::pacesToBucketSize()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(88, 90, 1, 1));

    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value()); // 88 + 1
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value()); // 88 + 2 = 90: the bucket runs full
    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(1000));

    clock.advanceMs(500);
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(500));
    clock.advanceMs(500);
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
}

void TestRateLimiter::unknownClassWaitsForIdle()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(0, 90, 1, 1));

    const auto read = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(read.has_value());
    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(PUT_ITEM, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(-1));

    limiter.finish(*read, feedback(1, 90, 1, 1));
    const auto write = limiter.tryAcquire(PUT_ITEM);
    QVERIFY(write.has_value());
    QCOMPARE(write->estimatedCost, 1.0); // the largest cost learned so far, until its own arrives
}

void TestRateLimiter::learnsCostPerClass()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(1, 90, 1, 1));
    prime(limiter, PUT_ITEM, feedback(3.5, 90, 1, 2.5));
    prime(limiter, GET_SALE, feedback(4.6, 90, 1, 1.1));

    QCOMPARE(limiter.learnedCost(LIST_ITEMS).value_or(-1), 1.0);
    QCOMPARE(limiter.learnedCost(PUT_ITEM).value_or(-1), 2.5);
    QCOMPARE(limiter.learnedCost(GET_SALE).value_or(-1), 1.1);
    QVERIFY(!limiter.learnedCost({u"POST"_s, u"Item"_s}).has_value());

    const auto ticket = limiter.tryAcquire(PUT_ITEM);
    QVERIFY(ticket.has_value());
    QCOMPARE(ticket->estimatedCost, 2.5);
    QCOMPARE(limiter.snapshot().inFlightCost, 2.5);

    // A different price for the same class replaces the old one.
    limiter.finish(*ticket, feedback(8, 90, 1, 3));
    QCOMPARE(limiter.learnedCost(PUT_ITEM).value_or(-1), 3.0);
}

void TestRateLimiter::levelDrains_data()
{
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("dripRate");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<double>("expected");

    QTest::newRow("one drip per second") << 50.0 << 1.0 << qint64(10'000) << 40.0;
    QTest::newRow("faster drip") << 50.0 << 2.5 << qint64(4'000) << 40.0;
    QTest::newRow("partial second") << 10.0 << 1.0 << qint64(500) << 9.5;
    QTest::newRow("never below zero") << 3.0 << 1.0 << qint64(60'000) << 0.0;
    QTest::newRow("over the size") << 95.0 << 1.0 << qint64(2'000) << 93.0;
}

void TestRateLimiter::levelDrains()
{
    QFETCH(double, level);
    QFETCH(double, dripRate);
    QFETCH(qint64, elapsedMs);
    QFETCH(double, expected);

    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(level, 90, dripRate, 1));
    clock.advanceMs(elapsedMs);
    const RateLimiter::Snapshot snapshot = limiter.snapshot();
    QCOMPARE(snapshot.level, expected);
    QCOMPARE(snapshot.dripRate, dripRate);
    QCOMPARE(snapshot.size, 90.0);
}

void TestRateLimiter::retryAfterBlocksEveryCaller()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(10, 90, 1, 1));
    prime(limiter, PUT_ITEM, feedback(11, 90, 1, 1));

    const auto ticket = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(ticket.has_value());
    limiter.finish(*ticket, tooMany(3000, 11, 90));

    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(PUT_ITEM, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(3000));
    QCOMPARE(limiter.snapshot().pausedForMs, qint64(3000));
    clock.advanceMs(2999);
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS).has_value());
    clock.advanceMs(1);
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
    QCOMPARE(limiter.snapshot().rateLimited, quint64(1));
}

void TestRateLimiter::missingRetryAfterUsesLevel()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(80, 90, 2, 1));

    const auto ticket = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(ticket.has_value());
    limiter.finish(*ticket, tooMany(std::nullopt, 93, 90));

    // Level 93 plus this request's drip must drain to 90 at 1 drip per second: 4 s.
    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(4000));
}

void TestRateLimiter::outOfOrderResponseKeepsLevel()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(10, 90, 1, 1));

    // Threads reach the server in any order, so responses report older and newer levels mixed.
    const auto first = limiter.tryAcquire(LIST_ITEMS);
    const auto second = limiter.tryAcquire(LIST_ITEMS);
    const auto third = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(first && second && third);
    limiter.finish(*first, feedback(50, 90, 1, 1));
    QCOMPARE(limiter.snapshot().level, 50.0);
    limiter.finish(*third, feedback(40, 90, 1, 1));
    QCOMPARE(limiter.snapshot().level, 50.0);

    // The level falls only by draining.
    clock.advanceMs(20'000);
    QCOMPARE(limiter.snapshot().level, 30.0);
    limiter.finish(*second, feedback(35, 90, 1, 1));
    QCOMPARE(limiter.snapshot().level, 35.0);
}

void TestRateLimiter::abandonedRequestCharges_data()
{
    QTest::addColumn<bool>("mayHaveReached");
    QTest::addColumn<double>("level");
    QTest::newRow("dropped after sending") << true << 21.0;
    QTest::newRow("refused before sending") << false << 20.0;
}

void TestRateLimiter::abandonedRequestCharges()
{
    QFETCH(bool, mayHaveReached);
    QFETCH(double, level);

    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(20, 90, 1, 1));
    const auto ticket = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(ticket.has_value());
    limiter.abandon(*ticket, mayHaveReached);

    const RateLimiter::Snapshot snapshot = limiter.snapshot();
    QCOMPARE(snapshot.level, level);
    QCOMPARE(snapshot.inFlight, 0);
    QCOMPARE(snapshot.inFlightCost, 0.0);
}

void TestRateLimiter::costlierThanBucketWaitsForEmpty()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    const RequestClass reconcile{u"POST"_s, u"InventoryCountReconcile"_s};
    prime(limiter, reconcile, feedback(20, 10, 1, 20));

    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(reconcile, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(20'000));
    clock.advanceMs(20'000);
    QVERIFY(limiter.tryAcquire(reconcile).has_value());
}

void TestRateLimiter::concurrentReservationsShareBucket()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(0, 10, 1, 1));

    std::atomic_int granted = 0;
    QList<RateLimiter::Ticket> tickets;
    QMutex ticketsMutex;
    QList<QThread *> threads;
    for (int i = 0; i < 12; ++i) {
        threads.append(QThread::create([&] {
            const auto ticket = limiter.acquire(LIST_ITEMS, CancellationToken());
            if (!ticket.ok())
                return;
            const QMutexLocker locker(&ticketsMutex);
            tickets.append(*ticket);
            ++granted;
        }));
        threads.last()->start();
    }

    // Ten reservations fill the bucket of ten; two callers wait although no response came back.
    QTRY_COMPARE(granted.load(), 10);
    QTest::qWait(200);
    QCOMPARE(granted.load(), 10);
    QCOMPARE(limiter.snapshot().inFlight, 10);

    {
        const QMutexLocker locker(&ticketsMutex);
        for (const RateLimiter::Ticket &ticket : std::as_const(tickets))
            limiter.finish(ticket, feedback(double(ticket.id - 1), 10, 1, 1));
    }
    QCOMPARE(limiter.snapshot().level, 10.0);
    QTest::qWait(200);
    QCOMPARE(granted.load(), 10);

    clock.advanceMs(1000);
    QTRY_COMPARE(granted.load(), 11);
    QTest::qWait(200);
    QCOMPARE(granted.load(), 11);
    clock.advanceMs(1000);
    QTRY_COMPARE(granted.load(), 12);

    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(5000));
        delete thread;
    }
}

void TestRateLimiter::waitersServedInOrder()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(0, 10, 1, 1));
    prime(limiter, PUT_ITEM, feedback(0, 10, 1, 5));
    prime(limiter, LIST_ITEMS, feedback(7, 10, 1, 1));

    // Room for 3 drips: the expensive write queues first, so a cheap read may not overtake it.
    std::atomic_bool writeGranted = false;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        const auto ticket = limiter.acquire(PUT_ITEM, CancellationToken());
        writeGranted = ticket.ok();
    }));
    writer->start();
    QTRY_COMPARE(limiter.snapshot().waiting, 1);
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS).has_value());
    QVERIFY(!writeGranted);

    clock.advanceMs(2000);
    QTRY_VERIFY(writeGranted.load());
    QVERIFY(writer->wait(5000));
    QCOMPARE(limiter.snapshot().inFlightCost, 5.0);
}

void TestRateLimiter::cancelledWaitReturnsError()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(90, 90, 1, 1));

    CancellationToken cancel;
    std::atomic_int code = -1;
    std::unique_ptr<QThread> waiter(QThread::create([&] {
        const auto ticket = limiter.acquire(LIST_ITEMS, cancel);
        code = ticket.ok() ? 0 : int(ticket.error().code);
    }));
    waiter->start();
    QTest::qWait(100);
    QCOMPARE(code.load(), -1);
    cancel.cancel();
    QVERIFY(waiter->wait(5000));
    QCOMPARE(code.load(), int(ErrorCode::Cancelled));

    clock.advanceMs(1000);
    QVERIFY2(limiter.tryAcquire(LIST_ITEMS).has_value(), "a cancelled waiter must leave the queue");
}

void TestRateLimiter::countersForHistory()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    prime(limiter, LIST_ITEMS, feedback(1, 90, 1, 1));
    prime(limiter, PUT_ITEM, feedback(3.5, 90, 1, 2.5));
    const auto ticket = limiter.tryAcquire(LIST_ITEMS);
    QVERIFY(ticket.has_value());
    limiter.finish(*ticket, tooMany(1000, 95, 90));

    const RateLimiter::Snapshot snapshot = limiter.snapshot();
    QCOMPARE(snapshot.requests, quint64(3));
    QCOMPARE(snapshot.rateLimited, quint64(1));
    QCOMPARE(snapshot.dripsUsed, 3.5);
    QCOMPARE(snapshot.highestLevel, 95.0);
    QCOMPARE(snapshot.inFlight, 0);
}

void TestRateLimiter::burstLimitSpacesRequests()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    BucketFeedback answer = feedback(0, 90, 1, 1);
    answer.burstLimit = 3;
    prime(limiter, LIST_ITEMS, answer);

    // The priming request counts too: two more fit in the window, the fourth waits for it.
    clock.advanceMs(100);
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
    qint64 waitMs = 0;
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(1000));
    clock.advanceMs(1000);
    QVERIFY(limiter.tryAcquire(LIST_ITEMS).has_value());
    QVERIFY(!limiter.tryAcquire(LIST_ITEMS, &waitMs).has_value());
    QCOMPARE(waitMs, qint64(100));
}

void TestRateLimiter::registrySharesPerConnection()
{
    ManualClock clock;
    ConnectionRegistry registry(clock);
    const ConnectionKey first{u"190231"_s, u"client-a"_s};
    const ConnectionKey sameAgain{u"190231"_s, u"client-a"_s};
    const ConnectionKey otherClient{u"190231"_s, u"client-b"_s};
    const ConnectionKey otherAccount{u"5"_s, u"client-a"_s};

    QCOMPARE(registry.rateLimiter(first).get(), registry.rateLimiter(sameAgain).get());
    QCOMPARE(registry.refreshGate(first).get(), registry.refreshGate(sameAgain).get());
    QVERIFY(registry.rateLimiter(first).get() != registry.rateLimiter(otherClient).get());
    QVERIFY(registry.rateLimiter(first).get() != registry.rateLimiter(otherAccount).get());
    QVERIFY(registry.refreshGate(first).get() != registry.refreshGate(otherAccount).get());
    QCOMPARE(registry.connections().size(), 3);
    QVERIFY(!first.toLogString().contains(u"client-a"_s));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
