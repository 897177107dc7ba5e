#include "core/importschema.h"

namespace posbridge {

namespace {

using namespace Qt::StringLiterals;

// Known header names per field, already in normalizedHeader() form: English first, then French.
QStringList namesOf(ImportField field)
{
    switch (field) {
    case ImportField::Sku:
        return {u"sku"_s,       u"customsku"_s, u"productsku"_s,  u"itemsku"_s,          u"productcode"_s,
                u"reference"_s, u"ref"_s,       u"codearticle"_s, u"referencearticle"_s, u"refarticle"_s};
    case ImportField::Name:
        return {u"name"_s,         u"productname"_s, u"description"_s, u"title"_s,       u"nom"_s,
                u"nomduproduit"_s, u"nomproduit"_s,  u"libelle"_s,     u"designation"_s, u"intitule"_s};
    case ImportField::Upc:
        return {u"upc"_s, u"upca"_s, u"barcode"_s, u"codebarre"_s, u"codebarres"_s, u"codeupc"_s};
    case ImportField::Ean:
        return {u"ean"_s, u"ean13"_s, u"gtin"_s, u"codeean"_s};
    case ImportField::ManufacturerSku:
        return {u"manufacturersku"_s,    u"mpn"_s,          u"manufacturerpartnumber"_s,
                u"referencefabricant"_s, u"reffabricant"_s, u"skufabricant"_s};
    case ImportField::Price:
        return {u"price"_s, u"defaultprice"_s, u"retailprice"_s, u"saleprice"_s, u"sellingprice"_s,
                u"prix"_s,  u"prixdevente"_s,  u"prixvente"_s,   u"tarif"_s};
    case ImportField::Cost:
        return {u"cost"_s,         u"defaultcost"_s, u"unitcost"_s,  u"costprice"_s, u"cout"_s,
                u"coutunitaire"_s, u"prixdachat"_s,  u"prixachat"_s, u"coutdachat"_s};
    case ImportField::Warehouse:
        return {u"warehouse"_s, u"warehousename"_s, u"location"_s, u"entrepot"_s, u"depot"_s, u"magasin"_s};
    case ImportField::Quantity:
        return {u"quantity"_s,       u"qty"_s,      u"qoh"_s, u"stock"_s,          u"onhand"_s,
                u"quantityonhand"_s, u"quantite"_s, u"qte"_s, u"quantiteenstock"_s};
    }
    return {};
}

} // namespace

QList<ImportField> ImportSchema::fields(ImportKind kind)
{
    if (kind == ImportKind::Stock)
        return {ImportField::Sku, ImportField::Warehouse, ImportField::Quantity};
    return {ImportField::Sku,   ImportField::Name, ImportField::Upc, ImportField::Ean, ImportField::ManufacturerSku,
            ImportField::Price, ImportField::Cost};
}

bool ImportSchema::isRequired(ImportKind kind, ImportField field)
{
    if (kind == ImportKind::Stock)
        return true;
    return field == ImportField::Sku;
}

QString ImportSchema::title(ImportField field)
{
    switch (field) {
    case ImportField::Sku:
        return tr("SKU");
    case ImportField::Name:
        return tr("Name");
    case ImportField::Upc:
        return tr("UPC");
    case ImportField::Ean:
        return tr("EAN");
    case ImportField::ManufacturerSku:
        return tr("Manufacturer SKU");
    case ImportField::Price:
        return tr("Price");
    case ImportField::Cost:
        return tr("Cost");
    case ImportField::Warehouse:
        return tr("Warehouse");
    case ImportField::Quantity:
        return tr("Quantity");
    }
    return {};
}

QString ImportSchema::normalizedHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

std::optional<ImportField> ImportSchema::fieldForHeader(ImportKind kind, const QString &header)
{
    const QString key = normalizedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    for (ImportField field : fields(kind)) {
        if (namesOf(field).contains(key))
            return field;
    }
    return std::nullopt;
}

ImportMapping ImportSchema::autoMap(ImportKind kind, const QStringList &header)
{
    ImportMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const auto field = fieldForHeader(kind, header[column]);
        if (field && !mapping.contains(*field))
            mapping.insert(*field, column);
    }
    return mapping;
}

QList<ImportField> ImportSchema::missingRequired(ImportKind kind, const ImportMapping &mapping)
{
    QList<ImportField> missing;
    for (ImportField field : fields(kind)) {
        if (isRequired(kind, field) && mapping.value(field, -1) < 0)
            missing << field;
    }
    return missing;
}

} // namespace posbridge
