#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace posbridge {

/** @brief What a CSV import file holds. */
enum class ImportKind
{
    Products, ///< one product per row, keyed by SKU: created or updated
    Stock,    ///< the quantity of a product in a named warehouse
};

/** @brief A value that an import reads from a column of the file. */
enum class ImportField
{
    Sku,
    Name,
    Upc,
    Ean,
    ManufacturerSku,
    Price,
    Cost,
    Warehouse,
    Quantity,
};

/** @brief Column index of each field in the file; a field that is absent is not imported. */
using ImportMapping = QHash<ImportField, int>;

/**
 * @brief The fields of each kind of import, their titles, and the automatic mapping of header names.
 *
 * Header names are compared without case, accents, spaces, dashes and underscores, against
 * English and French names: "Prix de vente", "prix_de_vente" and "PRIX DE VENTE" are one name.
 */
class ImportSchema
{
    Q_DECLARE_TR_FUNCTIONS(ImportSchema)

public:
    /** @brief The fields of kind, in the order the mapping table shows them. */
    static QList<ImportField> fields(ImportKind kind);
    /** @brief Whether the import cannot run without a column for field. */
    static bool isRequired(ImportKind kind, ImportField field);
    /** @brief The translated name of field, as the mapping table and error reports show it. */
    static QString title(ImportField field);
    /** @brief The field whose known names include header, when it belongs to kind. */
    static std::optional<ImportField> fieldForHeader(ImportKind kind, const QString &header);
    /** @brief Maps each field of kind to the first column whose header names it. */
    static ImportMapping autoMap(ImportKind kind, const QStringList &header);
    /** @brief The fields of kind that are required but not mapped. */
    static QList<ImportField> missingRequired(ImportKind kind, const ImportMapping &mapping);
    /** @brief The comparable form of a header name: lower case, no accents, letters and digits only. */
    static QString normalizedHeader(const QString &header);
};

} // namespace posbridge
