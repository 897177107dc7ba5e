#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SyncStatusWidget;
}

namespace posbridge {

class SyncEngine;
struct CompanySyncStatus;

/**
 * @brief The status bar's progress of the selected company's running job, with Cancel.
 *
 * Hidden while the company runs nothing. It only shows what SyncEngine::status() reports and
 * forwards Cancel to SyncEngine::cancel().
 */
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(SyncEngine *engine, QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    /** @brief Follows this company from now on; 0 follows none. */
    void setCompany(qint64 companyId);

private:
    void onEngineStatusChanged(qint64 companyId);
    void onCancelClicked();
    void show(const CompanySyncStatus &status);

    std::unique_ptr<Ui::SyncStatusWidget> m_ui;
    SyncEngine *m_engine = nullptr;
    qint64 m_companyId = 0;
};

} // namespace posbridge
