#pragma once

#include <optional>

namespace posbridge {

/** @brief What closing the main window does. */
enum class CloseAction
{
    Quit,       ///< close the window and end the application
    HideToTray, ///< hide the window and keep syncing in the tray
    Ask,        ///< ask the admin whether to keep syncing in the tray
};

/**
 * @brief Decides what closing the main window does.
 *
 * Without a system tray, or with every sync switched off, closing quits. Otherwise the answer
 * the admin asked to remember ("Don't ask again") decides: true keeps syncing in the tray,
 * false quits. Without a remembered answer the admin is asked.
 */
CloseAction decideCloseAction(bool trayAvailable, bool syncEnabled, std::optional<bool> rememberedKeepSyncing);

} // namespace posbridge
