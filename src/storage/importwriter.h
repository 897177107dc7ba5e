#pragma once

#include "core/error.h"
#include "core/importvalidator.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace posbridge {

/** @brief What an import wrote. */
struct ImportCounts
{
    int created = 0;   ///< new products
    int updated = 0;   ///< products whose values changed, or stock levels that changed
    int unchanged = 0; ///< rows that matched what the database already held
};

/**
 * @brief Writes validated import rows: products by SKU, stock levels through the StockLedger.
 *
 * It opens no transaction: the caller wraps the whole import in one, so a failure or a
 * cancel leaves nothing of it. Statements are prepared once and reused for every row.
 */
class ImportWriter
{
public:
    ImportWriter(QSqlDatabase db, qint64 companyId, QString note);

    /** @brief Reads the company's products by SKU key and its warehouses, for the validator. */
    static Result<ImportContext> loadContext(QSqlDatabase db, qint64 companyId);

    /** @brief Creates the product, or changes the given fields of the existing one. */
    VoidResult writeProduct(const ProductImportRow &row);
    /** @brief Sets the level with one Import move when it differs. */
    VoidResult writeStock(const StockImportRow &row);
    /** @brief Marks listings of changed products "pending update"; called once after the product rows. */
    VoidResult finishProducts();

    [[nodiscard]] const ImportCounts &counts() const { return m_counts; }

private:
    VoidResult prepare();

    QSqlDatabase m_db;
    qint64 m_companyId = 0;
    QString m_note;
    qint64 m_now = 0;
    bool m_prepared = false;
    QSqlQuery m_insert;
    QSqlQuery m_select;
    QSqlQuery m_update;
    ImportCounts m_counts;
};

} // namespace posbridge
