#include "wrapped_text_delegate.h"

#include "cached_text_delegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QResizeEvent>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr int kVerticalMargin = 3; // px above and below the text: wrapped rows stay apart
constexpr qsizetype kMaxCached = 1024;
} // namespace

WrappedTextDelegate::WrappedTextDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , view_(view)
{
    // A narrower column wraps into more lines: every row's height is asked again (the view
    // lays its items out on its next turn of the event loop, or at once when asked where an
    // item is).
    connect(view->header(), &QHeaderView::sectionResized, this, [this] { Q_EMIT sizeHintChanged(QModelIndex()); });
    // A spanned row follows the viewport, whose width can change while no section does (a
    // column held at its minimum size).
    viewport_ = view->viewport();
    viewport_->installEventFilter(this);
}

bool WrappedTextDelegate::eventFilter(QObject* watched, QEvent* event)
{
    // Compared with the viewport remembered at construction: while the view is being destroyed
    // its scroll-area part is gone, and asking it for its viewport would be undefined.
    if (watched != viewport_.data())
        return QStyledItemDelegate::eventFilter(watched, event); // an editor's events
    if (event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            Q_EMIT sizeHintChanged(QModelIndex());
    }
    return false;
}

int WrappedTextDelegate::margin(const QStyleOptionViewItem& option) const
{
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

int WrappedTextDelegate::textWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    int width = view_->isFirstColumnSpanned(index.row(), index.parent()) ? view_->viewport()->width()
                                                                         : view_->columnWidth(index.column());
    if (index.column() == 0) {
        int depth = view_->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= depth * view_->indentation();
    }
    return std::max(1, width - 2 * margin(option));
}

const QStaticText& WrappedTextDelegate::laidOut(const QString& text, const QFont& font, int width) const
{
    if (cache_.size() > kMaxCached)
        cache_.clear();
    LaidOut& laid = cache_[text];
    if (laid.width != width || laid.font != font) {
        laid.width = width;
        laid.font = font;
        laid.text.setText(text);
        laid.text.setTextFormat(Qt::PlainText);
        laid.text.setTextWidth(width);
        // A word longer than the column (an identifier such as tcp_fin_timeout) breaks anywhere
        // rather than running out of sight.
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        laid.text.setTextOption(wrap);
        laid.text.prepare(QTransform(), font);
    }
    return laid.text;
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(opt, index);
    const int lineHeight = QFontMetrics(opt.font).height();
    const int textHeight
        = opt.text.isEmpty() ? lineHeight : int(std::ceil(laidOut(opt.text, opt.font, width).size().height()));
    return { width + 2 * margin(opt), std::max(lineHeight, textHeight) + 2 * kVerticalMargin };
}

void WrappedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    CachedTextDelegate::drawItemFrame(painter, opt);
    if (opt.text.isEmpty())
        return;
    const int m = margin(opt);
    const QRect area = opt.rect.adjusted(m, kVerticalMargin, -m, -kVerticalMargin);
    const QStaticText& text = laidOut(opt.text, opt.font, area.width());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(opt.rect);
    painter->drawStaticText(area.topLeft(), text);
    painter->restore();
}

} // namespace tcplab
