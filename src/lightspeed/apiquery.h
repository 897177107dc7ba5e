#pragma once

#include "lightspeed/formencoding.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace posbridge {

/**
 * @brief The query string of an R-Series V3 request: filters, relations, sorting and paging.
 *
 * Filters use Lightspeed's field=operator,value form; every name and value is
 * percent-encoded (commas excepted), so ">=" goes out as "%3E%3D" and the "+" of a time
 * offset as "%2B". Parameters keep the order in which they were added.
 */
class ApiQuery
{
public:
    enum class Op
    {
        Equal,
        NotEqual,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
        Like,
        NotLike,
    };

    enum class Archived
    {
        Exclude, ///< archived=false
        Include, ///< archived=true: archived and active records
        Only,    ///< archived=only
    };

    static constexpr int MAX_IN_VALUES = 100;
    static constexpr int MAX_LIMIT = 100;

    /** @brief Adds field=op,value. */
    ApiQuery &filter(const QString &field, Op op, const QString &value);
    ApiQuery &filter(const QString &field, Op op, qint64 value);
    /** @brief Adds field=op,time with the time in UTC as "yyyy-MM-ddThh:mm:ss+00:00". */
    ApiQuery &filter(const QString &field, Op op, const QDateTime &time);
    /** @brief Adds field=><,from,to (inclusive range). */
    ApiQuery &between(const QString &field, const QString &from, const QString &to);
    /**
     * @brief Adds field=IN,[v1,v2,…].
     *
     * Lightspeed takes at most MAX_IN_VALUES values; more make problem() report the query
     * as invalid instead of sending it. Use batches() to split a longer list.
     */
    ApiQuery &in(const QString &field, const QList<qint64> &values);
    /** @brief Adds load_relations as a JSON array, such as ["SaleLines","Customer"]. */
    ApiQuery &loadRelations(const QStringList &relations);
    /** @brief Adds sort=field, or sort=-field when descending. */
    ApiQuery &sort(const QString &field, bool descending = false);
    /** @brief Adds limit=n, clamped to 1–MAX_LIMIT. */
    ApiQuery &limit(int count = MAX_LIMIT);
    ApiQuery &archived(Archived mode);
    /** @brief Adds a parameter as it is, for what the helpers above do not cover. */
    ApiQuery &add(const QString &name, const QString &value);

    [[nodiscard]] const FormFields &fields() const { return m_fields; }
    [[nodiscard]] const QStringList &relations() const { return m_relations; }
    /** @brief The percent-encoded query string, without the leading "?". */
    [[nodiscard]] QByteArray toEncoded() const;
    /** @brief Why the query must not be sent, or nothing when it is valid. */
    [[nodiscard]] std::optional<QString> problem() const { return m_problem; }

    /** @brief Formats a time as Lightspeed filters expect it: UTC with an explicit +00:00 offset. */
    static QString formatTime(const QDateTime &time);
    /** @brief Splits ids into consecutive batches of at most size ids, keeping their order. */
    static QList<QList<qint64>> batches(const QList<qint64> &ids, int size = MAX_IN_VALUES);

private:
    static QString operatorText(Op op);

    FormFields m_fields;
    QStringList m_relations;
    std::optional<QString> m_problem;
};

} // namespace posbridge
