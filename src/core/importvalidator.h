#pragma once

#include "core/csvreader.h"
#include "core/decimal.h"
#include "core/importschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace posbridge {

/** @brief A problem with one value or row of an import file. */
struct ImportIssue
{
    int line = 0;   ///< line of the file where the row starts (1-based)
    QString column; ///< the header of the column, or empty when the row as a whole is wrong
    QString message;
};

/** @brief A valid product row: the values to store, and which of them the file gives. */
struct ProductImportRow
{
    int line = 0;
    qint64 existingId = 0; ///< the product with this SKU, or 0 for a new one
    QString sku;
    std::optional<QString> name;
    std::optional<QString> upc;
    std::optional<QString> ean;
    std::optional<QString> manufacturerSku;
    std::optional<Decimal> price;
    std::optional<Decimal> cost;
};

/** @brief A valid stock row: the quantity to set for a product in a warehouse. */
struct StockImportRow
{
    int line = 0;
    qint64 productId = 0;
    qint64 warehouseId = 0;
    Decimal quantity;
};

/** @brief The company data that rows are checked against: its products by SKU and its warehouses by name. */
struct ImportContext
{
    /** Product ids keyed by SkuMatcher::normalized(SkuField::CustomSku, sku). */
    QHash<QString, qint64> productIdsBySkuKey;
    /** Warehouse ids keyed by the case-folded, trimmed warehouse name. */
    QHash<QString, qint64> warehouseIdsByName;
    /** The warehouse names as the admin wrote them, for messages. */
    QStringList warehouseNames;
};

/** @brief The outcome of validating a whole file. */
struct ImportPlan
{
    ImportKind kind = ImportKind::Products;
    int rowCount = 0; ///< records of the file, header excluded
    QList<ProductImportRow> products;
    QList<StockImportRow> stock;
    QList<ImportIssue> issues;
    QSet<int> invalidLines; ///< lines with at least one issue; none of their values is in the plan

    [[nodiscard]] int validRowCount() const { return int(products.size() + stock.size()); }
};

/**
 * @brief Checks every row of an import file before anything is written, and builds what to write.
 *
 * A row with any problem is left out of the plan as a whole and each problem is reported
 * with its line and column. Products are keyed by SKU, compared as SkuMatcher compares custom
 * SKUs; two rows with the same SKU (or the same SKU and warehouse for stock) are both problems,
 * because only the admin can tell which one is right. Numbers use '.' as the decimal point, or also ','
 * when decimalComma is set (semicolon files from locales that write "1,5").
 */
class ImportValidator
{
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    ImportValidator(ImportKind kind, ImportMapping mapping, ImportContext context, bool decimalComma);

    /** @brief Validates every record; progress(done) is called every few thousand rows. */
    [[nodiscard]] ImportPlan validate(const CsvTable &table, const std::function<void(int done)> &progress = {}) const;

private:
    void validateProduct(const CsvTable &table, const CsvRecord &record, ImportPlan &plan,
                         QHash<QString, int> &firstLineOfSku) const;
    void validateStock(const CsvTable &table, const CsvRecord &record, ImportPlan &plan,
                       QHash<QString, int> &firstLineOfKey) const;
    [[nodiscard]] QString value(const CsvRecord &record, ImportField field) const;
    [[nodiscard]] bool has(ImportField field) const;
    [[nodiscard]] QString columnName(const CsvTable &table, ImportField field) const;
    /** Whether an amount may be below 0: stock counts may, prices and costs may not. */
    enum class Sign
    {
        NotNegative,
        Any,
    };
    /**
     * Parses an amount; an empty cell gives no value and no issue, so the stored value stays.
     * An invalid or out-of-range amount gives no value and adds an issue.
     */
    std::optional<Decimal> parseAmount(const QString &text, const QString &column, int line, QList<ImportIssue> &issues,
                                       Sign sign = Sign::NotNegative) const;

    ImportKind m_kind;
    ImportMapping m_mapping;
    ImportContext m_context;
    bool m_decimalComma = false;
};

} // namespace posbridge
