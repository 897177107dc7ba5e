#include "gui/exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace posbridge {

namespace {

enum Separator
{
    CommaSeparator,
    SemicolonSeparator,
};

QDateTime startOfLocalDay(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

} // namespace

ExportDialog::ExportDialog(const QList<CsvExportKind> &kinds, const QList<Company> &companies, qint64 selectedCompanyId,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_kinds(kinds)
{
    m_ui->setupUi(this);
    for (const CsvExportKind &kind : m_kinds)
        m_ui->kindCombo->addItem(kind.title, kind.id);

    m_ui->companyCombo->addItem(tr("All companies"), qint64(0));
    for (const Company &company : companies)
        m_ui->companyCombo->addItem(company.name, company.id);
    m_ui->companyCombo->setCurrentIndex(std::max(0, m_ui->companyCombo->findData(selectedCompanyId)));

    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-30));
    m_ui->toDateEdit->setDate(today);

    m_ui->delimiterCombo->addItem(tr("Comma, with a decimal point (1.5)"), int(CommaSeparator));
    m_ui->delimiterCombo->addItem(tr("Semicolon, with a decimal comma (1,5)"), int(SemicolonSeparator));
    const bool decimalComma = CsvFormat::forLocale(QLocale()).delimiter == u';';
    m_ui->delimiterCombo->setCurrentIndex(decimalComma ? SemicolonSeparator : CommaSeparator);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onKindChanged);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, m_ui->fromDateEdit, &QWidget::setEnabled);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, m_ui->toDateEdit, &QWidget::setEnabled);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateOkButton);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    onKindChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::selectKind(const QString &kindId)
{
    const int index = m_ui->kindCombo->findData(kindId);
    if (index >= 0)
        m_ui->kindCombo->setCurrentIndex(index);
}

void ExportDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ExportDialog::onKindChanged()
{
    const int index = m_ui->kindCombo->currentIndex();
    const bool usesDates = index < 0 || m_kinds[index].usesDateRange;
    m_ui->dateRangeCheck->setEnabled(usesDates);
    m_ui->fromDateEdit->setEnabled(usesDates && m_ui->dateRangeCheck->isChecked());
    m_ui->toDateEdit->setEnabled(usesDates && m_ui->dateRangeCheck->isChecked());
    suggestFileName();
    updateOkButton();
}

void ExportDialog::suggestFileName()
{
    // Replace only a name this dialog suggested, never one the admin typed or chose.
    const int index = m_ui->kindCombo->currentIndex();
    const QString current = m_ui->fileEdit->text();
    if (index < 0 || (!current.isEmpty() && current != m_suggestedPath))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_suggestedPath = QDir(folder).filePath(m_kinds[index].fileName);
    m_ui->fileEdit->setText(m_suggestedPath);
}

void ExportDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_ui->fileEdit->text(),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_ui->fileEdit->setText(path);
}

void ExportDialog::updateOkButton()
{
    const bool ready = m_ui->kindCombo->currentIndex() >= 0 && !m_ui->fileEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

CsvExportRequest ExportDialog::request() const
{
    CsvExportRequest request;
    request.kind = m_ui->kindCombo->currentData().toString();
    request.companyId = m_ui->companyCombo->currentData().toLongLong();
    if (m_ui->dateRangeCheck->isEnabled() && m_ui->dateRangeCheck->isChecked()) {
        request.from = startOfLocalDay(m_ui->fromDateEdit->date());
        request.before = startOfLocalDay(m_ui->toDateEdit->date().addDays(1));
    }
    request.format =
        m_ui->delimiterCombo->currentData().toInt() == SemicolonSeparator ? CsvFormat::semicolon() : CsvFormat::comma();
    request.format.byteOrderMark = m_ui->bomCheck->isChecked();
    request.filePath = m_ui->fileEdit->text().trimmed();
    return request;
}

} // namespace posbridge
