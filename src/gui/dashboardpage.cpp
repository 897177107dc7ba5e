#include "gui/dashboardpage.h"

#include "ui_dashboardpage.h"

#include "core/futures.h"
#include "gui/jobschedulemodel.h"
#include "gui/logging.h"
#include "lightspeed/ratelimiter.h"
#include "storage/database.h"
#include "storage/databaseexecutor.h"
#include "sync/connectionmanager.h"
#include "sync/syncengine.h"
#include "sync/synctext.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace posbridge {

namespace {

/** The x value of a day on the charts: its noon in local time, so the axis labels show that date. */
qreal chartX(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

/** An axis top that leaves room above the highest point and gives round ticks. */
qreal niceMaximum(qreal highest)
{
    return highest <= 4 ? 4 : std::ceil(highest * 1.1);
}

} // namespace

DashboardPage::DashboardPage(std::shared_ptr<DatabaseExecutor> executor, ConnectionManager *connections,
                             QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_executor(std::move(executor))
    , m_connections(connections)
    , m_jobModel(new JobScheduleModel(this))
    , m_ordersChart(new QChart)
    , m_durationsChart(new QChart)
{
    m_ui->setupUi(this);
    m_ui->jobTable->setModel(m_jobModel);
    m_ui->jobTable->verticalHeader()->hide();
    m_ui->jobTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->jobTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_ordersChart->setTitle(tr("Orders per day"));
    m_durationsChart->setTitle(tr("Average run duration (seconds)"));
    addChartView(m_ui->ordersChartContainer, m_ordersChart)->setObjectName(QStringLiteral("ordersChartView"));
    addChartView(m_ui->durationsChartContainer, m_durationsChart)->setObjectName(QStringLiteral("durationsChartView"));
    applyPalette(m_ordersChart);
    applyPalette(m_durationsChart);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(DEFAULT_REFRESH_DELAY_MS);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    if (m_connections) {
        connect(m_connections, &ConnectionManager::connectionStateChanged, this,
                [this](qint64 companyId, TokenManager::State, const QString &text) {
                    onConnectionStateChanged(companyId, text);
                });
    }
    setEnabled(false);
}

DashboardPage::~DashboardPage() = default;

QChartView *DashboardPage::addChartView(QWidget *container, QChart *chart)
{
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *view = new QChartView(chart, container);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(container->accessibleName());
    layout->addWidget(view);
    return view;
}

void DashboardPage::setSyncEngine(SyncEngine *engine)
{
    if (m_engine || !engine)
        return;
    m_engine = engine;
    connect(engine, &SyncEngine::statusChanged, this, &DashboardPage::onStatusChanged);
    connect(engine, &SyncEngine::jobFinished, this, &DashboardPage::onJobFinished);
    onStatusChanged(m_companyId);
}

void DashboardPage::setRefreshDelay(int ms)
{
    m_refreshTimer.setInterval(ms);
}

void DashboardPage::loadCompany(qint64 companyId)
{
    m_companyId = companyId;
    ++m_generation; // drops the result of a read still running for the previous company
    m_data.reset();
    m_refreshTimer.stop();
    setEnabled(companyId != 0);
    for (QLabel *label : {m_ui->ordersValue, m_ui->returnsValue, m_ui->failuresValue})
        label->setText(QStringLiteral("—"));
    m_ui->zoneNote->clear();
    m_ordersChart->removeAllSeries();
    m_durationsChart->removeAllSeries();
    onConnectionStateChanged(companyId,
                             m_connections && companyId != 0 ? m_connections->stateText(companyId) : QString());
    CompanySyncStatus status;
    status.companyId = companyId;
    showStatus(m_engine ? m_engine->status(companyId) : status);
    if (companyId != 0)
        refresh();
}

void DashboardPage::refresh()
{
    if (m_companyId == 0)
        return;
    if (m_loading) {
        m_reloadWhenDone = true;
        return;
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    const qint64 companyId = m_companyId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto loaded = m_executor->run([companyId, now](Database &db) {
        return DashboardQueries(db.connection()).load(companyId, now, CHART_DAYS, QTimeZone::systemTimeZone());
    });
    whenFinished(loaded, this, [this, generation](const Result<DashboardData> &data) {
        m_loading = false;
        if (generation == m_generation && data && data->companyId == m_companyId) {
            showData(*data);
        } else if (generation == m_generation && !data) {
            qCWarning(lcGui).noquote() << "Could not read the dashboard of company" << m_companyId << ":"
                                       << data.error().toLogString();
            m_ui->zoneNote->setText(data.error().message);
        }
        if (std::exchange(m_reloadWhenDone, false) || generation != m_generation)
            refresh();
    });
}

void DashboardPage::onJobFinished(const JobReport &report)
{
    // Runs often finish in bursts (download, then upload): wait for the burst to end, then read once.
    if (report.companyId == m_companyId && m_companyId != 0)
        m_refreshTimer.start();
}

void DashboardPage::onStatusChanged(qint64 companyId)
{
    if (m_engine && companyId == m_companyId && companyId != 0)
        showStatus(m_engine->status(companyId));
}

void DashboardPage::onConnectionStateChanged(qint64 companyId, const QString &text)
{
    if (companyId == m_companyId)
        m_ui->connectionValue->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void DashboardPage::showStatus(const CompanySyncStatus &status)
{
    m_jobModel->setStatus(status);
    const QLocale locale;
    if (!status.bucketKnown || status.bucketSize <= 0) {
        m_ui->bucketBar->setValue(0);
        m_ui->bucketValue->setText(QStringLiteral("—"));
        m_ui->dripRateValue->setText(QStringLiteral("—"));
        return;
    }
    m_ui->bucketBar->setValue(qBound(0, int(std::lround(100 * status.bucketLevel / status.bucketSize)), 100));
    m_ui->bucketValue->setText(
        tr("%1 of %2 drips used")
            .arg(locale.toString(status.bucketLevel, 'f', 1), locale.toString(status.bucketSize, 'f', 0)));
    const auto limiter = m_connections ? m_connections->rateLimiterFor(status.companyId) : nullptr;
    const double dripRate = limiter ? limiter->snapshot().dripRate : 0;
    m_ui->dripRateValue->setText(dripRate > 0 ? tr("%1 drips per second").arg(locale.toString(dripRate, 'f', 1))
                                              : QStringLiteral("—"));
}

void DashboardPage::showData(const DashboardData &data)
{
    m_data = data;
    const QLocale locale;
    m_ui->ordersValue->setText(locale.toString(data.todayCounts.orders));
    m_ui->returnsValue->setText(locale.toString(data.todayCounts.returns));
    m_ui->failuresValue->setText(
        tr("%1 failed runs, %2 failed items")
            .arg(locale.toString(data.todayCounts.failedRuns), locale.toString(data.todayCounts.failedItems)));
    const QString zoneName = QString::fromUtf8(data.zone.id());
    m_ui->zoneNote->setText(
        data.shopZoneKnown
            ? tr("Days are counted in the shop's time zone, %1.").arg(zoneName)
            : tr("Days are counted in this computer's time zone, %1, because the shop's time zone is not known "
                 "yet. Fetch Token or opening the shop list in the settings stores it.")
                  .arg(zoneName));
    showOrdersChart(data);
    showDurationsChart(data);
    Q_EMIT refreshed(data.companyId);
}

void DashboardPage::showOrdersChart(const DashboardData &data)
{
    m_ordersChart->removeAllSeries();
    for (QAbstractAxis *axis : m_ordersChart->axes())
        m_ordersChart->removeAxis(axis);

    auto *series = new QLineSeries;
    series->setName(tr("Orders"));
    qint64 highest = 0;
    for (qsizetype i = 0; i < data.days.size() && i < data.ordersPerDay.size(); ++i) {
        series->append(chartX(data.days.at(i)), qreal(data.ordersPerDay.at(i)));
        highest = std::max(highest, data.ordersPerDay.at(i));
    }
    series->setPointsVisible(true);
    m_ordersChart->addSeries(series);
    m_ordersChart->legend()->hide();

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    xAxis->setTickCount(6);
    if (!data.days.isEmpty())
        xAxis->setRange(QDateTime(data.days.first(), QTime(0, 0)), QDateTime(data.days.last(), QTime(23, 59)));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setRange(0, niceMaximum(qreal(highest)));
    m_ordersChart->addAxis(xAxis, Qt::AlignBottom);
    m_ordersChart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    applyPalette(m_ordersChart);
}

void DashboardPage::showDurationsChart(const DashboardData &data)
{
    m_durationsChart->removeAllSeries();
    for (QAbstractAxis *axis : m_durationsChart->axes())
        m_durationsChart->removeAxis(axis);

    // One line per job that ran in the period, in the order of the SyncJob enum.
    std::map<SyncJob, QLineSeries *> lines;
    qreal highest = 0;
    for (const RunDurationDay &day : data.durations) {
        QLineSeries *&series = lines[day.job];
        if (!series) {
            series = new QLineSeries;
            series->setName(syncJobName(day.job));
            series->setPointsVisible(true);
        }
        const qreal seconds = qreal(day.averageMs) / 1000.0;
        series->append(chartX(day.date), seconds);
        highest = std::max(highest, seconds);
    }

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    xAxis->setTickCount(6);
    if (!data.days.isEmpty())
        xAxis->setRange(QDateTime(data.days.first(), QTime(0, 0)), QDateTime(data.days.last(), QTime(23, 59)));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, niceMaximum(highest));
    m_durationsChart->addAxis(xAxis, Qt::AlignBottom);
    m_durationsChart->addAxis(yAxis, Qt::AlignLeft);
    for (const auto &[job, series] : lines) {
        m_durationsChart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    m_durationsChart->legend()->setVisible(!lines.empty());
    m_durationsChart->legend()->setAlignment(Qt::AlignBottom);
    applyPalette(m_durationsChart);
}

void DashboardPage::applyPalette(QChart *chart) const
{
    const QPalette &colours = palette();
    // The theme picks series colours that read well on a light or a dark background. The
    // background, text and grid come from the palette, so the chart matches the window.
    const bool dark = colours.color(QPalette::Base).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(colours.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(colours.brush(QPalette::Text));
    chart->legend()->setLabelColor(colours.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(colours.brush(QPalette::Text));
        axis->setLinePenColor(colours.color(QPalette::Mid));
        axis->setGridLineColor(colours.color(QPalette::Midlight));
        axis->setTitleBrush(colours.brush(QPalette::Text));
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette(m_ordersChart);
        applyPalette(m_durationsChart);
    } else if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
}

} // namespace posbridge
