#include "storage/transaction.h"

#include "storage/logging.h"

#include <QSqlError>

namespace posbridge {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage).noquote() << "Could not begin a transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        qCWarning(lcStorage).noquote() << "Commit failed:" << m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (!m_db.rollback())
        qCWarning(lcStorage).noquote() << "Rollback failed:" << m_db.lastError().text();
    m_active = false;
}

} // namespace posbridge
