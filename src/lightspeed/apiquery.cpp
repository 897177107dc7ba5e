#include "lightspeed/apiquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace posbridge {

ApiQuery &ApiQuery::filter(const QString &field, Op op, const QString &value)
{
    return add(field, operatorText(op) + QLatin1Char(',') + value);
}

ApiQuery &ApiQuery::filter(const QString &field, Op op, qint64 value)
{
    return filter(field, op, QString::number(value));
}

ApiQuery &ApiQuery::filter(const QString &field, Op op, const QDateTime &time)
{
    return filter(field, op, formatTime(time));
}

ApiQuery &ApiQuery::between(const QString &field, const QString &from, const QString &to)
{
    return add(field, QStringLiteral("><,%1,%2").arg(from, to));
}

ApiQuery &ApiQuery::in(const QString &field, const QList<qint64> &values)
{
    if (values.isEmpty() || values.size() > MAX_IN_VALUES) {
        m_problem = QStringLiteral("IN filter on %1 has %2 values; Lightspeed takes 1 to %3")
                        .arg(field)
                        .arg(values.size())
                        .arg(MAX_IN_VALUES);
    }
    QStringList texts;
    texts.reserve(values.size());
    for (const qint64 value : values)
        texts.append(QString::number(value));
    return add(field, QStringLiteral("IN,[%1]").arg(texts.join(QLatin1Char(','))));
}

ApiQuery &ApiQuery::loadRelations(const QStringList &relations)
{
    m_relations = relations;
    const QJsonDocument array(QJsonArray::fromStringList(relations));
    return add(QStringLiteral("load_relations"), QString::fromUtf8(array.toJson(QJsonDocument::Compact)));
}

ApiQuery &ApiQuery::sort(const QString &field, bool descending)
{
    return add(QStringLiteral("sort"), descending ? QLatin1Char('-') + field : field);
}

ApiQuery &ApiQuery::limit(int count)
{
    return add(QStringLiteral("limit"), QString::number(qBound(1, count, MAX_LIMIT)));
}

ApiQuery &ApiQuery::archived(Archived mode)
{
    switch (mode) {
    case Archived::Exclude:
        return add(QStringLiteral("archived"), QStringLiteral("false"));
    case Archived::Include:
        return add(QStringLiteral("archived"), QStringLiteral("true"));
    case Archived::Only:
        break;
    }
    return add(QStringLiteral("archived"), QStringLiteral("only"));
}

ApiQuery &ApiQuery::add(const QString &name, const QString &value)
{
    m_fields.append({name, value});
    return *this;
}

QByteArray ApiQuery::toEncoded() const
{
    QByteArray encoded;
    for (const auto &[name, value] : m_fields) {
        if (!encoded.isEmpty())
            encoded.append('&');
        encoded.append(QUrl::toPercentEncoding(name));
        encoded.append('=');
        encoded.append(QUrl::toPercentEncoding(value, ","));
    }
    return encoded;
}

QString ApiQuery::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QList<QList<qint64>> ApiQuery::batches(const QList<qint64> &ids, int size)
{
    size = qMax(1, size);
    QList<QList<qint64>> result;
    for (qsizetype start = 0; start < ids.size(); start += size)
        result.append(ids.mid(start, size));
    return result;
}

QString ApiQuery::operatorText(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Like:
        return QStringLiteral("~");
    case Op::NotLike:
        return QStringLiteral("!~");
    }
    return QStringLiteral("=");
}

} // namespace posbridge
