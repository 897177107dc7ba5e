#pragma once

#include "core/error.h"
#include "sandbox/entityfields.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace posbridge::sandbox {

enum class FilterOp
{
    Equal,
    NotEqual,
    Greater,
    GreaterEqual,
    Less,
    LessEqual,
    Between,
    Like,
    NotLike,
    In
};
enum class ArchivedMode
{
    Exclude,
    Include,
    Only
};

/** @brief One "field=op,value" filter as sent, before its operands are parsed for the field's kind. */
struct Filter
{
    QString field;
    FilterOp op = FilterOp::Equal;
    QStringList operands;
};

/** @brief A position in a sorted list: the sort value and id of the record a page ended or began at. */
struct Cursor
{
    QString field;
    bool descending = false;
    QString value;
    qint64 id = 0;

    [[nodiscard]] QString encode() const;
    static std::optional<Cursor> decode(const QString &token);
};

/** @brief The query parameters of a list request. */
struct ListRequest
{
    QList<Filter> filters;   ///< all must match
    QList<Filter> orFilters; ///< from or=: at least one must match when not empty
    QString sortField;       ///< empty: by id
    bool descending = false;
    int limit = 100;
    ArchivedMode archived = ArchivedMode::Exclude;
    bool countOnly = false;
    std::optional<Cursor> after;
    std::optional<Cursor> before;
    QStringList relations;
};

/** @brief Maximum page size and default limit, as the R-Series API documents them. */
inline constexpr int MAX_LIMIT = 100;
/** @brief Maximum number of values in an IN filter. */
inline constexpr int MAX_IN_VALUES = 100;

/** @brief Parses filters, sort, limit, archived, count, cursors and load_relations; 400 errors name the parameter. */
Result<ListRequest> parseListRequest(const QUrlQuery &query);
/** @brief Parses "op,value" ("=,5", ">=,2026-01-01", "IN,[1,2]") or a bare value (equality). */
Result<Filter> parseFilterValue(const QString &field, const QString &text);
/** @brief Parses load_relations: a JSON array such as ["SaleLines","SaleLines.Item"], or "all". */
Result<QStringList> parseRelations(const QString &text);

/** @brief One page of a list, with what the @attributes links need. */
template<typename T>
struct ListPage
{
    std::vector<const T *> records;
    qint64 total = 0; ///< records matching the filters, over all pages
    bool hasNext = false;
    bool hasPrevious = false;
    Cursor first;
    Cursor last;
};

namespace detail {

struct CompiledTerm
{
    int fieldIndex = -1;
    FilterOp op = FilterOp::Equal;
    std::vector<FieldValue> values;
    QRegularExpression pattern;
};

/** A filter compiled against one entity: it matches when any of its terms does (itemCode has three). */
struct CompiledFilter
{
    std::vector<CompiledTerm> terms;
};

bool evaluate(const CompiledTerm &term, const FieldValue &value);
/** Cursors keep times in milliseconds, because the API's text form drops them and a page would repeat a record. */
QString cursorValue(const FieldValue &value);
std::optional<FieldValue> parseCursorValue(FieldKind kind, const QString &text);
QRegularExpression likePattern(const QString &text);

template<typename T>
Result<CompiledFilter> compile(const EntityMeta<T> &meta, const Filter &filter)
{
    QStringList names{filter.field};
    if (meta.anyOf.contains(filter.field))
        names = meta.anyOf.value(filter.field);
    CompiledFilter compiled;
    for (const QString &name : names) {
        const auto it = std::find_if(meta.fields.cbegin(), meta.fields.cend(),
                                     [&](const FieldSpec<T> &spec) { return spec.name == name; });
        if (it == meta.fields.cend()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Unknown field '%1' for %2.").arg(filter.field, meta.name), {}, 400);
        }
        CompiledTerm term;
        term.fieldIndex = static_cast<int>(std::distance(meta.fields.cbegin(), it));
        term.op = filter.op;
        if (filter.op == FilterOp::Like || filter.op == FilterOp::NotLike) {
            term.pattern = likePattern(filter.operands.value(0));
        } else {
            bool valid = true;
            for (const QString &operand : filter.operands) {
                const auto value = FieldValue::parse(it->kind, operand);
                valid = valid && value.has_value();
                if (value)
                    term.values.push_back(*value);
            }
            // itemCode=abc cannot match the numeric itemID but may match a UPC; a plain field must parse.
            if (!valid && names.size() == 1) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("Invalid value '%1' for %2.%3.")
                                     .arg(filter.operands.join(u','), meta.name, filter.field),
                                 {}, 400);
            }
            if (!valid)
                continue;
        }
        compiled.terms.push_back(std::move(term));
    }
    return compiled;
}

template<typename T>
bool matches(const EntityMeta<T> &meta, const CompiledFilter &filter, const T &record)
{
    for (const CompiledTerm &term : filter.terms) {
        if (evaluate(term, meta.fields.at(term.fieldIndex).get(record)))
            return true;
    }
    return false;
}

template<typename T>
bool passesArchived(const EntityMeta<T> &meta, ArchivedMode mode, const T &record)
{
    if (!meta.hasArchived || mode == ArchivedMode::Include)
        return true;
    const FieldSpec<T> *archived = meta.field(QStringLiteral("archived"));
    const bool isArchived = archived && archived->get(record).integer != 0;
    return mode == ArchivedMode::Only ? isArchived : !isArchived;
}

/** Orders rows by (sort value, id), both reversed for a descending sort, so the order is total. */
struct RowOrder
{
    bool descending = false;
    bool operator()(const FieldValue &aKey, qint64 aId, const FieldValue &bKey, qint64 bId) const;
};

template<typename T>
struct Row
{
    FieldValue key;
    qint64 id;
    const T *record;
};

/** The records that pass the archived mode and every filter, sorted by the request's order. */
template<typename T>
Result<std::vector<Row<T>>> matchingRows(const std::map<qint64, T> &records, const EntityMeta<T> &meta,
                                         const ListRequest &request, const FieldSpec<T> &sortSpec)
{
    std::vector<CompiledFilter> filters;
    for (const Filter &filter : request.filters) {
        auto compiled = compile(meta, filter);
        if (!compiled)
            return compiled.error();
        filters.push_back(std::move(compiled).value());
    }
    CompiledFilter orFilter;
    for (const Filter &filter : request.orFilters) {
        auto compiled = compile(meta, filter);
        if (!compiled)
            return compiled.error();
        for (auto &term : compiled.value().terms)
            orFilter.terms.push_back(std::move(term));
    }

    std::vector<Row<T>> rows;
    const FieldSpec<T> *idSpec = meta.field(meta.idField);
    for (const auto &[id, record] : records) {
        if (!passesArchived(meta, request.archived, record))
            continue;
        const bool passes = std::all_of(filters.cbegin(), filters.cend(),
                                        [&](const CompiledFilter &f) { return matches(meta, f, record); });
        if (!passes || (!request.orFilters.isEmpty() && !matches(meta, orFilter, record)))
            continue;
        rows.push_back(Row<T>{sortSpec.get(record), idSpec->get(record).integer, &record});
    }
    const RowOrder less{request.descending};
    std::sort(rows.begin(), rows.end(),
              [&](const Row<T> &a, const Row<T> &b) { return less(a.key, a.id, b.key, b.id); });
    return rows;
}

/** The [begin, end) range of sorted rows that a request's cursor and limit select. */
template<typename T>
Result<std::pair<qsizetype, qsizetype>> pageBounds(const std::vector<Row<T>> &rows, const ListRequest &request,
                                                   const QString &sortField, FieldKind sortKind)
{
    const auto size = static_cast<qsizetype>(rows.size());
    const std::optional<Cursor> &cursor = request.after ? request.after : request.before;
    if (!cursor)
        return std::pair<qsizetype, qsizetype>(0, std::min<qsizetype>(size, request.limit));
    if (cursor->field != sortField || cursor->descending != request.descending)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The cursor belongs to another sort order."), {}, 400);
    const auto key = parseCursorValue(sortKind, cursor->value);
    if (!key)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The cursor is invalid."), {}, 400);

    const RowOrder less{request.descending};
    if (request.after) {
        const auto it = std::upper_bound(rows.begin(), rows.end(), 0, [&](int, const Row<T> &row) {
            return less(*key, cursor->id, row.key, row.id);
        });
        const qsizetype begin = std::distance(rows.begin(), it);
        return std::pair<qsizetype, qsizetype>(begin, std::min<qsizetype>(size, begin + request.limit));
    }
    const auto it = std::lower_bound(rows.begin(), rows.end(), 0,
                                     [&](const Row<T> &row, int) { return less(row.key, row.id, *key, cursor->id); });
    const qsizetype end = std::distance(rows.begin(), it);
    return std::pair<qsizetype, qsizetype>(std::max<qsizetype>(0, end - request.limit), end);
}

} // namespace detail

/**
 * @brief Filters, sorts and pages records with keyset cursors on (sort value, id).
 *
 * Sorting by id pages every record exactly once even while records change. Sorting by a field
 * that moves (updatetime, timeStamp) may show a record that changed during the walk again on a
 * later page, and never skips one that existed when the walk started.
 */
template<typename T>
Result<ListPage<T>> runList(const std::map<qint64, T> &records, const EntityMeta<T> &meta, const ListRequest &request)
{
    const QString sortField = request.sortField.isEmpty() ? meta.idField : request.sortField;
    const FieldSpec<T> *sortSpec = meta.field(sortField);
    if (!sortSpec || (!meta.sortable.contains(sortField) && sortField != meta.idField)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 cannot be sorted by '%2'; sortable fields: %3.")
                             .arg(meta.name, sortField, meta.sortable.join(u", ")),
                         {}, 400);
    }
    const auto rows = detail::matchingRows(records, meta, request, *sortSpec);
    if (!rows)
        return rows.error();
    ListPage<T> page;
    page.total = static_cast<qint64>(rows->size());
    if (request.countOnly)
        return page;
    const auto bounds = detail::pageBounds(rows.value(), request, sortField, sortSpec->kind);
    if (!bounds)
        return bounds.error();

    const auto [begin, end] = bounds.value();
    for (qsizetype i = begin; i < end; ++i)
        page.records.push_back(rows->at(static_cast<size_t>(i)).record);
    page.hasPrevious = begin > 0 && end > begin;
    page.hasNext = end < static_cast<qsizetype>(rows->size()) && end > begin;
    if (end > begin) {
        const auto &first = rows->at(static_cast<size_t>(begin));
        const auto &last = rows->at(static_cast<size_t>(end - 1));
        page.first = Cursor{sortField, request.descending, detail::cursorValue(first.key), first.id};
        page.last = Cursor{sortField, request.descending, detail::cursorValue(last.key), last.id};
    }
    return page;
}

} // namespace posbridge::sandbox
