// The ladder's labels in pages: the settled ones placed a page of the axis at a time, only the
// pages asked for (the part in view, or what a segment in flight passes through), and kept until
// something settles in them. A long run (hundreds of thousands of segments, millions of pixels of
// axis) then costs a frame what its visible part costs, not what the whole run holds.
#include "label_placer.h"
#include "ladder_view.h"
#include "view_theme.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace tcplab {

namespace {
// How far above the settled line a state box entered later can reach (half a box, pushed down
// only): a page whose bottom is farther up than this is final once placed.
constexpr double kLateBoxReachPx = 256;
} // namespace

void LadderView::preparePages(double width) const
{
    const auto key = std::make_tuple(width, ViewTheme::generation(), clears_, restyles_, foreignLane_, fontChanges_);
    if (key != labelPagesKey_) {
        labelPages_.clear();
        labelPagesKey_ = key;
    }
    // A new scale moves every settled arrow: they are filed again under their new pages.
    if (pagedAxisResets_ != axisResets_) {
        pageEntries_.clear();
        labelPages_.clear();
        longSettled_.clear();
        pagedSettled_ = 0;
        pagedAxisResets_ = axisResets_;
    }
    for (; pagedSettled_ < settledOrder_.size(); ++pagedSettled_) {
        const std::size_t i = settledOrder_[pagedSettled_];
        const Entry& e = entries_[i];
        const double y0 = axis_.y(e.sentUs), y1 = axis_.y(e.endUs);
        const std::int64_t page = pageOf((y0 + y1) / 2);
        pageEntries_[page].push_back(i);
        if (std::abs(y1 - y0) > kLabelPagePx)
            longSettled_.push_back(i);
        if (const auto found = labelPages_.find(page); found != labelPages_.end())
            found->second.valid = false;
    }
}

const LadderView::LabelPage& LadderView::labelPage(
    std::int64_t page, double width, std::optional<std::vector<QRectF>>& boxes) const
{
    LabelPage& lp = labelPages_[page];
    const double settledY = axis_.y(settledUs_);
    const double top = std::max(double(page) * kLabelPagePx, kHeaderPx * ViewTheme::current().fontScale);
    const double bottom = double(page + 1) * kLabelPagePx;
    // The settled line moved, and with it what was kept free below it and the state boxes it
    // brings: only pages that reach down near the old line are placed again.
    const bool lineMoved = lp.settledY != settledY && bottom > lp.settledY - kLateBoxReachPx;
    if (lp.valid && !lineMoved)
        return lp;
    lp.labels.clear();
    lp.settledY = settledY;
    lp.valid = true;
    if (bottom <= top)
        return lp;
    LabelPlacer placer;
    placer.setBounds(QRectF(0, top, width, bottom - top));
    if (!boxes)
        boxes = stateBoxes(width);
    for (const QRectF& box : *boxes)
        if (box.bottom() >= top && box.top() <= bottom)
            placer.addObstacle(box);
    // Nothing settled is written where "now" and its label will be from here on.
    placer.addObstacle(QRectF(0, settledY + 1, width, 1e9));
    std::vector<std::size_t> indices = pageEntries_[page];
    std::sort(indices.begin(), indices.end());
    std::vector<const Entry*> which;
    // The others have no label (their hover text tells them): a flood's 100,000 empty labels
    // would be copied on every paint.
    for (std::size_t i : indices)
        if (which.size() < kMaxLabelsTriedPerPage || markerOf(entries_[i]) != Marker::None)
            which.push_back(&entries_[i]);
    placeLabels(which, width, placer, lp.labels);
    return lp;
}

std::vector<LadderView::PlacedLabel> LadderView::settledLabels(double width, const QRectF& visible) const
{
    preparePages(width);
    std::vector<std::int64_t> pages;
    if (visible.isNull()) {
        for (const auto& [page, entries] : pageEntries_)
            pages.push_back(page);
        std::sort(pages.begin(), pages.end());
    } else {
        for (std::int64_t page = pageOf(visible.top()); page <= pageOf(visible.bottom()); ++page)
            if (pageEntries_.count(page))
                pages.push_back(page);
    }
    std::optional<std::vector<QRectF>> boxes; // only if a page is placed again
    std::vector<PlacedLabel> out;
    for (std::int64_t page : pages) {
        const LabelPage& lp = labelPage(page, width, boxes);
        out.insert(out.end(), lp.labels.begin(), lp.labels.end());
    }
    return out;
}

std::vector<std::size_t> LadderView::settledNear(const QRectF& visible) const
{
    // An arrow no longer than a page has its middle within a page of anything it crosses.
    std::vector<std::size_t> near = longSettled_;
    for (std::int64_t page = pageOf(visible.top()) - 1; page <= pageOf(visible.bottom()) + 1; ++page)
        if (const auto found = pageEntries_.find(page); found != pageEntries_.end())
            near.insert(near.end(), found->second.begin(), found->second.end());
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    return near;
}

std::vector<LadderView::PlacedLabel> LadderView::movingLabels(double width) const
{
    preparePages(width);
    const double header = kHeaderPx * ViewTheme::current().fontScale;
    const double nowY = axis_.y(nowUs_);
    std::vector<const Entry*> moving;
    double highest = nowY;
    for (const std::size_t i : inFlight_) {
        const Entry& e = entries_[i];
        moving.push_back(&e);
        highest = std::min(highest, axis_.y(e.sentUs));
    }
    std::vector<PlacedLabel> out;
    if (moving.empty())
        return out;
    // Labels lie along the arrows, between their tails and "now": the bands need start no higher.
    const double top = std::max(header, highest - 4 * metrics().lineHeight);
    LabelPlacer placer;
    placer.setBounds(QRectF(0, top, width, nowY - 1 - top));
    std::optional<std::vector<QRectF>> boxes = stateBoxes(width);
    for (const QRectF& box : *boxes)
        if (box.bottom() >= top)
            placer.addObstacle(box);
    placer.addObstacle(nowLabelBox(width));
    // The settled labels of every page a label of this segment could be put in.
    std::unordered_set<std::int64_t> added;
    const double reach = 2 * metrics().lineHeight;
    std::size_t tried = 0;
    for (const Entry* e : moving) {
        if (tried >= kMaxLabelsTriedPerPage && markerOf(*e) == Marker::None)
            continue; // no label: the hover tells it
        ++tried;
        const Line line = lineOf(*e, width);
        for (double at : kLabelFractions) {
            const double y = line.a.y() + (line.b.y() - line.a.y()) * at;
            for (std::int64_t page = pageOf(y - reach); page <= pageOf(y + reach); ++page) {
                if (!pageEntries_.count(page) || !added.insert(page).second)
                    continue;
                for (const PlacedLabel& l : labelPage(page, width, boxes).labels) {
                    if (l.shown)
                        placer.addObstacle(l.shape);
                    if (!l.markerText.isEmpty())
                        placer.addObstacle(l.markerBox);
                }
            }
        }
        placeLabels({ e }, width, placer, out);
    }
    return out;
}

} // namespace tcplab
