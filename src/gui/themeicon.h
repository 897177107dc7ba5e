#pragma once

#include <QIcon>

class QPalette;

namespace posbridge {

/**
 * @brief Returns the desktop theme's icon with this name, or else the bundled single-colour SVG
 * drawn in the palette's text colour.
 *
 * The fallback holds renders at 1x, 2x and 3x of the small icon size, so it stays sharp on
 * high-DPI screens and readable on dark palettes. The SVG's own colours only form a mask.
 */
[[nodiscard]] QIcon themeIcon(const QString &themeName, const QString &fallbackSvg, const QPalette &palette);

} // namespace posbridge
