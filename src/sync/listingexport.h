#pragma once

#include "sync/csvexport.h"

namespace posbridge {

/** @brief The id of the listings export in File › Export…. */
inline constexpr char16_t LISTINGS_EXPORT_ID[] = u"listings";
/** @brief The id of the stock levels export in File › Export…. */
inline constexpr char16_t STOCK_LEVELS_EXPORT_ID[] = u"stock_levels";

/**
 * @brief The listings export: every product with its listing state and Lightspeed item, in SKU order.
 *
 * Its SKU, name, price, cost and barcode columns carry the titles that File › Import… maps
 * automatically, so an exported file imports back as products. With companyId 0 it walks the
 * companies one by one, and every row starts with the company name. The application registers
 * it with CsvExportService::registerKind().
 */
CsvExportKind listingsExportKind();

/**
 * @brief The stock levels export: the quantity of every product in every warehouse, in SKU order.
 *
 * Its SKU, warehouse and quantity columns carry the titles that the stock import maps
 * automatically, so the file imports back as stock. Registered like listingsExportKind().
 */
CsvExportKind stockLevelsExportKind();

} // namespace posbridge
