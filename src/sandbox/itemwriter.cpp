#include "sandbox/itemwriter.h"

#include "sandbox/datastore.h"
#include "sandbox/sandboxclock.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

Error unprocessable(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, {}, 422);
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return value.toVariant().toString();
    return {};
}

QJsonObject unwrap(const QJsonObject &body)
{
    if (body.size() == 1 && body.value(u"Item"_s).isObject())
        return body.value(u"Item"_s).toObject();
    return body;
}

/** The records of a nested relation: {"ItemShop": {...}} or {"ItemShop": [...]}. */
QJsonArray nestedRecords(const QJsonObject &body, const QString &relation, const QString &entity)
{
    const QJsonValue value = body.value(relation).toObject().value(entity);
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

std::optional<qint64> parseCount(const QJsonValue &value)
{
    bool ok = false;
    const qint64 number = textOf(value).trimmed().toLongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

bool parseBoolean(const QString &text, bool *out)
{
    const QString lower = text.trimmed().toLower();
    if (lower.isEmpty() || lower == u"false" || lower == u"0") {
        *out = false;
        return true;
    }
    if (lower == u"true" || lower == u"1") {
        *out = true;
        return true;
    }
    return false;
}

const QStringList &textFields()
{
    static const QStringList names{u"description"_s, u"customSku"_s, u"manufacturerSku"_s,
                                   u"upc"_s,         u"ean"_s,       u"itemType"_s};
    return names;
}

} // namespace

ItemWriter::ItemWriter(DataStore &store, const SandboxClock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

int ItemWriter::nestedEntityCount(const QJsonObject &rawBody)
{
    const QJsonObject body = unwrap(rawBody);
    return static_cast<int>(nestedRecords(body, u"ItemShops"_s, u"ItemShop"_s).size() +
                            nestedRecords(body, u"Prices"_s, u"ItemPrice"_s).size());
}

VoidResult ItemWriter::validateFields(const QJsonObject &body, bool creating) const
{
    if (creating && textOf(body.value(u"description"_s)).trimmed().isEmpty())
        return unprocessable(u"Item.description is required."_s);
    if (!creating && body.contains(u"description"_s) && textOf(body.value(u"description"_s)).trimmed().isEmpty())
        return unprocessable(u"Item.description cannot be empty."_s);
    static const QRegularExpression digits(u"^\\d*$"_s);
    for (const QString &name : {u"upc"_s, u"ean"_s}) {
        if (body.contains(name) && !digits.match(textOf(body.value(name))).hasMatch())
            return unprocessable(u"Item.%1 must contain digits only, not '%2'."_s.arg(name, textOf(body.value(name))));
    }
    for (const QString &name : {u"defaultCost"_s, u"avgCost"_s}) {
        if (!body.contains(name))
            continue;
        const QString text = textOf(body.value(name));
        const auto value = Decimal::parse(text.isEmpty() ? u"0"_s : text);
        if (!value || value->isNegative())
            return unprocessable(u"Item.%1 must be a number of at least 0, not '%2'."_s.arg(name, text));
    }
    for (const QString &name : {u"archived"_s, u"discountable"_s, u"tax"_s}) {
        bool ignored = false;
        if (body.contains(name) && !parseBoolean(textOf(body.value(name)), &ignored))
            return unprocessable(u"Item.%1 must be true or false."_s.arg(name));
    }
    return {};
}

Result<QList<ItemWriter::StockChange>> ItemWriter::parseStock(const QJsonObject &body, qint64 itemID) const
{
    QList<StockChange> changes;
    for (const QJsonValue &value : nestedRecords(body, u"ItemShops"_s, u"ItemShop"_s)) {
        const QJsonObject record = value.toObject();
        StockChange change;
        if (record.contains(u"itemShopID"_s)) {
            const auto id = parseCount(record.value(u"itemShopID"_s));
            const auto row = id ? m_store.itemShops().find(*id) : m_store.itemShops().end();
            if (row == m_store.itemShops().end() || row->second.itemID != itemID)
                return unprocessable(
                    u"ItemShop %1 does not belong to this item."_s.arg(textOf(record.value(u"itemShopID"_s))));
            change.shopID = row->second.shopID;
        } else {
            const auto shopID = parseCount(record.value(u"shopID"_s));
            if (!shopID)
                return unprocessable(u"Each ItemShop needs a shopID or an itemShopID."_s);
            if (!m_store.shops().count(*shopID) && *shopID != 0)
                return unprocessable(u"Shop %1 does not exist."_s.arg(*shopID));
            change.shopID = *shopID;
        }
        if (change.shopID == 0)
            return unprocessable(u"The shopID 0 row is a summary of all shops; set the quantity of each shop."_s);
        for (const QString &name : {u"qoh"_s, u"reorderPoint"_s, u"reorderLevel"_s}) {
            if (!record.contains(name))
                continue;
            const auto number = parseCount(record.value(name));
            if (!number)
                return unprocessable(
                    u"ItemShop.%1 must be a whole number, not '%2'."_s.arg(name, textOf(record.value(name))));
            if (*number < 0) {
                return unprocessable(name == u"qoh" ? u"qoh cannot be set negative (shop %1)."_s.arg(change.shopID)
                                                    : u"ItemShop.%1 cannot be negative."_s.arg(name));
            }
            (name == u"qoh"            ? change.qoh
             : name == u"reorderPoint" ? change.reorderPoint
                                       : change.reorderLevel) = number;
        }
        changes.append(change);
    }
    return changes;
}

Result<QList<ItemWriter::PriceChange>> ItemWriter::parsePrices(const QJsonObject &body) const
{
    static const QStringList useTypes{u"Default"_s, u"MSRP"_s, u"Online"_s};
    QList<PriceChange> changes;
    for (const QJsonValue &value : nestedRecords(body, u"Prices"_s, u"ItemPrice"_s)) {
        const QJsonObject record = value.toObject();
        QString useType = textOf(record.value(u"useType"_s));
        const auto typeID = parseCount(record.value(u"useTypeID"_s));
        if (useType.isEmpty() && typeID && *typeID >= 1 && *typeID <= 3)
            useType = useTypes.at(*typeID - 1);
        if (!useTypes.contains(useType))
            return unprocessable(u"ItemPrice.useType must be Default, MSRP or Online, not '%1'."_s.arg(useType));
        const QString amount = textOf(record.value(u"amount"_s));
        const auto parsed = Decimal::parse(amount.isEmpty() ? u"0"_s : amount);
        if (!parsed || parsed->isNegative())
            return unprocessable(u"ItemPrice.amount must be a number of at least 0, not '%1'."_s.arg(amount));
        changes.append(PriceChange{useType, parsed->toString()});
    }
    return changes;
}

bool ItemWriter::applyFields(qint64 itemID, const QJsonObject &body, const QList<PriceChange> &prices)
{
    Item *item = m_store.mutableItem(itemID);
    const Item before = *item;
    for (const QString &name : textFields()) {
        if (!body.contains(name))
            continue;
        const QString value = textOf(body.value(name)).trimmed();
        QString &field = name == u"description"       ? item->description
                         : name == u"customSku"       ? item->customSku
                         : name == u"manufacturerSku" ? item->manufacturerSku
                         : name == u"upc"             ? item->upc
                         : name == u"ean"             ? item->ean
                                                      : item->itemType;
        field = value;
    }
    if (item->itemType.isEmpty())
        item->itemType = u"default"_s;
    if (body.contains(u"defaultCost"_s))
        item->defaultCost = Decimal::parse(textOf(body.value(u"defaultCost"_s))).value_or(Decimal());
    if (body.contains(u"avgCost"_s))
        item->avgCost = Decimal::parse(textOf(body.value(u"avgCost"_s))).value_or(Decimal());
    if (body.contains(u"discountable"_s))
        parseBoolean(textOf(body.value(u"discountable"_s)), &item->discountable);
    if (body.contains(u"tax"_s))
        parseBoolean(textOf(body.value(u"tax"_s)), &item->tax);
    if (body.contains(u"archived"_s))
        parseBoolean(textOf(body.value(u"archived"_s)), &item->archived);
    for (const PriceChange &change : prices) {
        const auto it = std::find_if(item->prices.begin(), item->prices.end(),
                                     [&](const ItemPrice &price) { return price.useType == change.useType; });
        const Decimal amount = *Decimal::parse(change.amount);
        if (it == item->prices.end())
            item->prices.append(ItemPrice{change.useType, amount});
        else
            it->amount = amount;
    }

    const bool changed = before.description != item->description || before.customSku != item->customSku ||
                         before.manufacturerSku != item->manufacturerSku || before.upc != item->upc ||
                         before.ean != item->ean || before.itemType != item->itemType ||
                         before.defaultCost != item->defaultCost || before.avgCost != item->avgCost ||
                         before.discountable != item->discountable || before.tax != item->tax ||
                         before.archived != item->archived || before.prices.size() != item->prices.size() ||
                         !std::equal(before.prices.cbegin(), before.prices.cend(), item->prices.cbegin(),
                                     [](const ItemPrice &a, const ItemPrice &b) {
                                         return a.useType == b.useType && a.amount == b.amount;
                                     });
    if (changed)
        item->timeStamp = m_clock.nowMs();
    return changed;
}

void ItemWriter::applyStock(qint64 itemID, const QList<StockChange> &changes)
{
    const qint64 now = m_clock.nowMs();
    for (const StockChange &change : changes) {
        if (change.qoh)
            m_store.setQuantity(itemID, change.shopID, *change.qoh, now);
        if (const ItemShop *row = m_store.itemShop(itemID, change.shopID))
            m_store.setReorder(row->itemShopID, change.reorderPoint, change.reorderLevel, now);
    }
}

Result<qint64> ItemWriter::create(const QJsonObject &rawBody)
{
    const QJsonObject body = unwrap(rawBody);
    if (VoidResult valid = validateFields(body, true); !valid)
        return valid.error();
    const auto prices = parsePrices(body);
    if (!prices)
        return prices.error();
    const auto stock = parseStock(body, 0);
    if (!stock)
        return stock.error();

    const qint64 now = m_clock.nowMs();
    Item item;
    item.createTime = now;
    item.timeStamp = now;
    item.prices = {ItemPrice{u"Default"_s, Decimal()}};
    const qint64 itemID = m_store.addItem(item, now);
    applyFields(itemID, body, prices.value());
    m_store.mutableItem(itemID)->timeStamp = now;
    applyStock(itemID, stock.value());
    return itemID;
}

VoidResult ItemWriter::update(qint64 itemID, const QJsonObject &rawBody)
{
    if (!m_store.item(itemID))
        return makeError(ErrorCode::NotFound, u"Item %1 does not exist."_s.arg(itemID), {}, 404);
    const QJsonObject body = unwrap(rawBody);
    if (VoidResult valid = validateFields(body, false); !valid)
        return valid;
    const auto prices = parsePrices(body);
    if (!prices)
        return prices.error();
    const auto stock = parseStock(body, itemID);
    if (!stock)
        return stock.error();
    applyFields(itemID, body, prices.value());
    applyStock(itemID, stock.value());
    return {};
}

VoidResult ItemWriter::archive(qint64 itemID)
{
    Item *item = m_store.mutableItem(itemID);
    if (!item)
        return makeError(ErrorCode::NotFound, u"Item %1 does not exist."_s.arg(itemID), {}, 404);
    const qint64 now = m_clock.nowMs();
    if (!item->archived) {
        item->archived = true;
        item->timeStamp = now;
    }
    for (const auto &[shopID, shop] : m_store.shops())
        m_store.setQuantity(itemID, shopID, 0, now);
    return {};
}

} // namespace posbridge::sandbox
