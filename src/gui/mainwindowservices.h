#pragma once

namespace posbridge {

class CompanyService;
class ConnectionManager;
class CsvExportService;
class CsvImportService;
class ListingService;
class SyncHistoryService;

/**
 * @brief The application services the main window and its pages work through.
 *
 * The composition root (main()) owns them; the window only keeps the pointers, which must
 * outlive it.
 */
struct MainWindowServices
{
    CompanyService *companies = nullptr;
    ConnectionManager *connections = nullptr;
    SyncHistoryService *history = nullptr;
    CsvExportService *exports = nullptr;
    /** Listings and re-matching; without it the window has no Listings tab. */
    ListingService *listings = nullptr;
    /** CSV import; without it File › Import… stays disabled. */
    CsvImportService *imports = nullptr;
};

} // namespace posbridge
