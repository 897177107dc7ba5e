#include "sync/notificationratelimiter.h"

#include <QTest>

using namespace posbridge;

class TestNotificationRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstNotificationShows();
    void repeatsWithinWindowAreCounted();
    void companiesAndKindsAreSeparate();
    void resetShowsNextAtOnce();
};

void TestNotificationRateLimiter::firstNotificationShows()
{
    ManualClock clock;
    NotificationRateLimiter limiter(clock);
    const NotificationDecision decision = limiter.offer(1, NotificationKind::RunFailed);
    QVERIFY(decision.show);
    QCOMPARE(decision.suppressed, 0);
}

void TestNotificationRateLimiter::repeatsWithinWindowAreCounted()
{
    ManualClock clock;
    NotificationRateLimiter limiter(clock);
    QVERIFY(limiter.offer(1, NotificationKind::RunFailed).show);
    for (int minute = 1; minute <= 14; ++minute) {
        clock.advanceMs(60'000);
        QVERIFY2(!limiter.offer(1, NotificationKind::RunFailed).show, qPrintable(QString::number(minute)));
    }
    QCOMPARE(limiter.suppressedCount(1, NotificationKind::RunFailed), 14);

    clock.advanceMs(59'999);
    QVERIFY(!limiter.offer(1, NotificationKind::RunFailed).show);
    clock.advanceMs(1);
    const NotificationDecision decision = limiter.offer(1, NotificationKind::RunFailed);
    QVERIFY(decision.show);
    QCOMPARE(decision.suppressed, 15);
    QCOMPARE(limiter.suppressedCount(1, NotificationKind::RunFailed), 0);
}

void TestNotificationRateLimiter::companiesAndKindsAreSeparate()
{
    ManualClock clock;
    NotificationRateLimiter limiter(clock);
    QVERIFY(limiter.offer(1, NotificationKind::RunFailed).show);
    QVERIFY(limiter.offer(1, NotificationKind::AuthorizationExpired).show);
    QVERIFY(limiter.offer(2, NotificationKind::RunFailed).show);
    QVERIFY(!limiter.offer(2, NotificationKind::RunFailed).show);
    QCOMPARE(limiter.suppressedCount(1, NotificationKind::RunFailed), 0);
    QCOMPARE(limiter.suppressedCount(2, NotificationKind::RunFailed), 1);
}

void TestNotificationRateLimiter::resetShowsNextAtOnce()
{
    ManualClock clock;
    NotificationRateLimiter limiter(clock, 1000);
    QVERIFY(limiter.offer(1, NotificationKind::AuthorizationExpired).show);
    QVERIFY(!limiter.offer(1, NotificationKind::AuthorizationExpired).show);
    limiter.reset(1, NotificationKind::AuthorizationExpired);
    const NotificationDecision decision = limiter.offer(1, NotificationKind::AuthorizationExpired);
    QVERIFY(decision.show);
    QCOMPARE(decision.suppressed, 0);
}

QTEST_GUILESS_MAIN(TestNotificationRateLimiter)
#include "tst_notificationratelimiter.moc"
