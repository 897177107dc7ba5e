#pragma once

#include "core/error.h"
#include "sandbox/entities.h"
#include "sandbox/entityfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace posbridge::sandbox {

class DataStore;

/** @brief A relation that load_relations can name, and whether it holds one record or many. */
struct RelationInfo
{
    QString path; ///< "SaleLines" or "SaleLines.Item"
    bool toMany = false;

    bool operator==(const RelationInfo &) const = default;
};

/** @brief The relations of an entity ("Sale", "Item", ...); empty for entities without any. */
const QList<RelationInfo> &relationsOf(const QString &entity);
/** @brief Expands "all" and checks every name; a 400 error names an unknown relation. */
Result<QList<RelationInfo>> resolveRelations(const QString &entity, const QStringList &requested);

/**
 * @brief Builds the R-Series JSON shapes: every scalar a string, a nested list of one record as
 * an object, an empty nested list as "".
 */
class Serializer
{
public:
    explicit Serializer(const DataStore &store);

    [[nodiscard]] QJsonObject shop(const Shop &shop) const;
    [[nodiscard]] QJsonObject employee(const Employee &employee) const;
    [[nodiscard]] QJsonObject customer(const Customer &customer) const;
    [[nodiscard]] QJsonObject item(const Item &item, const QStringList &relations) const;
    [[nodiscard]] QJsonObject itemShop(const ItemShop &row, const QStringList &relations) const;
    [[nodiscard]] QJsonObject sale(const Sale &sale, const QStringList &relations) const;

    /** @brief {"Name": object} for one record, {"Name": [..]} for several, "" for none. */
    static QJsonValue nested(const QString &name, const QJsonArray &records);
    /** @brief The scalar fields of a record as strings, in the order the metadata lists them. */
    template<typename T>
    static QJsonObject scalars(const EntityMeta<T> &meta, const T &record)
    {
        QJsonObject object;
        for (const FieldSpec<T> &spec : meta.fields)
            object.insert(spec.name, spec.get(record).toApiString());
        return object;
    }

private:
    [[nodiscard]] QJsonObject saleLine(const SaleLine &line, bool withItem) const;
    [[nodiscard]] QJsonObject salePayment(const SalePayment &payment, bool withType) const;

    const DataStore &m_store;
};

} // namespace posbridge::sandbox
