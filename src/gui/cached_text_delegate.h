#pragma once
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace tcplab {

// Draws an item view's one-line texts from laid-out copies (QStaticText). The standard delegate
// shapes and elides every visible text again on every paint, which made the scenario list and
// the event log most of the cost of a frame; their texts rarely change, so they are laid out once
// per text, width and font.
class CachedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The item's background and selection, then its focus frame: what the style's item drawing
    // does for a text-only item, without laying the text out (WrappedTextDelegate shares it).
    static void drawItemFrame(QPainter* painter, const QStyleOptionViewItem& opt);

private:
    struct LaidOut {
        int width = -1;
        QFont font;
        QStaticText text;
    };
    mutable QHash<QString, LaidOut> cache_;
};

} // namespace tcplab
