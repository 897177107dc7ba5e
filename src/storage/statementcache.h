#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

namespace posbridge {

/**
 * @brief One use of a cached statement: bind, execute, read; the statement is reset when it goes.
 *
 * Resetting matters because SQLite refuses to commit while a statement has unread rows, as an
 * INSERT … RETURNING has after its one row was read.
 */
class PreparedStatement
{
public:
    explicit PreparedStatement(QSqlQuery &query)
        : m_query(&query)
    {
    }
    ~PreparedStatement() { m_query->finish(); }
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;
    PreparedStatement(PreparedStatement &&) = delete;
    PreparedStatement &operator=(PreparedStatement &&) = delete;

    void bindValue(const QString &placeholder, const QVariant &value) { m_query->bindValue(placeholder, value); }
    bool exec() { return m_query->exec(); }
    bool next() { return m_query->next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query->value(index); }
    [[nodiscard]] int numRowsAffected() const { return m_query->numRowsAffected(); }
    operator const QSqlQuery &() const { return *m_query; }

private:
    QSqlQuery *m_query;
};

/**
 * @brief Prepared statements of one connection, each prepared once and executed many times.
 *
 * Preparing a statement costs SQLite more than running a small INSERT, so a repository that
 * writes many rows in a row (a page of downloaded orders) keeps its statements here. Valid
 * only on the thread that owns the connection, like the connection itself.
 */
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);

    /**
     * @brief The statement for sql, prepared on first use.
     *
     * The caller binds its values and executes it. When preparing failed, exec() fails and the
     * query's lastError() describes the failure.
     */
    PreparedStatement prepared(const QString &sql);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace posbridge
