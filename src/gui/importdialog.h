#pragma once

#include "sync/csvimportservice.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class ImportDialog;
}

namespace posbridge {

/**
 * @brief File › Import…: imports products or stock from a CSV file into one company.
 *
 * Choosing a file reads it in the background and shows its first rows, with each field mapped
 * to the column whose header names it (English or French); the admin can change any mapping
 * and the delimiter. Import checks every row first: problems are listed by line and column and
 * can be copied, and nothing is imported unless the file is valid or the admin chose to import
 * only the valid rows. The import runs in the background with progress and Cancel.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(CsvImportService *service, qint64 companyId, const QString &companyName, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setKind(ImportKind kind);
    [[nodiscard]] ImportKind kind() const;
    /** @brief Chooses the file and reads its start in the background; previewLoaded() follows. */
    void setFilePath(const QString &path);
    /** @brief Forces a delimiter; std::nullopt detects it from the header line. */
    void setDelimiter(std::optional<QChar> delimiter);
    /** @brief The column chosen for each field; unmapped fields are absent. */
    [[nodiscard]] ImportMapping mapping() const;
    /** @brief Maps field to a column of the file, or to none with -1. */
    void setColumn(ImportField field, int column);
    void setValidRowsOnly(bool validRowsOnly);

    /** @brief Starts the import with the current choices; importFinished() follows. */
    void startImport();
    void cancelImport();
    [[nodiscard]] bool isImporting() const { return m_importing; }
    /** @brief The problems of the last import as tab-separated text with a header line. */
    [[nodiscard]] QString issuesText() const;

Q_SIGNALS:
    void previewLoaded(bool ok);
    /** @brief Emitted when an import ends; written is false when nothing was imported. */
    void importFinished(bool written);

protected:
    void reject() override;

private:
    void loadPreview();
    void showPreview(const CsvPreview &preview);
    void rebuildMapping();
    void browse();
    void onImportFinished();
    void showIssues(const QList<ImportIssue> &issues);
    void updateButtons();
    [[nodiscard]] std::optional<QChar> chosenDelimiter() const;
    [[nodiscard]] QComboBox *columnCombo(int row) const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    CsvImportService *m_service = nullptr;
    qint64 m_companyId = 0;
    std::optional<CsvPreview> m_preview;
    quint64 m_previewGeneration = 0;
    CsvImportHandle m_handle;
    QFutureWatcher<Result<CsvImportReport>> m_watcher;
    bool m_importing = false;
};

} // namespace posbridge
