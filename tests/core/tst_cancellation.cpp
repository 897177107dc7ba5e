#include "core/cancellation.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using posbridge::CancellationToken;

class TestCancellation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newTokenIsNotCancelled();
    void copiesShareState();
    void waitRunsOutWithoutCancel();
    void cancelWakesWaiter();
    void waitAfterCancelReturnsAtOnce();
};

void TestCancellation::newTokenIsNotCancelled()
{
    const CancellationToken token;
    QVERIFY(!token.isCancelled());
}

void TestCancellation::copiesShareState()
{
    CancellationToken token;
    const CancellationToken copy = token;
    const CancellationToken unrelated;
    token.cancel();
    QVERIFY(copy.isCancelled());
    QVERIFY(!unrelated.isCancelled());
}

void TestCancellation::waitRunsOutWithoutCancel()
{
    const CancellationToken token;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!token.waitFor(100));
    QVERIFY(timer.elapsed() >= 100);
}

void TestCancellation::cancelWakesWaiter()
{
    CancellationToken token;
    std::atomic_bool cancelled = false;
    std::atomic<qint64> waitedMs = 0;
    std::unique_ptr<QThread> waiter(QThread::create([&] {
        QElapsedTimer timer;
        timer.start();
        cancelled = token.waitFor(60'000);
        waitedMs = timer.elapsed();
    }));
    waiter->start();
    QTest::qWait(50);
    token.cancel();
    QVERIFY(waiter->wait(5000));
    QVERIFY(cancelled.load());
    QVERIFY2(waitedMs.load() < 5000, "cancel() must end the wait early");
}

void TestCancellation::waitAfterCancelReturnsAtOnce()
{
    CancellationToken token;
    token.cancel();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(token.waitFor(10'000));
    QVERIFY(timer.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
