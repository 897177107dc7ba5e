#pragma once

#include "sync/traystatemodel.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace posbridge {

class SyncEngine;

/**
 * @brief The system tray icon and its menu, drawn from a TrayStateModel.
 *
 * The menu lists each company with its state, then Sync Now, Pause All or Resume All, Open POS
 * Bridge and Quit. It exists even where the desktop has no tray, so tests can check it; the
 * icon is created only when QSystemTrayIcon::isSystemTrayAvailable() says a tray exists.
 */
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    /** @param engine runs Sync Now and Pause All; may be nullptr, which disables those actions */
    TrayController(TrayStateModel *model, SyncEngine *engine, QObject *parent = nullptr);
    ~TrayController() override;

    /** @brief Shows the icon when the desktop has a tray; returns whether it does. */
    bool showIcon();
    /** @brief Whether the icon is shown, so that closing the window can keep the application in the tray. */
    [[nodiscard]] bool isIconVisible() const;

    [[nodiscard]] TrayStateModel *model() const { return m_model; }
    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }
    [[nodiscard]] QAction *syncNowAction() const { return m_syncNow; }
    [[nodiscard]] QAction *pauseAllAction() const { return m_pauseAll; }
    [[nodiscard]] QAction *resumeAllAction() const { return m_resumeAll; }
    [[nodiscard]] QAction *openAction() const { return m_open; }
    [[nodiscard]] QAction *quitAction() const { return m_quit; }
    /** @brief One action per company, in the model's order; triggering one requests that company. */
    [[nodiscard]] QList<QAction *> companyActions() const { return m_companyActions; }

    /** @brief The icon variant of a state, from the application's tray SVGs. */
    static QIcon iconFor(TrayState state);

    /** @brief Starts every sync job that runNow() accepts, for every company (Sync Now). */
    void syncAllNow();

Q_SIGNALS:
    /** @brief Open POS Bridge, or a click on the icon. */
    void openRequested();
    /** @brief A company's line was chosen: open the window on that company. */
    void companyRequested(qint64 companyId);
    void quitRequested();

private:
    void rebuildCompanies();
    void updateActions();
    void onNotificationRequested(const QString &title, const QString &message);

    TrayStateModel *m_model;
    QPointer<SyncEngine> m_engine;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_companySeparator = nullptr;
    QList<QAction *> m_companyActions;
    QAction *m_syncNow = nullptr;
    QAction *m_pauseAll = nullptr;
    QAction *m_resumeAll = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    TrayState m_shownState = TrayState::Idle;
};

} // namespace posbridge
