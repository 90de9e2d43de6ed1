// The ladder's painting: what no longer moves is kept in a pixmap, what moves is drawn on it.
#include "event_explainer.h"
#include "ladder_view.h"
#include "view_theme.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tcplab {

QColor LadderView::colourOf(const Entry& e, Qt::PenStyle& style) const
{
    const ViewTheme& t = ViewTheme::current();
    style = Qt::SolidLine;
    if (e.stray)
        return t.stray;
    // Expiry first: a held-back copy that dies of old age must look expired, as the legend says.
    if (e.reason == DropReason::Expired && e.fate != Fate::Arrived) {
        style = Qt::DashDotLine;
        return t.expired;
    }
    if (e.segment.copyOf != 0) {
        style = Qt::DotLine;
        return t.duplicate;
    }
    if (e.endUs - e.sentUs > flightUs() + kUsPerMs / 2) {
        style = Qt::DashLine;
        return t.delayed;
    }
    return e.segment.len > 0 ? t.dataSeg : t.normal;
}

double LadderView::pinnedHeaderHeight() const
{
    return (kHeaderPx - 12) * ViewTheme::current().fontScale;
}

void LadderView::paintEvent(QPaintEvent* event)
{
    const ViewTheme& t = ViewTheme::current();
    // What no longer moves (finished segments, state marks, the legend) is drawn once into a
    // pixmap of the part in view and kept until a trace event arrives, the view scrolls or the
    // theme changes; each frame draws on it only what moves with "now".
    // (A widget rendered while hidden has no visible region: then what it is asked to paint.)
    const QRect visibleRect = visibleRegion().boundingRect();
    const QRect inView = visibleRect.isEmpty() ? event->rect() : visibleRect;
    const CacheKey key { inView, width(), devicePixelRatioF(), ViewTheme::generation(), clears_, axisResets_, restyles_,
        foreignLane_ };
    const std::vector<PlacedLabel> placed = settledLabels(width(), inView);
    // A kept picture takes the new settled changes on top when nothing it holds has moved:
    // the same view, scale and looks, and every label it printed still where it was.
    const bool keep
        = key == cacheKey_ && !cache_.isNull() && cacheLayers_ <= settledChanges_ && labelsKept(cacheLabels_, placed);
    if (!keep || cacheLayers_ != settledChanges_) {
        // Drawn again into the same pixmap when its size is unchanged: a fresh 4K pixmap per
        // event is megabytes of new memory to fault in.
        if (!keep) {
            if (cache_.size() != inView.size() * key.devicePixelRatio)
                cache_ = QPixmap(inView.size() * key.devicePixelRatio);
            cache_.setDevicePixelRatio(key.devicePixelRatio);
            cache_.fill(t.background);
        }
        QPainter cache(&cache_);
        cache.setFont(font());
        cache.translate(-inView.topLeft());
        cache.setRenderHint(QPainter::Antialiasing);
        if (!keep && shown(inView, 0, kHeaderPx * t.fontScale))
            paintHeader(cache, width());
        if (!keep)
            cacheArrows_.clear();
        // Kept: only what settled since can be new on it. Fresh: what lies near the view.
        const std::vector<std::size_t> candidates = keep
            ? std::vector<std::size_t>(settledOrder_.begin() + std::ptrdiff_t(cacheSettled_), settledOrder_.end())
            : settledNear(inView);
        paintSettledLayers(cache, width(), inView, keep ? cacheLayers_ : 0, placed, candidates, cacheArrows_);
        cacheSettled_ = settledOrder_.size();
        cacheKey_ = key;
        cacheLayers_ = settledChanges_;
        cacheLabels_ = placed;
    }
    QPainter p(this);
    p.drawPixmap(inView.topLeft(), cache_);
    // Asked for more than is in view (grab() of a scrolled view): the rest is plain background,
    // as Qt would have cleared it were the view not opaque.
    for (const QRect& rest : QRegion(event->rect()).subtracted(inView))
        p.fillRect(rest, t.background);
    paintMoving(p, width(), event->rect());
    // Scrolled down a long run, the peers' names and the colour legend stay at the top of what
    // is in view (the scroll area repaints the whole view on scrolling, see MainWindow).
    if (inView.top() > 0) {
        const double band = pinnedHeaderHeight();
        p.translate(0, inView.top());
        p.fillRect(QRectF(0, 0, width(), band), t.background);
        p.setRenderHint(QPainter::Antialiasing);
        paintHeader(p, width());
        p.setPen(QPen(t.muted, t.lineWidth));
        p.drawLine(QPointF(0, band), QPointF(width(), band));
    }
}

void LadderView::paintHeader(QPainter& p, double width) const
{
    const ViewTheme& t = ViewTheme::current();
    p.save();
    QFont head = p.font();
    head.setPointSizeF(11 * t.fontScale);
    head.setBold(true);
    p.setFont(head);
    p.setPen(t.text);
    p.drawText(QRectF(xOf(Peer::Client, width) - 90, 4, 180, 24 * t.fontScale), Qt::AlignCenter, tr("Client"));
    p.drawText(QRectF(xOf(Peer::Server, width) - 90, 4, 180, 24 * t.fontScale), Qt::AlignCenter, tr("Server"));
    if (foreignLane_) {
        QFont small = p.font();
        small.setBold(false);
        small.setPointSizeF(8 * t.fontScale);
        p.setFont(small);
        p.setPen(t.muted);
        const double w = std::max(40.0, (xOf(Peer::Client, width) - foreignX(width)) * 0.9);
        p.drawText(QRectF(0, 4, w, 30 * t.fontScale), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
            tr("other addresses"));
        p.setFont(head);
        p.setPen(t.text);
    }
    drawLegend(p, width);
    p.restore();
}

void LadderView::drawLegend(QPainter& p, double width) const
{
    const ViewTheme& t = ViewTheme::current();
    struct Item {
        QString name;
        QColor colour;
        Qt::PenStyle style;
    };
    const Item items[] = {
        { tr("control"), t.normal, Qt::SolidLine },
        { tr("data"), t.dataSeg, Qt::SolidLine },
        { tr("delayed"), t.delayed, Qt::DashLine },
        { tr("duplicate"), t.duplicate, Qt::DotLine },
        { tr("expired (MSL)"), t.expired, Qt::DashDotLine },
        { tr("stray (old incarnation)"), t.stray, Qt::SolidLine },
        { tr("dropped"), t.dropped, Qt::SolidLine },
    };
    QFont f = p.font();
    f.setPointSizeF(8 * t.fontScale);
    p.setFont(f);
    double x = 6, y = 40 * t.fontScale;
    const double row = p.fontMetrics().height() + 2;
    for (const Item& item : items) {
        const double w = p.fontMetrics().horizontalAdvance(item.name) + 34;
        if (x + w > width) {
            x = 6;
            y += row;
        }
        p.setPen(QPen(item.colour, t.lineWidth * 1.5, item.style));
        if (item.colour == t.dropped) {
            p.drawLine(QPointF(x + 4, y - 4), QPointF(x + 14, y + 4));
            p.drawLine(QPointF(x + 4, y + 4), QPointF(x + 14, y - 4));
        } else {
            p.drawLine(QPointF(x, y), QPointF(x + 22, y));
        }
        p.setPen(t.text);
        p.drawText(QPointF(x + 26, y + p.fontMetrics().ascent() / 2.5), item.name);
        x += w;
    }
}

std::size_t LadderView::DrawnArrowHash::operator()(const DrawnArrow& d) const noexcept
{
    std::size_t h = std::hash<double>()(d.ax);
    for (const std::size_t v : { std::hash<double>()(d.ay), std::hash<double>()(d.bx), std::hash<double>()(d.by),
             std::size_t(d.colour), std::size_t(d.style), std::size_t(d.fate) })
        h = h * 1000003u ^ v;
    return h;
}

void LadderView::drawEntry(
    QPainter& p, const Entry& e, double width, const PlacedLabel* label, DrawnArrows* drawn) const
{
    const ViewTheme& t = ViewTheme::current();
    Qt::PenStyle style;
    const QColor colour = colourOf(e, style);
    const Line line = lineOf(e, width);
    if (drawn && bare(e, label)
        && !drawn->insert({ line.a.x(), line.a.y(), line.b.x(), line.b.y(), colour.rgba(), int(style), e.fate }).second)
        return; // the same arrow is on the picture already
    // Flat caps: the raster engine draws such a line directly, while a round cap sends every
    // segment through the general path stroker (that was most of the cost of a ladder redraw).
    p.setPen(QPen(colour, t.lineWidth * (e.fate == Fate::InFlight ? 2.0 : 1.3), style, Qt::FlatCap));
    p.drawLine(line.a, line.b);
    QPointF v = line.b - line.a;
    const double len = std::hypot(v.x(), v.y());
    if (len < 2)
        return;
    v /= len;
    const QPointF n(-v.y(), v.x());
    if (e.fate == Fate::Dropped) {
        const double s = 7 * t.fontScale;
        p.setPen(QPen(t.dropped, t.lineWidth * 2));
        p.drawLine(line.b + QPointF(-s, -s), line.b + QPointF(s, s));
        p.drawLine(line.b + QPointF(-s, s), line.b + QPointF(s, -s));
    } else {
        const double s = 8;
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(QPolygonF { line.b, line.b - v * s + n * s * 0.45, line.b - v * s - n * s * 0.45 });
    }
    drawMarker(p, e, line, label);
    if (!label || !label->shown)
        return;
    p.save();
    p.translate(label->centre);
    p.rotate(label->angleDeg);
    const QFont f = labelFont();
    p.setFont(f);
    p.setPen(colour == t.normal || colour == t.dataSeg ? t.text : colour.darker(t.dark ? 70 : 115));
    const QStaticText& text = labels_.get(label->text, f);
    p.drawStaticText(QPointF(-text.size().width() / 2, -text.size().height() / 2), text);
    p.restore();
}

void LadderView::drawMarker(QPainter& p, const Entry& e, const Line& line, const PlacedLabel* label) const
{
    // Accepted: a filled red-orange diamond; rejected: a hollow square; expired: a grey ring.
    // Shape, colour and word differ, so neither colour vision nor a projector loses it.
    const Marker m = markerOf(e);
    if (m == Marker::None)
        return;
    const ViewTheme& t = ViewTheme::current();
    const double r = markerRadius();
    const QPointF c = line.b;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor colour = m == Marker::StrayAccepted ? t.stray : m == Marker::StrayRejected ? t.normal : t.expired;
    if (m == Marker::StrayAccepted) {
        p.setPen(QPen(t.text, 1.5));
        p.setBrush(colour);
        p.drawPolygon(QPolygonF {
            c + QPointF(0, -r * 1.3), c + QPointF(r * 1.3, 0), c + QPointF(0, r * 1.3), c + QPointF(-r * 1.3, 0) });
    } else if (m == Marker::StrayRejected) {
        p.setPen(QPen(colour, t.lineWidth * 1.5));
        p.setBrush(t.background);
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    } else {
        p.setPen(QPen(colour, t.lineWidth * 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r, r);
    }
    if (label && !label->markerText.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(m == Marker::StrayAccepted ? colour : t.background);
        p.drawRoundedRect(label->markerBox, 3, 3);
        p.setFont(markerFont());
        p.setPen(m == Marker::StrayAccepted ? QColor(Qt::white) : colour.darker(t.dark ? 60 : 130));
        p.drawText(label->markerBox, Qt::AlignCenter, label->markerText);
    }
    p.restore();
}

void LadderView::paintLadder(QPainter& p, double width, const QRectF& visible) const
{
    paintSettled(p, width, visible);
    paintMoving(p, width, visible);
}

bool LadderView::shown(const QRectF& visible, double y0, double y1)
{
    // Labels and boxes reach this far beyond the line or instant they belong to.
    const double reach = 40 * ViewTheme::current().fontScale;
    return visible.isNull()
        || (std::max(y0, y1) + reach >= visible.top() && std::min(y0, y1) - reach <= visible.bottom());
}

void LadderView::drawLifelines(QPainter& p, double width, double fromY, double toY) const
{
    const ViewTheme& t = ViewTheme::current();
    p.setPen(QPen(t.text, t.lineWidth * 1.5));
    for (Peer peer : { Peer::Client, Peer::Server })
        p.drawLine(QPointF(xOf(peer, width), fromY), QPointF(xOf(peer, width), toY));
    if (foreignLane_) {
        // Addresses that are neither peer (spoofed sources, a NAT's other clients): no host
        // answers there, so the lane is dotted.
        p.setPen(QPen(t.muted, t.lineWidth, Qt::DotLine));
        p.drawLine(QPointF(foreignX(width), fromY), QPointF(foreignX(width), toY));
    }
}

void LadderView::drawBreaks(QPainter& p, double width, const QRectF& visible) const
{
    // The idle breaks still open: they grow with now (the closed ones are settled).
    for (const TimeAxis::Break& b : axis_.breaks())
        if (b.fromUs < nowUs_ && b.toUs > settledUs_)
            drawBreak(p, width, visible, b);
}

void LadderView::drawBreak(QPainter& p, double width, const QRectF& visible, const TimeAxis::Break& b) const
{
    const ViewTheme& t = ViewTheme::current();
    const double y = (axis_.y(b.fromUs) + axis_.y(std::min(b.toUs, nowUs_))) / 2;
    if (!shown(visible, y, y))
        return;
    p.save();
    p.setFont(labelFont());
    p.setPen(QPen(t.muted, t.lineWidth));
    for (Peer peer : { Peer::Client, Peer::Server }) {
        const double x = xOf(peer, width);
        p.fillRect(QRectF(x - 8, y - 6, 16, 12), t.background);
        p.drawLine(QPointF(x - 8, y - 2), QPointF(x + 8, y - 6));
        p.drawLine(QPointF(x - 8, y + 6), QPointF(x + 8, y + 2));
    }
    // Between the lifelines, clear of their break marks.
    const double left = xOf(Peer::Client, width) + 10, right = xOf(Peer::Server, width) - 10;
    // Narrow ladders get a shorter sentence, never an elided one: "… 4…e …" reads as nothing.
    const QString length = EventExplainer::formatTime(std::min(b.toUs, nowUs_) - b.fromUs);
    for (const QString& text : { tr("… %1 idle …").arg(length), tr("%1 idle").arg(length), length }) {
        if (p.fontMetrics().horizontalAdvance(text) <= right - left) {
            p.drawText(QRectF(left, y - 10, right - left, 20), Qt::AlignCenter, text);
            break;
        }
    }
    p.restore();
}

void LadderView::paintMoving(QPainter& p, double width, const QRectF& visible) const
{
    const ViewTheme& t = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double bottom = axis_.y(nowUs_);
    drawLifelines(p, width, settledLineY(), bottom);
    drawBreaks(p, width, visible);

    const std::vector<PlacedLabel> placed = movingLabels(width);
    // Each segment's label by id, the last placed winning (a flood has 100,000 in flight: a
    // search of the labels for each would make one paint take seconds).
    LabelIndex labelOf;
    labelOf.reserve(placed.size());
    for (const PlacedLabel& l : placed)
        labelOf[l.id] = &l;
    DrawnArrows drawn;
    const Entry* lastBare = nullptr; // the last bare arrow looked at: drawn, or out of view
    for (const std::size_t i : inFlight_)
        drawUnlessRepeated(p, entries_[i], width, visible, labelOf, lastBare, drawn);

    // The segment whose detail is shown: a wide translucent halo along its arrow.
    if (const auto found = byId_.find(selected_); found != byId_.end()) {
        const Line line = lineOf(entries_[found->second], width);
        QColor halo = t.glow;
        halo.setAlpha(110);
        p.setPen(QPen(halo, t.lineWidth * 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(line.a, line.b);
    }

    if (divergenceUs_ >= 0 && divergenceUs_ <= nowUs_) {
        // Compare mode: the instant the two runs' traces first differ.
        const double y = axis_.y(divergenceUs_);
        p.setPen(QPen(t.dropped, t.lineWidth * 1.5, Qt::DashDotLine));
        p.drawLine(QPointF(0, y), QPointF(width, y));
        const QString text = tr("the two runs differ from here (%1)").arg(EventExplainer::formatTime(divergenceUs_));
        p.setFont(labelFont());
        const double w = p.fontMetrics().horizontalAdvance(text) + 8;
        const QRectF box(width - w - 2, y - p.fontMetrics().height() - 3, w, p.fontMetrics().height() + 2);
        p.fillRect(box, t.background);
        p.setPen(t.dropped);
        p.drawText(box, Qt::AlignCenter, text);
    }

    p.setPen(QPen(t.glow, t.lineWidth, Qt::DashLine));
    p.drawLine(QPointF(0, bottom), QPointF(width, bottom));
    p.setPen(t.text);
    // Between the lifelines, where no state box is written.
    const QRectF nowBox = nowLabelBox(width);
    p.setFont(labelFont());
    p.drawText(nowBox, Qt::AlignCenter, tr("now: %1").arg(EventExplainer::formatTime(nowUs_)));
    p.restore();
}

} // namespace tcplab
