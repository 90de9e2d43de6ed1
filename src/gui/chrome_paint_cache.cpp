#include "chrome_paint_cache.h"

#include <QApplication>
#include <QDataStream>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace tcplab {

namespace {

// The widgets' own initStyleOption() is protected; a pointer to it taken through a subclass
// calls it on any instance.
struct ScrollBarAccess : QScrollBar {
    using QScrollBar::initStyleOption;
};
struct TabWidgetAccess : QTabWidget {
    using QTabWidget::initStyleOption;
};

constexpr int kInkTile = 16; // device pixels

// Where `image` (premultiplied: a transparent pixel is 0) holds pixels, in tiles, in the
// coordinates of a widget drawn at `ratio`: the tiles all opaque, and those partly drawn.
ChromePaintCache::Tiles classifyTiles(const QImage& image, qreal ratio)
{
    // An opaque tile is copied from a copy without alpha; that needs tiles whose edges fall on
    // whole widget pixels, so that no pixel is in both regions (composed twice).
    const bool splitOpaque = std::fmod(kInkTile / ratio, 1.0) == 0.0;
    enum Kind : char { Empty, Opaque, Partial };
    ChromePaintCache::Tiles tiles;
    for (int top = 0; top < image.height(); top += kInkTile) {
        const int bottom = std::min(image.height(), top + kInkTile);
        const std::size_t columns = std::size_t((image.width() + kInkTile - 1) / kInkTile);
        std::vector<bool> inked(columns, false), allOpaque(columns, true);
        for (int y = top; y < bottom; ++y) {
            const auto* row = reinterpret_cast<const quint32*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const std::size_t column = std::size_t(x / kInkTile);
                if (row[x] != 0)
                    inked[column] = true;
                if (qAlpha(row[x]) != 255)
                    allOpaque[column] = false;
            }
        }
        std::vector<Kind> kind(columns, Empty);
        for (std::size_t i = 0; i < columns; ++i)
            kind[i] = !inked[i] ? Empty : (allOpaque[i] && splitOpaque) ? Opaque : Partial;
        QRegion opaqueBand, partialBand;
        for (std::size_t i = 0; i < columns; ++i) {
            if (kind[i] == Empty)
                continue;
            std::size_t end = i;
            while (end + 1 < columns && kind[end + 1] == kind[i])
                ++end;
            const QRectF device(QPointF(qreal(i) * kInkTile, top),
                QPointF(std::min<qreal>(image.width(), qreal(end + 1) * kInkTile), bottom));
            const QRect logical = QRectF(device.topLeft() / ratio, device.size() / ratio).toAlignedRect();
            (kind[i] == Opaque ? opaqueBand : partialBand) += logical;
            i = end;
        }
        tiles.opaque += opaqueBand;
        tiles.partial += partialBand;
    }
    return tiles;
}

template <typename... T> QByteArray keyOf(const T&... values)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    (s << ... << values);
    return out;
}

QStyleOptionSlider scrollBarOption(const QScrollBar& bar)
{
    // As QScrollBar::paintEvent (Qt 6): all parts, none lit (the cache is not used while the
    // mouse is over the bar or a button is down, when one would be).
    QStyleOptionSlider opt;
    (bar.*&ScrollBarAccess::initStyleOption)(&opt);
    opt.subControls = QStyle::SC_All;
    opt.activeSubControls = QStyle::SC_None;
    return opt;
}

QStyleOptionTabWidgetFrame tabFrameOption(const QTabWidget& tabs)
{
    // As QTabWidget::paintEvent (Qt 6): the frame of the pane, where the layout put it.
    QStyleOptionTabWidgetFrame opt;
    (tabs.*&TabWidgetAccess::initStyleOption)(&opt);
    opt.rect = tabs.style()->subElementRect(QStyle::SE_TabWidgetTabPane, &opt, &tabs);
    return opt;
}

} // namespace

ChromePaintCache::ChromePaintCache(QWidget& widget, Look look)
    : QObject(&widget)
    , widget_(widget)
    , look_(std::move(look))
{
    widget.installEventFilter(this);
}

QByteArray ChromePaintCache::fullKey() const
{
    return keyOf(widget_.size(), widget_.devicePixelRatioF(), widget_.palette().cacheKey(), widget_.font().key(),
               quintptr(widget_.style()), widget_.isEnabled(), widget_.isActiveWindow(), widget_.hasFocus(),
               int(widget_.layoutDirection()))
        + look_.key();
}

bool ChromePaintCache::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != &widget_ || event->type() != QEvent::Paint || !look_.cacheable())
        return QObject::eventFilter(watched, event);
    const QByteArray key = fullKey();
    if (cache_.isNull() || key != cacheKey_)
        redraw(key);
    QPainter p(&widget_);
    const qreal ratio = cache_.devicePixelRatio();
    const QRegion& region = static_cast<QPaintEvent*>(event)->region();
    // Opaque tiles from the copy without alpha (a plain copy of rows), the others composed.
    for (const auto& [pixmap, tiles] : { std::pair { &opaqueCache_, &tiles_.opaque }, { &cache_, &tiles_.partial } })
        for (const QRect& r : region&* tiles) {
            p.setClipRect(r);
            p.drawPixmap(r.topLeft(), *pixmap, QRectF(QPointF(r.topLeft()) * ratio, QSizeF(r.size()) * ratio));
        }
    return true;
}

void ChromePaintCache::redraw(const QByteArray& key)
{
    const qreal ratio = widget_.devicePixelRatioF();
    QImage image(widget_.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    // What QPainter takes from a widget it begins on.
    painter.setFont(widget_.font());
    painter.setPen(widget_.palette().color(widget_.foregroundRole()));
    painter.setBackground(widget_.palette().brush(widget_.backgroundRole()));
    painter.setLayoutDirection(widget_.layoutDirection());
    look_.draw(painter);
    painter.end();
    tiles_ = classifyTiles(image, ratio);
    // Where every pixel is opaque, dropping the alpha channel keeps the same colours.
    opaqueCache_
        = tiles_.opaque.isEmpty() ? QPixmap() : QPixmap::fromImage(image.convertToFormat(QImage::Format_RGB32));
    cache_ = QPixmap::fromImage(std::move(image));
    cacheKey_ = key;
}

void ChromePaintCache::install(QWidget& root)
{
    for (QScrollBar* bar : root.findChildren<QScrollBar*>()) {
        new ChromePaintCache(*bar,
            { [bar] {
                 const QStyleOptionSlider o = scrollBarOption(*bar);
                 return keyOf(o.minimum, o.maximum, o.sliderPosition, o.sliderValue, o.pageStep, o.singleStep,
                     int(o.orientation), o.upsideDown, int(o.state), o.rect);
             },
                // Hovered or pressed, the style lights the part under the mouse.
                [bar] { return !bar->underMouse() && !bar->isSliderDown() && QApplication::mouseButtons() == 0; },
                // The groove (a gradient the height of the bar) is kept on its own as well: a
                // scroll draws only the handle and the arrows over it, in the style's order.
                [bar, groove = std::make_shared<std::pair<QPixmap, QByteArray>>()](QPainter& p) {
                    QStyleOptionSlider o = scrollBarOption(*bar);
                    const QByteArray key = keyOf(int(o.orientation), int(o.state), o.rect,
                        p.device()->devicePixelRatioF(), bar->palette().cacheKey(), quintptr(bar->style()));
                    if (groove->first.isNull() || groove->second != key) {
                        QImage blank(
                            bar->size() * p.device()->devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
                        blank.setDevicePixelRatio(p.device()->devicePixelRatioF());
                        blank.fill(Qt::transparent);
                        QPainter g(&blank);
                        g.setFont(p.font());
                        g.setPen(p.pen());
                        g.setBackground(p.background());
                        o.subControls = QStyle::SC_ScrollBarGroove;
                        bar->style()->drawComplexControl(QStyle::CC_ScrollBar, &o, &g, bar);
                        g.end();
                        *groove = { QPixmap::fromImage(blank), key };
                    }
                    p.drawPixmap(0, 0, groove->first);
                    o.subControls
                        = QStyle::SubControls(QStyle::SC_All) & ~QStyle::SubControls(QStyle::SC_ScrollBarGroove);
                    bar->style()->drawComplexControl(QStyle::CC_ScrollBar, &o, &p, bar);
                } });
    }
    for (QTabWidget* tabs : root.findChildren<QTabWidget*>()) {
        new ChromePaintCache(*tabs,
            { [tabs] {
                 const QStyleOptionTabWidgetFrame o = tabFrameOption(*tabs);
                 return keyOf(o.rect, o.tabBarRect, o.selectedTabRect, o.tabBarSize, o.leftCornerWidgetSize,
                     o.rightCornerWidgetSize, int(o.shape), o.lineWidth, o.midLineWidth, int(o.state));
             },
                // In document mode the widget draws no frame but a tab bar base (not copied here).
                [tabs] { return !tabs->documentMode(); },
                [tabs](QPainter& p) {
                    const QStyleOptionTabWidgetFrame o = tabFrameOption(*tabs);
                    tabs->style()->drawPrimitive(QStyle::PE_FrameTabWidget, &o, &p, tabs);
                } });
    }
}

} // namespace tcplab
