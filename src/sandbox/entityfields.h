#pragma once

#include "sandbox/entities.h"
#include "sandbox/fieldvalue.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace posbridge::sandbox {

/** @brief One scalar field of an entity: its API name, kind and accessor. */
template<typename T>
struct FieldSpec
{
    QString name;
    FieldKind kind;
    FieldValue (*get)(const T &);
};

/**
 * @brief What the list machinery needs to know of an entity: its fields (also its JSON shape),
 * the fields it sorts by, and filter names that match any of several fields.
 */
template<typename T>
struct EntityMeta
{
    QString name; ///< "Sale": the JSON key and URL segment
    QString idField;
    QList<FieldSpec<T>> fields;
    QStringList sortable;
    QHash<QString, QStringList> anyOf; ///< "itemCode" matches itemID, upc or ean
    bool hasArchived = false;

    [[nodiscard]] const FieldSpec<T> *field(const QString &fieldName) const
    {
        for (const FieldSpec<T> &spec : fields) {
            if (spec.name == fieldName)
                return &spec;
        }
        return nullptr;
    }
};

const EntityMeta<Shop> &shopMeta();
const EntityMeta<Employee> &employeeMeta();
const EntityMeta<Customer> &customerMeta();
const EntityMeta<Item> &itemMeta();
const EntityMeta<ItemShop> &itemShopMeta();
const EntityMeta<Sale> &saleMeta();
const EntityMeta<SaleLine> &saleLineMeta();
const EntityMeta<SalePayment> &salePaymentMeta();
const EntityMeta<PaymentType> &paymentTypeMeta();

} // namespace posbridge::sandbox
