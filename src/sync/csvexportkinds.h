#pragma once

#include "sync/csvexport.h"

#include <QList>

namespace posbridge {

/** @brief Ids of the exports that POS Bridge has built in. */
namespace csvexportids {
inline constexpr char16_t ORDERS[] = u"orders";
inline constexpr char16_t ORDER_LINES[] = u"order_lines";
inline constexpr char16_t RETURNS[] = u"returns";
inline constexpr char16_t SYNC_RUNS[] = u"sync_runs";
inline constexpr char16_t SYNC_EVENTS[] = u"sync_events";
} // namespace csvexportids

/**
 * @brief The built-in exports: orders, order lines, returns, sync runs and sync events.
 *
 * With companyId 0 the order exports walk the companies one by one, each through its own
 * index, and every export starts its rows with the company name.
 */
QList<CsvExportKind> builtinCsvExportKinds();

} // namespace posbridge
