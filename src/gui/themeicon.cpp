#include "gui/themeicon.h"

#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace posbridge {

namespace {

// 16 px at device pixel ratios 1 to 3, and 24 px for styles with larger small icons.
constexpr int RENDER_SIZES[] = {16, 24, 32, 48};

QPixmap renderMask(QSvgRenderer &renderer, int size, const QColor &colour)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    // Keep the SVG's shape and replace its colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    return QPixmap::fromImage(image);
}

} // namespace

QIcon themeIcon(const QString &themeName, const QString &fallbackSvg, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);

    QSvgRenderer renderer(fallbackSvg);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int size : RENDER_SIZES) {
        icon.addPixmap(renderMask(renderer, size, palette.color(QPalette::Active, QPalette::Text)), QIcon::Normal);
        icon.addPixmap(renderMask(renderer, size, palette.color(QPalette::Disabled, QPalette::Text)), QIcon::Disabled);
    }
    return icon;
}

} // namespace posbridge
