#pragma once
#include <QObject>
#include <QPixmap>
#include <QRegion>

#include <functional>

class QPainter;
class QWidget;

namespace tcplab {

// Keeps what a style draws for a Qt widget itself (not its children) in a pixmap while what it
// shows is unchanged, and copies the pixmap out rectangle by rectangle.
// Why: at 4K the style's scroll bars and the tab frame were a fifth of a whole-window frame. The
// style fills them with gradients and tall one-pixel lines, and the tab frame's paint region is
// the pane minus the opaque views (dozens of rectangles): the raster engine then draws in spans,
// handed in batches of 64 rows to Qt's thread pool, whose dispatch cost more than the pixels.
// A copy per rectangle of the region, each clipped to that rectangle, takes the engine's plain
// rectangle path. The picture is the same pixels: the style draws, as the widget's own
// paintEvent would, into a transparent pixmap composed where the widget would have drawn
// (test_chrome_paint_cache compares with the widget drawing itself).
// Only the parts of the pixmap that hold a drawn pixel are copied (tiles of 16 pixels), and the
// tiles whose pixels are all opaque (Fusion fills the tab pane) are copied from a copy without
// alpha, a plain copy of rows instead of a blend that reads the alpha of every pixel. Both are
// the same picture: composing a transparent pixel leaves what is under it as it was, and an
// opaque one replaces it.
class ChromePaintCache : public QObject {
public:
    struct Look {
        // What the widget's look depends on besides its size, scale, palette, font, style and
        // enabled/active state.
        std::function<QByteArray()> key;
        // False while the look depends on what is not in the key (hover, a press): then the
        // widget paints itself as usual.
        std::function<bool()> cacheable;
        // Draws what the widget's paintEvent draws, with `painter` set up as on the widget.
        std::function<void(QPainter&)> draw;
    };
    ChromePaintCache(QWidget& widget, Look look);

    // Where the kept picture holds pixels, in widget coordinates.
    struct Tiles {
        QRegion opaque; // every pixel opaque
        QRegion partial; // some pixel neither opaque nor transparent, or both kinds
    };

    // Scroll bars and tab widgets' frames under `root` (those that exist now).
    static void install(QWidget& root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QByteArray fullKey() const;
    void redraw(const QByteArray& key);

    QWidget& widget_;
    Look look_;
    QPixmap cache_;
    Tiles tiles_;
    QPixmap opaqueCache_; // cache_ without alpha, where tiles_.opaque is copied from
    QByteArray cacheKey_;
};

} // namespace tcplab
