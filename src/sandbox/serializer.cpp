#include "sandbox/serializer.h"

#include "sandbox/datastore.h"

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

const QList<RelationInfo> &relationsOf(const QString &entity)
{
    static const QList<RelationInfo> sale{{u"SaleLines"_s, true},
                                          {u"SaleLines.Item"_s, false},
                                          {u"SalePayments"_s, true},
                                          {u"SalePayments.PaymentType"_s, false},
                                          {u"Customer"_s, false}};
    static const QList<RelationInfo> item{{u"ItemShops"_s, true}};
    static const QList<RelationInfo> itemShop{{u"Item"_s, false}};
    static const QList<RelationInfo> none;
    if (entity == u"Sale")
        return sale;
    if (entity == u"Item")
        return item;
    if (entity == u"ItemShop")
        return itemShop;
    return none;
}

Result<QList<RelationInfo>> resolveRelations(const QString &entity, const QStringList &requested)
{
    const QList<RelationInfo> &known = relationsOf(entity);
    if (requested.contains(u"all"_s))
        return known;
    QList<RelationInfo> resolved;
    for (const QString &name : requested) {
        const auto it =
            std::find_if(known.cbegin(), known.cend(), [&](const RelationInfo &r) { return r.path == name; });
        if (it == known.cend()) {
            QStringList names;
            for (const RelationInfo &relation : known)
                names.append(relation.path);
            return makeError(ErrorCode::InvalidInput,
                             u"%1 has no relation '%2'; known relations: %3."_s.arg(
                                 entity, name, names.isEmpty() ? u"none"_s : names.join(u", ")),
                             {}, 400);
        }
        if (!resolved.contains(*it))
            resolved.append(*it);
    }
    return resolved;
}

Serializer::Serializer(const DataStore &store)
    : m_store(store)
{
}

QJsonValue Serializer::nested(const QString &name, const QJsonArray &records)
{
    if (records.isEmpty())
        return u""_s;
    if (records.size() == 1)
        return QJsonObject{{name, records.first()}};
    return QJsonObject{{name, records}};
}

QJsonObject Serializer::shop(const Shop &shop) const
{
    return scalars(shopMeta(), shop);
}

QJsonObject Serializer::employee(const Employee &employee) const
{
    return scalars(employeeMeta(), employee);
}

QJsonObject Serializer::customer(const Customer &customer) const
{
    return scalars(customerMeta(), customer);
}

QJsonObject Serializer::item(const Item &item, const QStringList &relations) const
{
    QJsonObject object = scalars(itemMeta(), item);
    QJsonArray prices;
    for (const ItemPrice &price : item.prices)
        prices.append(QJsonObject{{u"amount"_s, price.amount.toString()},
                                  {u"useType"_s, price.useType},
                                  {u"useTypeID"_s, price.useType == u"Default" ? u"1"_s
                                                   : price.useType == u"MSRP"  ? u"2"_s
                                                                               : u"3"_s}});
    object.insert(u"Prices"_s, nested(u"ItemPrice"_s, prices));
    if (relations.contains(u"ItemShops"_s)) {
        QJsonArray rows;
        for (qint64 id : m_store.itemShopIDsOf(item.itemID))
            rows.append(scalars(itemShopMeta(), m_store.itemShops().at(id)));
        object.insert(u"ItemShops"_s, nested(u"ItemShop"_s, rows));
    }
    return object;
}

QJsonObject Serializer::itemShop(const ItemShop &row, const QStringList &relations) const
{
    QJsonObject object = scalars(itemShopMeta(), row);
    if (relations.contains(u"Item"_s)) {
        if (const Item *item = m_store.item(row.itemID))
            object.insert(u"Item"_s, this->item(*item, {}));
    }
    return object;
}

QJsonObject Serializer::saleLine(const SaleLine &line, bool withItem) const
{
    QJsonObject object = scalars(saleLineMeta(), line);
    if (withItem) {
        if (const Item *item = m_store.item(line.itemID))
            object.insert(u"Item"_s, this->item(*item, {}));
    }
    return object;
}

QJsonObject Serializer::salePayment(const SalePayment &payment, bool withType) const
{
    QJsonObject object = scalars(salePaymentMeta(), payment);
    const auto type = m_store.paymentTypes().find(payment.paymentTypeID);
    if (withType && type != m_store.paymentTypes().end())
        object.insert(u"PaymentType"_s, scalars(paymentTypeMeta(), type->second));
    return object;
}

QJsonObject Serializer::sale(const Sale &sale, const QStringList &relations) const
{
    QJsonObject object = scalars(saleMeta(), sale);
    if (relations.contains(u"SaleLines"_s) || relations.contains(u"SaleLines.Item"_s)) {
        QJsonArray lines;
        for (qint64 id : sale.lineIDs)
            lines.append(saleLine(m_store.saleLines().at(id), relations.contains(u"SaleLines.Item"_s)));
        object.insert(u"SaleLines"_s, nested(u"SaleLine"_s, lines));
    }
    if (relations.contains(u"SalePayments"_s) || relations.contains(u"SalePayments.PaymentType"_s)) {
        QJsonArray payments;
        for (qint64 id : sale.paymentIDs)
            payments.append(
                salePayment(m_store.salePayments().at(id), relations.contains(u"SalePayments.PaymentType"_s)));
        object.insert(u"SalePayments"_s, nested(u"SalePayment"_s, payments));
    }
    if (relations.contains(u"Customer"_s)) {
        const auto customer = m_store.customers().find(sale.customerID);
        if (customer != m_store.customers().end())
            object.insert(u"Customer"_s, this->customer(customer->second));
    }
    return object;
}

} // namespace posbridge::sandbox
