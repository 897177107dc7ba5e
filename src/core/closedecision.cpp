#include "core/closedecision.h"

namespace posbridge {

CloseAction decideCloseAction(bool trayAvailable, bool syncEnabled, std::optional<bool> rememberedKeepSyncing)
{
    if (!trayAvailable || !syncEnabled)
        return CloseAction::Quit;
    if (!rememberedKeepSyncing)
        return CloseAction::Ask;
    return *rememberedKeepSyncing ? CloseAction::HideToTray : CloseAction::Quit;
}

} // namespace posbridge
