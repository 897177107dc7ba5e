#include "storage/customerrepository.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace posbridge {

CustomerRepository::CustomerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QHash<qint64, OrderCustomer>> CustomerRepository::findByLightspeedIds(qint64 companyId,
                                                                             const QList<qint64> &lightspeedIds) const
{
    QHash<qint64, OrderCustomer> found;
    constexpr qsizetype CHUNK = 500;
    for (qsizetype start = 0; start < lightspeedIds.size(); start += CHUNK) {
        const QList<qint64> chunk = lightspeedIds.mid(start, CHUNK);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":c%1").arg(i);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT id, lightspeed_customer_id, first_name, last_name, email, placeholder FROM "
                           "customers WHERE company_id = :company AND lightspeed_customer_id IN (%1)")
                .arg(placeholders.join(u',')));
        query.bindValue(QStringLiteral(":company"), companyId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(placeholders[i], chunk[i]);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("CustomerRepository", "read the customers"));
        while (query.next()) {
            OrderCustomer customer;
            customer.id = query.value(0).toLongLong();
            customer.lightspeedCustomerId = query.value(1).toLongLong();
            customer.firstName = query.value(2).toString();
            customer.lastName = query.value(3).toString();
            customer.email = query.value(4).toString();
            customer.placeholder = query.value(5).toInt() != 0;
            found.insert(customer.lightspeedCustomerId, customer);
        }
    }
    return found;
}

} // namespace posbridge
