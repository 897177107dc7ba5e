#include "gui/synchistorypage.h"

#include "ui_synchistorypage.h"

#include "core/futures.h"
#include "gui/csvexportprogress.h"
#include "gui/displayformat.h"
#include "gui/synceventsmodel.h"
#include "gui/syncrunsmodel.h"
#include "gui/tableviewsetup.h"
#include "sync/companyservice.h"
#include "sync/csvexportkinds.h"
#include "sync/csvexportservice.h"
#include "sync/synchistoryservice.h"
#include "sync/synctext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>

#include <limits>
#include <utility>

namespace posbridge {

namespace {

// A new run refreshes the list after this pause, so a burst of runs costs one query.
constexpr int REFRESH_DELAY_MS = 1000;
// Date edits apply after this pause, so stepping through dates does not query for each step.
constexpr int DATE_DELAY_MS = 300;
// Reports of runs already listed are collected for this long, then each changed run is read once.
constexpr int CHANGED_RUNS_DELAY_MS = 500;

QDateTime startOfLocalDay(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

bool mayHaveFailedItems(const SyncRun &run)
{
    if (run.result == RunResult::Running)
        return false;
    return run.failed > 0 || run.result == RunResult::Failed || run.result == RunResult::Partial;
}

} // namespace

SyncHistoryPage::SyncHistoryPage(CompanyService *companies, SyncHistoryService *history, CsvExportService *exports,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncHistoryPage>())
    , m_companies(companies)
    , m_history(history)
    , m_exports(exports)
    , m_runsModel(new SyncRunsModel(history, this))
    , m_eventsModel(new SyncEventsModel(history, this))
    , m_refreshTimer(new QTimer(this))
    , m_dateTimer(new QTimer(this))
    , m_changedRunsTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setUpListTable(m_ui->runsView, m_runsModel);
    setUpListTable(m_ui->eventsView, m_eventsModel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_ui->actionExportRuns);
    exportMenu->addAction(m_ui->actionExportEvents);
    m_ui->exportButton->setMenu(exportMenu);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(REFRESH_DELAY_MS);
    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(DATE_DELAY_MS);
    m_changedRunsTimer->setSingleShot(true);
    m_changedRunsTimer->setInterval(CHANGED_RUNS_DELAY_MS);

    setUpFilters();
    connect(m_ui->runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncHistoryPage::onCurrentRunChanged);
    connect(m_runsModel, &QAbstractItemModel::modelReset, this, &SyncHistoryPage::onCurrentRunChanged);
    connect(m_runsModel, &PagedTableModel::pageLoaded, this, &SyncHistoryPage::onRunsPageLoaded);
    connect(m_runsModel, &PagedTableModel::loadFailed, this, &SyncHistoryPage::showStatus);
    connect(m_eventsModel, &PagedTableModel::loadFailed, this, &SyncHistoryPage::showStatus);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, this, &SyncHistoryPage::onCurrentRunChanged);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        m_reselectRunId = selectedRunId();
        m_runsModel->refresh();
        updateCount();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SyncHistoryPage::retryFailedItems);
    connect(m_ui->actionExportRuns, &QAction::triggered, this, &SyncHistoryPage::exportRuns);
    connect(m_ui->actionExportEvents, &QAction::triggered, this, &SyncHistoryPage::exportEvents);
    connect(m_refreshTimer, &QTimer::timeout, this, &SyncHistoryPage::onRefreshTimeout);
    connect(m_changedRunsTimer, &QTimer::timeout, this, &SyncHistoryPage::updateChangedRuns);
    connect(m_history, &SyncHistoryService::runChanged, this, &SyncHistoryPage::onRunChanged);
    connect(m_companies, &CompanyService::companiesChanged, this, &SyncHistoryPage::reloadCompanies);

    reloadCompanies();
    applyFilters();
}

SyncHistoryPage::~SyncHistoryPage() = default;

void SyncHistoryPage::setUpFilters()
{
    m_updatingFilters = true;
    m_ui->companyCombo->addItem(tr("All companies"), qint64(0));
    m_ui->jobCombo->addItem(tr("All jobs"), -1);
    for (SyncJob job :
         {SyncJob::OrderDownload, SyncJob::InventoryUpload, SyncJob::Reconciliation, SyncJob::ProductPosting})
        m_ui->jobCombo->addItem(syncJobName(job), int(job));
    m_ui->resultCombo->addItem(tr("All results"), -1);
    for (RunResult result :
         {RunResult::Succeeded, RunResult::Partial, RunResult::Failed, RunResult::Cancelled, RunResult::Running})
        m_ui->resultCombo->addItem(runResultName(result), int(result));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);
    m_updatingFilters = false;

    connect(m_ui->companyCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingFilters)
            return;
        m_companyFilter = m_ui->companyCombo->currentData().toLongLong();
        applyFilters();
    });
    connect(m_ui->jobCombo, &QComboBox::currentIndexChanged, this, &SyncHistoryPage::applyFilters);
    connect(m_ui->resultCombo, &QComboBox::currentIndexChanged, this, &SyncHistoryPage::applyFilters);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->fromDateEdit->setEnabled(checked);
        m_ui->toDateEdit->setEnabled(checked);
        applyFilters();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, m_dateTimer, qOverload<>(&QTimer::start));
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, m_dateTimer, qOverload<>(&QTimer::start));
    connect(m_dateTimer, &QTimer::timeout, this, &SyncHistoryPage::applyFilters);
}

void SyncHistoryPage::reloadCompanies()
{
    whenFinished(m_companies->listCompanies(), this, [this](Result<QList<Company>> companies) {
        if (!companies) {
            showStatus(companies.error().message);
            return;
        }
        m_companyNames.clear();
        m_updatingFilters = true;
        while (m_ui->companyCombo->count() > 1)
            m_ui->companyCombo->removeItem(1);
        for (const Company &company : *companies) {
            m_companyNames.insert(company.id, company.name);
            m_ui->companyCombo->addItem(company.name, company.id);
        }
        m_ui->companyCombo->setCurrentIndex(std::max(0, m_ui->companyCombo->findData(m_companyFilter)));
        m_updatingFilters = false;
        m_runsModel->setCompanyNames(m_companyNames);
    });
}

void SyncHistoryPage::loadCompany(qint64 companyId)
{
    m_companyFilter = companyId;
    const int index = m_ui->companyCombo->findData(companyId);
    m_updatingFilters = true;
    // A company added a moment ago may not be in the list yet; reloadCompanies() selects it then.
    m_ui->companyCombo->setCurrentIndex(std::max(0, index));
    m_updatingFilters = false;
    applyFilters();
}

RunFilter SyncHistoryPage::currentFilter() const
{
    RunFilter filter;
    filter.companyId = m_companyFilter;
    if (const int job = m_ui->jobCombo->currentData().toInt(); job >= 0)
        filter.job = SyncJob(job);
    if (const int result = m_ui->resultCombo->currentData().toInt(); result >= 0)
        filter.result = RunResult(result);
    if (m_ui->dateRangeCheck->isChecked()) {
        filter.startedFrom = startOfLocalDay(m_ui->fromDateEdit->date());
        filter.startedBefore = startOfLocalDay(m_ui->toDateEdit->date().addDays(1));
    }
    return filter;
}

void SyncHistoryPage::applyFilters()
{
    if (m_updatingFilters)
        return;
    m_dateTimer->stop();
    m_runsModel->setFilter(currentFilter());
    m_ui->statusLabel->clear();
    updateCount();
}

void SyncHistoryPage::updateCount()
{
    const quint64 generation = ++m_countGeneration;
    m_ui->countLabel->clear();
    whenFinished(m_history->countRuns(m_runsModel->filter()), this, [this, generation](Result<qint64> count) {
        if (generation != m_countGeneration || !count)
            return;
        m_ui->countLabel->setText(
            tr("%n run(s)", nullptr, int(std::min<qint64>(*count, std::numeric_limits<int>::max()))));
    });
}

void SyncHistoryPage::onRunChanged(qint64 companyId, qint64 runId)
{
    if (m_companyFilter != 0 && companyId != m_companyFilter)
        return;
    if (m_runsModel->rowOfRun(runId) < 0) {
        m_refreshTimer->start();
        return;
    }
    // The engine may report a run many times a second; collect them and read each run once.
    m_changedRuns.insert(runId);
    if (!m_changedRunsTimer->isActive())
        m_changedRunsTimer->start();
}

void SyncHistoryPage::updateChangedRuns()
{
    const QSet<qint64> changed = std::exchange(m_changedRuns, {});
    for (qint64 runId : changed) {
        whenFinished(m_history->run(runId), this, [this](Result<SyncRun> run) {
            if (!run)
                return;
            m_runsModel->updateRun(*run);
            if (run->id != selectedRunId())
                return;
            showRunDetails();
            updateRetryButton();
            m_eventsModel->fetchNewEvents();
        });
    }
}

void SyncHistoryPage::onRefreshTimeout()
{
    // Reloading would throw away the rows the admin scrolled to; only the top of the list refreshes itself.
    const bool atTop = m_ui->runsView->verticalScrollBar()->value() == 0;
    if (!atTop || m_runsModel->rowCount() > m_runsModel->pageSize()) {
        showStatus(tr("New runs have started. Use Refresh to see them."));
        return;
    }
    m_reselectRunId = selectedRunId();
    m_runsModel->refresh();
    updateCount();
}

void SyncHistoryPage::onRunsPageLoaded()
{
    if (m_reselectRunId == 0)
        return;
    const int row = m_runsModel->rowOfRun(m_reselectRunId);
    m_reselectRunId = 0;
    if (row >= 0)
        selectRow(row);
}

qint64 SyncHistoryPage::selectedRunId() const
{
    const auto run = m_runsModel->runAt(m_ui->runsView->currentIndex().row());
    return run ? run->id : 0;
}

void SyncHistoryPage::selectRow(int row)
{
    m_ui->runsView->setCurrentIndex(m_runsModel->index(row, 0));
}

void SyncHistoryPage::onCurrentRunChanged()
{
    const qint64 runId = selectedRunId();
    m_eventsModel->setRun(runId, m_ui->problemsOnlyCheck->isChecked());
    m_ui->actionExportEvents->setEnabled(runId != 0);
    showRunDetails();
    updateRetryButton();
}

void SyncHistoryPage::showRunDetails()
{
    const auto run = m_runsModel->runAt(m_ui->runsView->currentIndex().row());
    if (!run) {
        m_ui->runSummaryLabel->setText(tr("Select a run to see its item events."));
        return;
    }
    const QString company = m_companyNames.value(run->companyId, tr("Company %1").arg(run->companyId));
    QString summary = tr("%1 of %2, started %3: %4. %5 fetched, %6 created, %7 updated, %8 skipped, %9 failed.")
                          .arg(syncJobName(run->job), company, localDateTimeText(run->startedAt),
                               runResultName(run->result).toLower())
                          .arg(run->fetched)
                          .arg(run->created)
                          .arg(run->updated)
                          .arg(run->skipped)
                          .arg(run->failed);
    if (!run->message.isEmpty())
        summary += u' ' + run->message;
    m_ui->runSummaryLabel->setText(summary);
}

void SyncHistoryPage::updateRetryButton()
{
    const auto run = m_runsModel->runAt(m_ui->runsView->currentIndex().row());
    m_ui->retryButton->setEnabled(run && mayHaveFailedItems(*run));
}

void SyncHistoryPage::retryFailedItems()
{
    const auto run = m_runsModel->runAt(m_ui->runsView->currentIndex().row());
    if (!run)
        return;
    m_ui->retryButton->setEnabled(false);
    whenFinished(m_history->retryFailedItems(run->id), this, [this, job = run->job](Result<int> released) {
        updateRetryButton();
        if (!released) {
            showStatus(released.error().message);
            Q_EMIT retryFinished(false);
            return;
        }
        showStatus(tr("Released %n held item(s) and asked for a new %1 run.", nullptr, *released)
                       .arg(syncJobName(job).toLower()));
        Q_EMIT retryFinished(true);
    });
}

QString SyncHistoryPage::chooseExportFile(const QString &title, const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(fileName),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path;
}

void SyncHistoryPage::exportRuns()
{
    const QString path = chooseExportFile(tr("Export Sync Runs"), QStringLiteral("sync-runs.csv"));
    if (path.isEmpty())
        return;
    const RunFilter filter = m_runsModel->filter();
    CsvExportRequest request;
    request.kind = QString::fromUtf16(csvexportids::SYNC_RUNS);
    request.companyId = filter.companyId;
    request.from = filter.startedFrom;
    request.before = filter.startedBefore;
    request.format = CsvFormat::forLocale(QLocale());
    request.filePath = path;
    if (filter.job)
        request.options.insert(QString::fromLatin1(CsvExportRequest::JOB_OPTION), syncJobKey(*filter.job));
    if (filter.result)
        request.options.insert(QString::fromLatin1(CsvExportRequest::RESULT_OPTION), runResultKey(*filter.result));
    auto *progress = CsvExportProgress::start(m_exports, request, window());
    connect(progress, &CsvExportProgress::finished, this,
            [this](bool, const QString &message) { showStatus(message); });
}

void SyncHistoryPage::exportEvents()
{
    const qint64 runId = selectedRunId();
    if (runId == 0)
        return;
    const QString path =
        chooseExportFile(tr("Export Events of Run %1").arg(runId), QStringLiteral("sync-run-%1.csv").arg(runId));
    if (path.isEmpty())
        return;
    CsvExportRequest request;
    request.kind = QString::fromUtf16(csvexportids::SYNC_EVENTS);
    request.format = CsvFormat::forLocale(QLocale());
    request.filePath = path;
    request.options.insert(QString::fromLatin1(CsvExportRequest::RUN_OPTION), runId);
    auto *progress = CsvExportProgress::start(m_exports, request, window());
    connect(progress, &CsvExportProgress::finished, this,
            [this](bool, const QString &message) { showStatus(message); });
}

void SyncHistoryPage::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

} // namespace posbridge
