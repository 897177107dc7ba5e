#pragma once

#include "core/clock.h"
#include "core/syncrun.h"
#include "sync/companysyncstatus.h"
#include "sync/notificationratelimiter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace posbridge {

class ConnectionManager;
class SyncEngine;
struct JobReport;

/** @brief What the tray icon shows: one of three variants of the application icon. */
enum class TrayState
{
    Idle,
    Syncing,
    Attention, ///< an authorization expired, a run failed, or a company stopped for a reason other than Pause All
};

/** @brief One company's line in the tray menu. */
struct TrayCompany
{
    qint64 companyId = 0;
    QString name;
    TrayState state = TrayState::Idle;
    QString detail; ///< translated: what it does now or why it needs attention
};

/**
 * @brief The tray's state, menu lines and notifications, without widgets so that tests can drive it.
 *
 * The model is fed each company's CompanySyncStatus and the failures the engine reports;
 * watch() connects it to a SyncEngine and a ConnectionManager. Notifications pass a
 * NotificationRateLimiter (one per company and kind per 15 minutes) before
 * notificationRequested() is emitted.
 */
class TrayStateModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayStateModel)

public:
    explicit TrayStateModel(const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~TrayStateModel() override;

    /** @brief Feeds the model from the engine's and the connection manager's signals. */
    void watch(SyncEngine *engine, ConnectionManager *connections);

    /**
     * @brief Sets the companies and their names, in menu order.
     *
     * Statuses of companies still listed are kept; a watched engine provides the new ones.
     */
    void setCompanies(const QList<std::pair<qint64, QString>> &companies);
    void updateStatus(const CompanySyncStatus &status);
    /** @brief Pause All is on: paused companies count as idle, not as needing attention. */
    void setAllPaused(bool paused);
    [[nodiscard]] bool isAllPaused() const { return m_allPaused; }

    /** @brief Marks the company as needing a new Fetch Token, and requests a notification. */
    void reportAuthorizationExpired(qint64 companyId);
    /** @brief New tokens arrived: the company no longer needs attention for its authorization. */
    void reportAuthorizationRenewed(qint64 companyId);
    /** @brief A run failed; message is translated. Requests a notification. */
    void reportRunFailed(qint64 companyId, SyncJob job, const QString &message);

    /** @brief The icon's state: Attention over Syncing over Idle, across all companies. */
    [[nodiscard]] TrayState state() const;
    [[nodiscard]] TrayState companyState(qint64 companyId) const;
    [[nodiscard]] QList<TrayCompany> companies() const;
    /** @brief One line per state for the icon's tool tip. */
    [[nodiscard]] QString toolTip() const;
    /** @brief Whether any company has a sync job switched on; closing the window then offers the tray. */
    [[nodiscard]] bool anySyncEnabled() const;
    [[nodiscard]] const NotificationRateLimiter &rateLimiter() const { return m_limiter; }

Q_SIGNALS:
    /** @brief The state, a company's line or the company list changed. */
    void changed();
    /** @brief A notification passed the rate limiter; title and message are translated. */
    void notificationRequested(const QString &title, const QString &message);

private:
    struct Entry
    {
        QString name;
        CompanySyncStatus status;
        bool authorizationExpired = false;
        /** Failed jobs with their translated message, until a later status shows another result. */
        QHash<SyncJob, QString> failures;
    };

    [[nodiscard]] TrayCompany describe(qint64 companyId, const Entry &entry) const;
    [[nodiscard]] QString nameOf(qint64 companyId) const;
    void requestNotification(qint64 companyId, NotificationKind kind, const QString &title, const QString &message);
    void onJobFinished(const JobReport &report);

    NotificationRateLimiter m_limiter;
    QList<qint64> m_order;
    QHash<qint64, Entry> m_entries;
    QPointer<SyncEngine> m_engine;
    bool m_allPaused = false;
};

} // namespace posbridge
