#include "storage/statementcache.h"

namespace posbridge {

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

PreparedStatement StatementCache::prepared(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return PreparedStatement(*found->second);
}

} // namespace posbridge
