// The ladder's settled picture: the layers of what no longer moves, drawn once each and kept
// (ladder_view_paint.cpp draws what still moves on top).
#include "event_explainer.h"
#include "ladder_view.h"
#include "view_theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tcplab {

bool LadderView::labelsKept(const std::vector<PlacedLabel>& before, const std::vector<PlacedLabel>& now)
{
    // Both lists are in the order of the entries; `now` may hold more (newly settled) ones.
    std::size_t j = 0;
    for (const PlacedLabel& old : before) {
        while (j < now.size() && now[j].id != old.id)
            ++j;
        if (j == now.size())
            return false;
        const PlacedLabel& n = now[j++];
        if (n.shown != old.shown || n.text != old.text || n.shape != old.shape || n.centre != old.centre
            || n.angleDeg != old.angleDeg || n.markerText != old.markerText || n.markerBox != old.markerBox)
            return false;
    }
    return true;
}

bool LadderView::sameArrow(const Entry& a, const Entry& b)
{
    // Everything lineOf() and colourOf() read (now and the flight scale are the same within
    // one paint), and what makes a marker.
    return a.from == b.from && a.foreign == b.foreign && a.sentUs == b.sentUs && a.endUs == b.endUs && a.fate == b.fate
        && a.reason == b.reason && a.stray == b.stray && a.strayAccepted == b.strayAccepted && a.doomed == b.doomed
        && (a.segment.copyOf != 0) == (b.segment.copyOf != 0) && (a.segment.len > 0) == (b.segment.len > 0);
}

bool LadderView::bare(const Entry& e, const PlacedLabel* label)
{
    return (!label || (!label->shown && label->markerText.isEmpty())) && markerOf(e) == Marker::None;
}

void LadderView::drawUnlessRepeated(QPainter& p, const Entry& e, double width, const QRectF& visible,
    const LabelIndex& labelOf, const Entry*& lastBare, DrawnArrows& drawn) const
{
    const auto found = labelOf.find(e.id);
    const PlacedLabel* label = found == labelOf.end() ? nullptr : found->second;
    if (bare(e, label)) {
        if (lastBare && sameArrow(*lastBare, e))
            return;
        lastBare = &e;
    }
    if (shown(visible, axis_.y(e.sentUs), axis_.y(e.endUs)))
        drawEntry(p, e, width, label, &drawn);
}

double LadderView::settledLineY() const
{
    return layerTopY(layerUs_.size());
}

double LadderView::layerTopY(std::size_t layer) const
{
    // Layer k's piece of lifeline runs from the end of layer k-1 to its own instant, on whole
    // pixel rows: pieces drawn one after the other then meet without a seam.
    if (layer <= 1)
        return std::round(kHeaderPx * ViewTheme::current().fontScale - 6);
    return std::round(axis_.y(layerUs_[std::min(layer, layerUs_.size()) - 1]));
}

void LadderView::paintSettled(QPainter& p, double width, const QRectF& visible) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (shown(visible, 0, kHeaderPx * ViewTheme::current().fontScale))
        paintHeader(p, width);
    DrawnArrows drawn;
    const std::vector<PlacedLabel> placed = settledLabels(width, visible);
    paintSettledLayers(p, width, visible, 0, placed, visible.isNull() ? settledOrder_ : settledNear(visible), drawn);
    p.restore();
}

void LadderView::paintSettledLayers(QPainter& p, double width, const QRectF& visible, std::size_t fromLayer,
    const std::vector<PlacedLabel>& placed, const std::vector<std::size_t>& candidates, DrawnArrows& drawn) const
{
    const ViewTheme& t = ViewTheme::current();
    p.save();
    // The segments settled after `fromLayer`, by layer and then in the entries' order.
    std::vector<std::pair<std::size_t, std::size_t>> order; // (layer, index into entries_)
    for (const std::size_t i : candidates)
        if (entries_[i].fate != Fate::InFlight && entries_[i].settledAt > fromLayer)
            order.emplace_back(entries_[i].settledAt, i);
    std::sort(order.begin(), order.end());
    LabelIndex labelOf;
    for (const PlacedLabel& l : placed)
        labelOf.emplace(l.id, &l);
    const QFont font = labelFont();
    const QFontMetricsF fm(font);
    const std::vector<QRectF> boxes = markBoxes(width, fm);
    const std::size_t layers = layerUs_.size();
    // The layer each closed idle break is drawn with: the one whose instant ends it.
    const std::vector<TimeAxis::Break> breaks = axis_.breaks();
    std::vector<std::pair<std::size_t, const TimeAxis::Break*>> breakAt;
    for (const TimeAxis::Break& b : breaks) {
        const auto k = std::size_t(std::lower_bound(layerUs_.begin(), layerUs_.end(), b.toUs) - layerUs_.begin());
        if (k > fromLayer && k < layers)
            breakAt.emplace_back(k, &b);
    }
    std::stable_sort(breakAt.begin(), breakAt.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // The layers whose piece of lifeline is in view, [shownFrom, shownTo): a long run has
    // hundreds of thousands of layers, and a paint visits only those that draw something.
    const auto firstLayer = [](std::size_t lo, std::size_t hi, const auto& reached) {
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (reached(mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    };
    std::size_t shownFrom = fromLayer + 1, shownTo = layers;
    if (!visible.isNull()) {
        // The first piece whose bottom reaches the view, and the first whose top is below it.
        const auto reachesView = [&](std::size_t k) {
            const double bottom = layerTopY(k + 1);
            return shown(visible, bottom, bottom) || bottom > visible.bottom();
        };
        const auto belowView = [&](std::size_t k) {
            const double top = layerTopY(k);
            return !shown(visible, top, top) && top > visible.bottom();
        };
        shownFrom = firstLayer(shownFrom, layers, reachesView);
        shownTo = std::max(shownFrom, firstLayer(shownFrom, layers, belowView));
    }
    auto lifelines = [&](std::size_t from, std::size_t to) { // the pieces of layers [from, to)
        from = std::max(from, shownFrom);
        to = std::min(to, shownTo);
        if (from >= to)
            return;
        const double top = layerTopY(from), bottom = layerTopY(to);
        if (bottom > top)
            drawLifelines(p, width, top, bottom);
    };
    std::size_t nextEntry = 0;
    std::size_t nextMark = 0;
    std::size_t nextBreak = 0;
    const Entry* lastBare = nullptr; // within this paint only: the flight scale may change between

    while (nextMark < marks_.size() && marks_[nextMark].layer <= fromLayer)
        ++nextMark;
    for (std::size_t layer = fromLayer + 1; layer < layers; ++layer) {
        // The next layer that draws more than its piece of lifeline; the pieces before it are
        // one line (they meet on whole pixel rows, layerTopY).
        std::size_t busy = layers;
        if (nextEntry < order.size())
            busy = std::min(busy, order[nextEntry].first);
        if (nextMark < marks_.size())
            busy = std::min(busy, marks_[nextMark].layer);
        if (nextBreak < breakAt.size())
            busy = std::min(busy, breakAt[nextBreak].first);
        lifelines(layer, busy);
        if (busy >= layers)
            break;
        layer = busy;
        lifelines(layer, layer + 1);
        for (; nextBreak < breakAt.size() && breakAt[nextBreak].first == layer; ++nextBreak)
            drawBreak(p, width, visible, *breakAt[nextBreak].second);
        for (; nextEntry < order.size() && order[nextEntry].first == layer; ++nextEntry)
            drawUnlessRepeated(p, entries_[order[nextEntry].second], width, visible, labelOf, lastBare, drawn);
        // The states entered, written on the lifelines.
        if (nextMark < marks_.size() && marks_[nextMark].layer == layer)
            p.setFont(font);
        for (; nextMark < marks_.size() && marks_[nextMark].layer == layer; ++nextMark) {
            const StateMark& m = marks_[nextMark];
            const QRectF& box = boxes[nextMark];
            if (!shown(visible, box.top(), box.bottom()))
                continue;
            p.setPen(QPen(t.lit, t.lineWidth));
            p.setBrush(t.visited);
            p.drawRoundedRect(box, 4, 4);
            p.setPen(t.text);
            p.drawText(box, Qt::AlignCenter,
                QStringLiteral("%1\n%2").arg(
                    QString::fromLatin1(stateName(m.to).data()), EventExplainer::formatTime(m.t_us)));
        }
    }
    p.restore();
}

} // namespace tcplab
