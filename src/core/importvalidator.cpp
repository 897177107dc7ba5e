#include "core/importvalidator.h"

#include "core/skumatcher.h"

#include <QLocale>

namespace posbridge {

namespace {

constexpr int MAX_TEXT_LENGTH = 255;
// Far above any real price or stock count. Decimal holds up to about 9.2e10, so the difference
// between an imported count and a stored one stays in range.
constexpr qint64 MAX_AMOUNT = 1'000'000'000;
constexpr int PROGRESS_STEP = 5000;

QString stockKey(const QString &skuKey, const QString &warehouse)
{
    return skuKey + QChar(0x1F) + warehouse.trimmed().toCaseFolded();
}

// Lightspeed accepts only digits in UPC and EAN; spaces and dashes that people type are dropped.
std::optional<QString> barcodeDigits(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != u'-')
            return std::nullopt;
    }
    return digits;
}

} // namespace

ImportValidator::ImportValidator(ImportKind kind, ImportMapping mapping, ImportContext context, bool decimalComma)
    : m_kind(kind)
    , m_mapping(std::move(mapping))
    , m_context(std::move(context))
    , m_decimalComma(decimalComma)
{
}

ImportPlan ImportValidator::validate(const CsvTable &table, const std::function<void(int)> &progress) const
{
    ImportPlan plan;
    plan.kind = m_kind;
    plan.rowCount = int(table.records.size());

    // Keys that occur on several lines: every one of those rows is reported.
    QHash<QString, int> occurrences;
    for (const CsvRecord &record : table.records) {
        const QString skuKey = SkuMatcher::normalized(SkuField::CustomSku, value(record, ImportField::Sku));
        if (skuKey.isEmpty())
            continue;
        const QString key =
            m_kind == ImportKind::Stock ? stockKey(skuKey, value(record, ImportField::Warehouse)) : skuKey;
        occurrences[key] += 1;
    }
    QHash<QString, int> firstLine;
    for (auto it = occurrences.cbegin(); it != occurrences.cend(); ++it) {
        if (it.value() > 1)
            firstLine.insert(it.key(), 0);
    }
    for (const CsvRecord &record : table.records) {
        const QString skuKey = SkuMatcher::normalized(SkuField::CustomSku, value(record, ImportField::Sku));
        const QString key =
            m_kind == ImportKind::Stock ? stockKey(skuKey, value(record, ImportField::Warehouse)) : skuKey;
        auto it = firstLine.find(key);
        if (it != firstLine.end() && it.value() == 0)
            it.value() = record.line;
    }

    for (qsizetype i = 0; i < table.records.size(); ++i) {
        const CsvRecord &record = table.records[i];
        if (m_kind == ImportKind::Products)
            validateProduct(table, record, plan, firstLine);
        else
            validateStock(table, record, plan, firstLine);
        if (progress && (i + 1) % PROGRESS_STEP == 0)
            progress(int(i + 1));
    }
    return plan;
}

void ImportValidator::validateProduct(const CsvTable &table, const CsvRecord &record, ImportPlan &plan,
                                      QHash<QString, int> &firstLineOfSku) const
{
    QList<ImportIssue> issues;
    const auto issue = [&](ImportField field, const QString &message) {
        issues.append({record.line, columnName(table, field), message});
    };

    ProductImportRow row;
    row.line = record.line;
    row.sku = value(record, ImportField::Sku).trimmed();
    const QString skuKey = SkuMatcher::normalized(SkuField::CustomSku, row.sku);
    if (row.sku.isEmpty())
        issue(ImportField::Sku, tr("The SKU is empty."));
    else if (row.sku.size() > MAX_TEXT_LENGTH)
        issue(ImportField::Sku, tr("The SKU is longer than %1 characters.").arg(MAX_TEXT_LENGTH));
    if (const int first = firstLineOfSku.value(skuKey, -1); first >= 0 && !skuKey.isEmpty())
        issue(
            ImportField::Sku,
            tr("The SKU “%1” is on more than one line (first on line %2); keep one of them.").arg(row.sku).arg(first));
    row.existingId = m_context.productIdsBySkuKey.value(skuKey);

    if (has(ImportField::Name)) {
        const QString name = value(record, ImportField::Name).trimmed();
        if (!name.isEmpty())
            row.name = name;
        if (name.size() > MAX_TEXT_LENGTH)
            issue(ImportField::Name, tr("The name is longer than %1 characters.").arg(MAX_TEXT_LENGTH));
    }
    if (!row.name && row.existingId == 0 && !row.sku.isEmpty())
        issue(ImportField::Name, tr("The name is empty, and a new product needs one."));

    for (ImportField field : {ImportField::Upc, ImportField::Ean}) {
        // A blank cell keeps the stored barcode, as a blank name keeps the stored name.
        if (!has(field) || value(record, field).trimmed().isEmpty())
            continue;
        const auto digits = barcodeDigits(value(record, field));
        if (!digits)
            issue(field, tr("“%1” is not a barcode: use digits only.").arg(value(record, field).trimmed()));
        else if (digits->size() > 14)
            issue(field, tr("“%1” has more than 14 digits.").arg(*digits));
        else
            (field == ImportField::Upc ? row.upc : row.ean) = *digits;
    }
    if (has(ImportField::ManufacturerSku)) {
        row.manufacturerSku = value(record, ImportField::ManufacturerSku).trimmed();
        if (row.manufacturerSku->size() > MAX_TEXT_LENGTH)
            issue(ImportField::ManufacturerSku,
                  tr("The manufacturer SKU is longer than %1 characters.").arg(MAX_TEXT_LENGTH));
    }
    if (has(ImportField::Price))
        row.price =
            parseAmount(value(record, ImportField::Price), columnName(table, ImportField::Price), record.line, issues);
    if (has(ImportField::Cost))
        row.cost =
            parseAmount(value(record, ImportField::Cost), columnName(table, ImportField::Cost), record.line, issues);

    if (!issues.isEmpty()) {
        plan.issues.append(issues);
        plan.invalidLines.insert(record.line);
        return;
    }
    plan.products.append(row);
}

void ImportValidator::validateStock(const CsvTable &table, const CsvRecord &record, ImportPlan &plan,
                                    QHash<QString, int> &firstLineOfKey) const
{
    QList<ImportIssue> issues;
    const auto issue = [&](ImportField field, const QString &message) {
        issues.append({record.line, columnName(table, field), message});
    };

    StockImportRow row;
    row.line = record.line;
    const QString sku = value(record, ImportField::Sku).trimmed();
    const QString skuKey = SkuMatcher::normalized(SkuField::CustomSku, sku);
    if (sku.isEmpty()) {
        issue(ImportField::Sku, tr("The SKU is empty."));
    } else {
        row.productId = m_context.productIdsBySkuKey.value(skuKey);
        if (row.productId == 0)
            issue(ImportField::Sku, tr("No product has the SKU “%1”. Import the product first.").arg(sku));
    }

    const QString warehouse = value(record, ImportField::Warehouse).trimmed();
    if (warehouse.isEmpty()) {
        issue(ImportField::Warehouse, tr("The warehouse is empty."));
    } else {
        row.warehouseId = m_context.warehouseIdsByName.value(warehouse.toCaseFolded());
        if (row.warehouseId == 0)
            issue(ImportField::Warehouse, tr("The company has no warehouse named “%1”. Its warehouses are: %2.")
                                              .arg(warehouse, m_context.warehouseNames.join(QStringLiteral(", "))));
    }
    if (!skuKey.isEmpty()) {
        if (const int first = firstLineOfKey.value(stockKey(skuKey, warehouse), -1); first >= 0)
            issue(ImportField::Sku, tr("The SKU “%1” and warehouse “%2” are on more than one line (first on line "
                                       "%3); keep one of them.")
                                        .arg(sku, warehouse)
                                        .arg(first));
    }

    const QString quantityText = value(record, ImportField::Quantity).trimmed();
    if (quantityText.isEmpty()) {
        issue(ImportField::Quantity, tr("The quantity is empty."));
    } else if (const auto quantity = parseAmount(quantityText, columnName(table, ImportField::Quantity), record.line,
                                                 issues, Sign::Any)) {
        // Sales can take stock below 0, and an exported stock count must import back.
        row.quantity = *quantity;
    }

    if (!issues.isEmpty()) {
        plan.issues.append(issues);
        plan.invalidLines.insert(record.line);
        return;
    }
    plan.stock.append(row);
}

std::optional<Decimal> ImportValidator::parseAmount(const QString &text, const QString &column, int line,
                                                    QList<ImportIssue> &issues, Sign sign) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const auto parsed = m_decimalComma ? Decimal::parseLenient(trimmed) : Decimal::parse(trimmed);
    if (!parsed) {
        const QString hint = m_decimalComma ? tr("Write it like 12.50 or 12,50, without thousands separators or "
                                                 "currency signs.")
                                            : tr("Write it like 12.50, with a point and without thousands "
                                                 "separators or currency signs.");
        issues.append({line, column, tr("“%1” is not a number. %2").arg(trimmed, hint)});
        return std::nullopt;
    }
    if (parsed->isNegative() && sign == Sign::NotNegative) {
        issues.append({line, column, tr("%1 is negative; it must be 0 or more.").arg(trimmed)});
        return std::nullopt;
    }
    if (*parsed > Decimal::fromInt(MAX_AMOUNT) || *parsed < Decimal::fromInt(-MAX_AMOUNT)) {
        issues.append({line, column,
                       tr("%1 is out of range; amounts must lie between -%2 and %2.")
                           .arg(trimmed, QLocale::c().toString(MAX_AMOUNT))});
        return std::nullopt;
    }
    return parsed;
}

QString ImportValidator::value(const CsvRecord &record, ImportField field) const
{
    const int column = m_mapping.value(field, -1);
    if (column < 0 || column >= record.fields.size())
        return {};
    const QString &text = record.fields[column];
    // CSV export puts an apostrophe before a leading = + - @ tab or CR, so that spreadsheets show
    // the text instead of running it as a formula. Dropping it lets an exported file import back.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text.size() >= 2 && text.front() == u'\'' && formulaStarts.contains(text.at(1)))
        return text.mid(1);
    return text;
}

bool ImportValidator::has(ImportField field) const
{
    return m_mapping.value(field, -1) >= 0;
}

QString ImportValidator::columnName(const CsvTable &table, ImportField field) const
{
    const int column = m_mapping.value(field, -1);
    if (column >= 0 && column < table.header.fields.size() && !table.header.fields[column].isEmpty())
        return table.header.fields[column];
    return ImportSchema::title(field);
}

} // namespace posbridge
