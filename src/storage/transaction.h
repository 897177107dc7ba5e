#pragma once

#include <QSqlDatabase>

namespace posbridge {

/** @brief Begins a transaction and rolls it back on destruction unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    /** @brief Commits; returns false (and rolls back) when the commit fails. */
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace posbridge
