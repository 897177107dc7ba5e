#include "sandbox/listquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

Error badRequest(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, {}, 400);
}

const QStringList &reservedParameters()
{
    static const QStringList names{u"limit"_s,  u"sort"_s, u"load_relations"_s, u"archived"_s, u"count"_s, u"after"_s,
                                   u"before"_s, u"or"_s,   u"offset"_s};
    return names;
}

} // namespace

QString Cursor::encode() const
{
    const QJsonObject object{{u"f"_s, field}, {u"d"_s, descending}, {u"v"_s, value}, {u"i"_s, QString::number(id)}};
    return QString::fromLatin1(QJsonDocument(object)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> Cursor::decode(const QString &token)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding));
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    bool ok = false;
    Cursor cursor{object[u"f"_s].toString(), object[u"d"_s].toBool(), object[u"v"_s].toString(),
                  object[u"i"_s].toString().toLongLong(&ok)};
    if (!ok || cursor.field.isEmpty())
        return std::nullopt;
    return cursor;
}

Result<Filter> parseFilterValue(const QString &field, const QString &text)
{
    static const QList<QPair<QString, FilterOp>> operators{
        {u"><"_s, FilterOp::Between},  {u">="_s, FilterOp::GreaterEqual}, {u"<="_s, FilterOp::LessEqual},
        {u"!="_s, FilterOp::NotEqual}, {u"!~"_s, FilterOp::NotLike},      {u"IN"_s, FilterOp::In},
        {u">"_s, FilterOp::Greater},   {u"<"_s, FilterOp::Less},          {u"="_s, FilterOp::Equal},
        {u"~"_s, FilterOp::Like},
    };
    Filter filter;
    filter.field = field;
    QString rest = text;
    bool hasOperator = false;
    for (const auto &[symbol, op] : operators) {
        if (text.startsWith(symbol + u',')) {
            filter.op = op;
            rest = text.mid(symbol.size() + 1);
            hasOperator = true;
            break;
        }
    }
    if (!hasOperator) {
        filter.operands = {text};
        return filter;
    }
    if (filter.op == FilterOp::Between) {
        filter.operands = rest.split(u',');
        if (filter.operands.size() != 2)
            return badRequest(u"The >< filter on %1 needs two values: ><,low,high."_s.arg(field));
    } else if (filter.op == FilterOp::In) {
        if (!rest.startsWith(u'[') || !rest.endsWith(u']'))
            return badRequest(u"The IN filter on %1 needs a list: IN,[1,2,3]."_s.arg(field));
        filter.operands = rest.mid(1, rest.size() - 2).split(u',', Qt::SkipEmptyParts);
        for (QString &operand : filter.operands)
            operand = operand.trimmed();
        if (filter.operands.size() > MAX_IN_VALUES) {
            return badRequest(u"The IN filter on %1 has %2 values; at most %3 are allowed."_s.arg(field)
                                  .arg(filter.operands.size())
                                  .arg(MAX_IN_VALUES));
        }
    } else {
        filter.operands = {rest};
    }
    return filter;
}

Result<QStringList> parseRelations(const QString &text)
{
    if (text.trimmed() == u"all")
        return QStringList{u"all"_s};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return badRequest(u"load_relations must be a JSON array such as [\"SaleLines\"]."_s);
    QStringList relations;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return badRequest(u"load_relations must list relation names as strings."_s);
        relations.append(value.toString());
    }
    return relations;
}

namespace {

VoidResult parseListOptions(const QUrlQuery &query, ListRequest &request)
{
    const QString limit = query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
    if (!limit.isEmpty()) {
        bool ok = false;
        const int value = limit.toInt(&ok);
        if (!ok || value < 1)
            return badRequest(u"limit must be a whole number of at least 1, not '%1'."_s.arg(limit));
        request.limit = std::min(value, MAX_LIMIT);
    }
    QString sort = query.queryItemValue(u"sort"_s, QUrl::FullyDecoded);
    if (sort.startsWith(u'-')) {
        request.descending = true;
        sort.remove(0, 1);
    }
    request.sortField = sort;
    const QString archived = query.queryItemValue(u"archived"_s, QUrl::FullyDecoded).toLower();
    if (archived == u"true" || archived == u"1")
        request.archived = ArchivedMode::Include;
    else if (archived == u"only")
        request.archived = ArchivedMode::Only;
    else if (!archived.isEmpty() && archived != u"false" && archived != u"0")
        return badRequest(u"archived must be true, false or only, not '%1'."_s.arg(archived));
    const QString count = query.queryItemValue(u"count"_s, QUrl::FullyDecoded);
    request.countOnly = count == u"1" || count == u"true";
    if (query.hasQueryItem(u"offset"_s))
        return badRequest(u"Offset pagination is not supported; follow the @attributes next and previous URLs."_s);
    return {};
}

VoidResult parseCursors(const QUrlQuery &query, ListRequest &request)
{
    for (const QString &name : {u"after"_s, u"before"_s}) {
        if (!query.hasQueryItem(name))
            continue;
        const auto cursor = Cursor::decode(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!cursor)
            return badRequest(u"The %1 cursor is invalid; use the URLs from @attributes as given."_s.arg(name));
        (name == u"after" ? request.after : request.before) = cursor;
    }
    if (request.after && request.before)
        return badRequest(u"Send either after or before, not both."_s);
    return {};
}

} // namespace

Result<ListRequest> parseListRequest(const QUrlQuery &query)
{
    ListRequest request;
    if (VoidResult options = parseListOptions(query, request); !options)
        return options.error();
    if (VoidResult cursors = parseCursors(query, request); !cursors)
        return cursors.error();
    if (query.hasQueryItem(u"load_relations"_s)) {
        auto relations = parseRelations(query.queryItemValue(u"load_relations"_s, QUrl::FullyDecoded));
        if (!relations)
            return relations.error();
        request.relations = relations.value();
    }

    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        if (reservedParameters().contains(key))
            continue;
        auto filter = parseFilterValue(key, rawValue);
        if (!filter)
            return filter.error();
        request.filters.append(filter.value());
    }
    const QString orText = query.queryItemValue(u"or"_s, QUrl::FullyDecoded);
    for (const QString &term : orText.split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype equals = term.indexOf(u'=');
        if (equals <= 0)
            return badRequest(u"Each or= term must read field=value, not '%1'."_s.arg(term));
        auto filter = parseFilterValue(term.left(equals), term.mid(equals + 1));
        if (!filter)
            return filter.error();
        request.orFilters.append(filter.value());
    }
    return request;
}

namespace detail {

QRegularExpression likePattern(const QString &text)
{
    QString pattern;
    for (const QChar c : text) {
        if (c == u'%')
            pattern += u".*"_s;
        else if (c == u'_')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

bool evaluate(const CompiledTerm &term, const FieldValue &value)
{
    auto compareTo = [&](size_t index) { return FieldValue::compare(value, term.values.at(index)); };
    switch (term.op) {
    case FilterOp::Like:
        return term.pattern.match(value.toApiString()).hasMatch();
    case FilterOp::NotLike:
        return !term.pattern.match(value.toApiString()).hasMatch();
    case FilterOp::In:
        for (size_t i = 0; i < term.values.size(); ++i) {
            if (compareTo(i) == 0)
                return true;
        }
        return false;
    default:
        break;
    }
    if (term.values.empty())
        return false;
    switch (term.op) {
    case FilterOp::Equal:
        return compareTo(0) == 0;
    case FilterOp::NotEqual:
        return compareTo(0) != 0;
    case FilterOp::Greater:
        return compareTo(0) > 0;
    case FilterOp::GreaterEqual:
        return compareTo(0) >= 0;
    case FilterOp::Less:
        return compareTo(0) < 0;
    case FilterOp::LessEqual:
        return compareTo(0) <= 0;
    case FilterOp::Between:
        return term.values.size() == 2 && compareTo(0) >= 0 && compareTo(1) <= 0;
    default:
        return false;
    }
}

bool RowOrder::operator()(const FieldValue &aKey, qint64 aId, const FieldValue &bKey, qint64 bId) const
{
    int order = FieldValue::compare(aKey, bKey);
    if (order == 0)
        order = aId < bId ? -1 : (aId > bId ? 1 : 0);
    return descending ? order > 0 : order < 0;
}

QString cursorValue(const FieldValue &value)
{
    return value.kind == FieldKind::Time ? QString::number(value.integer) : value.toApiString();
}

std::optional<FieldValue> parseCursorValue(FieldKind kind, const QString &text)
{
    if (kind != FieldKind::Time)
        return FieldValue::parse(kind, text);
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    return ok ? std::optional(FieldValue::ofTime(ms)) : std::nullopt;
}

} // namespace detail

} // namespace posbridge::sandbox
