#pragma once

#include "sync/csvexport.h"

namespace posbridge {

/** @brief The id of the listings export in File › Export…. */
inline constexpr char16_t LISTINGS_EXPORT_ID[] = u"listings";

/**
 * @brief The listings export: every product with its listing state and Lightspeed item, in SKU order.
 *
 * Its SKU, name, price, cost and barcode columns carry the titles that File › Import… maps
 * automatically, so an exported file imports back as products. With companyId 0 it walks the
 * companies one by one, and every row starts with the company name. The application registers
 * it with CsvExportService::registerKind().
 */
CsvExportKind listingsExportKind();

} // namespace posbridge
