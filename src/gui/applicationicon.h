#pragma once

#include <QIcon>

namespace posbridge {

/**
 * @brief Builds the POS Bridge icon from its PNG renders in every size of the hicolor theme.
 *
 * QIcon picks the render that fits each requested size and scale factor, so small icons stay
 * sharp instead of being scaled down from one large image.
 */
QIcon applicationIcon();

} // namespace posbridge
