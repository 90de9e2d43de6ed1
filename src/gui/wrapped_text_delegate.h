#pragma once
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QStyledItemDelegate>

class QTreeView;

namespace tcplab {

// Draws a tree's texts word-wrapped to the width of their column and makes each row as tall as
// its wrapped text, so long titles are read in full instead of elided. QTreeView measures rows
// without a width (indexRowSizeHint passes -1), so the standard delegate can only answer one
// line: this one reads the column's width from the view and lays the row out again when a
// column is resized. Texts are laid out once per text, width and font (QStaticText), as in
// CachedTextDelegate, because the window repaints the docks with every frame it shows.
// Texts sit at the top of their row, so a number column lines up with a title's first line.
class WrappedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappedTextDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The width the text of `index` gets: its column (or the whole row when the first column is
    // spanned), less the tree's indentation in the first column and the text margins.
    int textWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    int margin(const QStyleOptionViewItem& option) const;
    const QStaticText& laidOut(const QString& text, const QFont& font, int width) const;

    QTreeView* view_;

    QPointer<QWidget> viewport_;
    struct LaidOut {
        int width = -1;
        QFont font;
        QStaticText text;
    };
    mutable QHash<QString, LaidOut> cache_;
};

} // namespace tcplab
