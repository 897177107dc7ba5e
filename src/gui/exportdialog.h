#pragma once

#include "core/company.h"
#include "sync/csvexport.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace posbridge {

/**
 * @brief File › Export…: chooses what to export, for which company and period, in which CSV layout, and where.
 *
 * The kinds come from CsvExportService::kinds(), so an export registered there appears here
 * without a change to this dialog.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const QList<CsvExportKind> &kinds, const QList<Company> &companies, qint64 selectedCompanyId,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** @brief The export the dialog describes; meaningful once it was accepted. */
    [[nodiscard]] CsvExportRequest request() const;

    /** @brief Chooses the kind with this id, when the dialog offers it. */
    void selectKind(const QString &kindId);
    void setFilePath(const QString &path);

private:
    void onKindChanged();
    void browse();
    void updateOkButton();
    void suggestFileName();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<CsvExportKind> m_kinds;
    QString m_suggestedPath;
};

} // namespace posbridge
