#include "gui/importdialog.h"

#include "ui_importdialog.h"

#include "core/futures.h"
#include "gui/logging.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace posbridge {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return ImportDialog::tr("semicolons");
    if (delimiter == u'\t')
        return ImportDialog::tr("tabs");
    return ImportDialog::tr("commas");
}

} // namespace

ImportDialog::ImportDialog(CsvImportService *service, qint64 companyId, const QString &companyName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_service(service)
    , m_companyId(companyId)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import CSV into %1").arg(companyName));
    m_ui->kindCombo->addItem(tr("Products"), int(ImportKind::Products));
    m_ui->kindCombo->addItem(tr("Stock per warehouse"), int(ImportKind::Stock));
    m_ui->delimiterCombo->addItem(tr("Detect from the header line"), QString());
    m_ui->delimiterCombo->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->mappingTable->setColumnCount(2);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_ui->issuesTable->setColumnCount(3);
    m_ui->issuesTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_ui->issuesTable->hide();
    m_ui->progressBar->hide();
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::loadPreview);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        rebuildMapping();
        m_ui->issuesTable->hide();
        m_ui->statusLabel->clear();
    });
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::loadPreview);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->copyIssuesButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(issuesText()); });
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_ui->progressBar, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_ui->progressBar, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_ui->statusLabel, &QLabel::setText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::onImportFinished);
    rebuildMapping();
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // The import keeps running on its own thread; stop it rather than leave it unattended.
    if (m_importing)
        m_handle.cancel();
}

void ImportDialog::setKind(ImportKind kind)
{
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(int(kind))));
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_ui->kindCombo->currentData().toInt());
}

void ImportDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
    loadPreview();
}

void ImportDialog::setDelimiter(std::optional<QChar> delimiter)
{
    const int index = m_ui->delimiterCombo->findData(delimiter ? QString(*delimiter) : QString());
    m_ui->delimiterCombo->setCurrentIndex(std::max(0, index));
}

void ImportDialog::setValidRowsOnly(bool validRowsOnly)
{
    m_ui->validRowsOnlyCheck->setChecked(validRowsOnly);
}

std::optional<QChar> ImportDialog::chosenDelimiter() const
{
    const QString chosen = m_ui->delimiterCombo->currentData().toString();
    if (chosen.isEmpty())
        return std::nullopt;
    return chosen.at(0);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), m_ui->fileEdit->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::loadPreview()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    const quint64 generation = ++m_previewGeneration;
    m_preview.reset();
    m_ui->issuesTable->hide();
    m_ui->statusLabel->clear();
    if (path.isEmpty()) {
        showPreview({});
        m_ui->fileInfoLabel->clear();
        updateButtons();
        return;
    }
    m_ui->fileInfoLabel->setText(tr("Reading %1…").arg(path));
    updateButtons();
    whenFinished(
        m_service->preview(path, kind(), chosenDelimiter()), this, [this, generation](Result<CsvPreview> preview) {
            if (generation != m_previewGeneration)
                return;
            if (!preview) {
                showPreview({});
                m_ui->fileInfoLabel->setText(preview.error().message);
                updateButtons();
                Q_EMIT previewLoaded(false);
                return;
            }
            m_preview = *preview;
            showPreview(*preview);
            m_ui->fileInfoLabel->setText(tr("%n row(s) separated by %1, in UTF-8%2.", nullptr, preview->recordCount)
                                             .arg(delimiterName(preview->delimiter),
                                                  preview->byteOrderMark ? tr(" with a byte order mark") : QString()));
            updateButtons();
            Q_EMIT previewLoaded(true);
        });
}

void ImportDialog::showPreview(const CsvPreview &preview)
{
    QTableWidget *table = m_ui->previewTable;
    table->clear();
    table->setColumnCount(int(preview.header.size()));
    table->setHorizontalHeaderLabels(preview.header);
    table->setRowCount(int(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row) {
        for (int column = 0; column < preview.rows[row].size() && column < preview.header.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(preview.rows[row][column]));
    }
    table->resizeColumnsToContents();
    rebuildMapping();
}

void ImportDialog::rebuildMapping()
{
    const ImportKind importKind = kind();
    const QList<ImportField> fields = ImportSchema::fields(importKind);
    const QStringList header = m_preview ? m_preview->header : QStringList();
    const ImportMapping suggested = ImportSchema::autoMap(importKind, header);

    QTableWidget *table = m_ui->mappingTable;
    table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField field = fields[row];
        const QString title = ImportSchema::isRequired(importKind, field)
                                  ? tr("%1 (required)").arg(ImportSchema::title(field))
                                  : ImportSchema::title(field);
        auto *name = new QTableWidgetItem(title);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, int(field));
        table->setItem(row, 0, name);

        auto *combo = new QComboBox(table);
        combo->setAccessibleName(tr("Column for %1").arg(ImportSchema::title(field)));
        combo->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(header[column].isEmpty() ? tr("Column %1").arg(column + 1) : header[column], column);
        combo->setCurrentIndex(std::max(0, combo->findData(suggested.value(field, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateButtons);
        table->setCellWidget(row, 1, combo);
    }
    table->resizeColumnToContents(0);
    updateButtons();
}

QComboBox *ImportDialog::columnCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, 1));
}

ImportMapping ImportDialog::mapping() const
{
    ImportMapping mapping;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const QComboBox *combo = columnCombo(row);
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0)
            mapping.insert(ImportField(m_ui->mappingTable->item(row, 0)->data(Qt::UserRole).toInt()), column);
    }
    return mapping;
}

void ImportDialog::setColumn(ImportField field, int column)
{
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        if (m_ui->mappingTable->item(row, 0)->data(Qt::UserRole).toInt() != int(field))
            continue;
        if (QComboBox *combo = columnCombo(row))
            combo->setCurrentIndex(std::max(0, combo->findData(column)));
    }
}

void ImportDialog::updateButtons()
{
    const QList<ImportField> missing = ImportSchema::missingRequired(kind(), mapping());
    const bool ready = m_preview.has_value() && missing.isEmpty() && !m_importing;
    m_ui->importButton->setEnabled(ready);
    m_ui->cancelImportButton->setEnabled(m_importing);
    m_ui->closeButton->setEnabled(!m_importing);
    m_ui->copyIssuesButton->setEnabled(m_ui->issuesTable->rowCount() > 0 && !m_ui->issuesTable->isHidden());
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->kindCombo), static_cast<QWidget *>(m_ui->fileEdit),
          static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->delimiterCombo),
          static_cast<QWidget *>(m_ui->mappingTable), static_cast<QWidget *>(m_ui->validRowsOnlyCheck)})
        input->setEnabled(!m_importing);
    if (m_preview && !missing.isEmpty() && !m_importing) {
        QStringList names;
        for (ImportField field : missing)
            names << ImportSchema::title(field);
        m_ui->statusLabel->setText(tr("Choose a column for: %1.").arg(names.join(QStringLiteral(", "))));
    }
}

void ImportDialog::startImport()
{
    if (m_importing || !m_preview)
        return;
    CsvImportRequest request;
    request.kind = kind();
    request.companyId = m_companyId;
    request.filePath = m_ui->fileEdit->text().trimmed();
    request.delimiter = chosenDelimiter();
    request.mapping = mapping();
    request.validRowsOnly = m_ui->validRowsOnlyCheck->isChecked();

    m_importing = true;
    m_ui->issuesTable->hide();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(tr("Reading the file…"));
    updateButtons();
    m_handle = m_service->start(request);
    m_watcher.setFuture(m_handle.future);
}

void ImportDialog::cancelImport()
{
    if (!m_importing)
        return;
    m_handle.cancel();
    m_ui->statusLabel->setText(tr("Cancelling…"));
}

void ImportDialog::onImportFinished()
{
    m_importing = false;
    m_ui->progressBar->hide();
    const Result<CsvImportReport> result = m_handle.future.result();
    if (!result) {
        m_ui->statusLabel->setText(result.error().message);
        updateButtons();
        Q_EMIT importFinished(false);
        return;
    }

    const CsvImportReport &report = *result;
    showIssues(report.issues);
    QString text;
    if (!report.written && !report.issues.isEmpty()) {
        text = tr("Nothing was imported: %n row(s) have problems, listed below. Correct the file, or import only "
                  "the valid rows.",
                  nullptr, report.rowCount - report.validRowCount);
    } else if (!report.written) {
        text = tr("Nothing was imported: the file has no rows.");
    } else if (kind() == ImportKind::Products) {
        text = tr("Imported %n row(s): %1 new products, %2 updated, %3 unchanged.", nullptr, report.validRowCount)
                   .arg(report.counts.created)
                   .arg(report.counts.updated)
                   .arg(report.counts.unchanged);
    } else {
        text = tr("Imported %n row(s): %1 stock levels changed, %2 unchanged.", nullptr, report.validRowCount)
                   .arg(report.counts.updated)
                   .arg(report.counts.unchanged);
    }
    if (report.written && !report.issues.isEmpty())
        text += u' ' + tr("%n row(s) with problems were skipped.", nullptr, report.rowCount - report.validRowCount);
    m_ui->statusLabel->setText(text);
    updateButtons();
    Q_EMIT importFinished(report.written);
}

void ImportDialog::showIssues(const QList<ImportIssue> &issues)
{
    QTableWidget *table = m_ui->issuesTable;
    table->setRowCount(int(issues.size()));
    for (int row = 0; row < issues.size(); ++row) {
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issues[row].line);
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(issues[row].column));
        table->setItem(row, 2, new QTableWidgetItem(issues[row].message));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->setVisible(!issues.isEmpty());
}

QString ImportDialog::issuesText() const
{
    QStringList lines = {tr("Line") + u'\t' + tr("Column") + u'\t' + tr("Problem")};
    const QTableWidget *table = m_ui->issuesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            QString text = item ? item->text() : QString();
            text.replace(u'\t', u' ').replace(u'\n', u' ');
            cells << text;
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void ImportDialog::reject()
{
    // Closing while importing would leave the import running unseen: cancel it instead.
    if (m_importing) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace posbridge
