#include "cached_text_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace tcplab {

namespace {
// Enough for every row a long run's log shows while scrolling; past it the cache starts again.
constexpr qsizetype kMaxCached = 4096;
}

void CachedTextDelegate::drawItemFrame(QPainter* painter, const QStyleOptionViewItem& opt)
{
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            QPalette::Normal, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plain = !opt.text.contains(QLatin1Char('\n')) && !(opt.features & QStyleOptionViewItem::WrapText)
        && !(opt.features & QStyleOptionViewItem::HasDecoration)
        && !(opt.features & QStyleOptionViewItem::HasCheckIndicator);
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index); // icons, check boxes, several lines
        return;
    }
    const QString text = opt.text;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    drawItemFrame(painter, opt);
    if (text.isEmpty())
        return;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    if (cache_.size() > kMaxCached)
        cache_.clear();
    LaidOut& laid = cache_[text];
    if (laid.width != area.width() || laid.font != opt.font) {
        laid.width = area.width();
        laid.font = opt.font;
        laid.text.setText(QFontMetrics(opt.font).elidedText(text, opt.textElideMode, area.width()));
        laid.text.setTextFormat(Qt::PlainText);
        laid.text.prepare(QTransform(), opt.font);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const double top = area.top() + (area.height() - laid.text.size().height()) / 2;
    double left = area.left();
    if (opt.displayAlignment & Qt::AlignRight)
        left = area.right() - laid.text.size().width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        left = area.left() + (area.width() - laid.text.size().width()) / 2;
    painter->setClipRect(area);
    painter->drawStaticText(QPointF(left, top), laid.text);
    painter->restore();
}

} // namespace tcplab
