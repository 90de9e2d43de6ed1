#include "time_axis.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

void TimeAxis::reset(double pxPerMs, TimeUs maxLinearGapUs, double logGrowth, double top)
{
    fixedTs_.clear();
    fixedYs_.clear();
    fixedBreaks_.clear();
    tailTs_.clear();
    tailYs_.clear();
    tailBreaks_.clear();
    pxPerUs_ = pxPerMs / 1000.0;
    maxLinearGapUs_ = std::max<TimeUs>(1, maxLinearGapUs);
    logGrowth_ = logGrowth;
    top_ = top;
}

double TimeAxis::advance(double y, TimeUs gap) const
{
    if (gap > maxLinearGapUs_) {
        const double linearPx = double(maxLinearGapUs_) * pxPerUs_;
        return y + linearPx * (1.0 + logGrowth_ * std::log(double(gap) / double(maxLinearGapUs_)));
    }
    return y + double(gap) * pxPerUs_;
}

void TimeAxis::appendFixed(TimeUs t)
{
    if (!fixedTs_.empty() && t <= fixedTs_.back())
        return;
    if (fixedTs_.empty()) {
        fixedTs_.push_back(t);
        fixedYs_.push_back(top_);
        return;
    }
    const TimeUs gap = t - fixedTs_.back();
    if (gap > maxLinearGapUs_)
        fixedBreaks_.push_back({ fixedTs_.back(), t, fixedYs_.back() });
    fixedYs_.push_back(advance(fixedYs_.back(), gap));
    fixedTs_.push_back(t);
}

void TimeAxis::setTail(std::vector<TimeUs> tail)
{
    std::sort(tail.begin(), tail.end());
    tail.erase(std::unique(tail.begin(), tail.end()), tail.end());
    tailTs_.clear();
    tailYs_.clear();
    tailBreaks_.clear();
    TimeUs lastT = fixedTs_.empty() ? 0 : fixedTs_.back();
    double lastY = fixedYs_.empty() ? top_ : fixedYs_.back();
    bool any = !fixedTs_.empty();
    for (TimeUs t : tail) {
        if (any && t <= lastT)
            continue;
        if (!any) {
            tailTs_.push_back(t);
            tailYs_.push_back(top_);
            lastT = t;
            lastY = top_;
            any = true;
            continue;
        }
        const TimeUs gap = t - lastT;
        if (gap > maxLinearGapUs_)
            tailBreaks_.push_back({ lastT, t, lastY });
        lastY = advance(lastY, gap);
        lastT = t;
        tailTs_.push_back(t);
        tailYs_.push_back(lastY);
    }
}

double TimeAxis::y(TimeUs t) const
{
    // The two parts read as one sorted list of (instant, y).
    const std::size_t n = fixedTs_.size() + tailTs_.size();
    if (n == 0)
        return top_;
    auto tAt = [&](std::size_t i) { return i < fixedTs_.size() ? fixedTs_[i] : tailTs_[i - fixedTs_.size()]; };
    auto yAt = [&](std::size_t i) { return i < fixedYs_.size() ? fixedYs_[i] : tailYs_[i - fixedYs_.size()]; };
    if (t <= tAt(0))
        return yAt(0) - double(tAt(0) - t) * pxPerUs_;
    if (t >= tAt(n - 1))
        return yAt(n - 1) + double(t - tAt(n - 1)) * pxPerUs_;
    std::size_t i;
    if (!tailTs_.empty() && t >= tailTs_.front()) {
        i = fixedTs_.size() + std::size_t(std::upper_bound(tailTs_.begin(), tailTs_.end(), t) - tailTs_.begin());
    } else if (!fixedTs_.empty() && t < fixedTs_.back()) {
        i = std::size_t(std::upper_bound(fixedTs_.begin(), fixedTs_.end(), t) - fixedTs_.begin());
    } else {
        i = fixedTs_.size(); // between the last fixed instant and the first of the tail
    }
    const double f = double(t - tAt(i - 1)) / double(tAt(i) - tAt(i - 1));
    return yAt(i - 1) + f * (yAt(i) - yAt(i - 1));
}

double TimeAxis::height() const
{
    if (!tailYs_.empty())
        return tailYs_.back();
    return fixedYs_.empty() ? top_ : fixedYs_.back();
}

std::vector<TimeAxis::Break> TimeAxis::breaks() const
{
    std::vector<Break> all = fixedBreaks_;
    all.insert(all.end(), tailBreaks_.begin(), tailBreaks_.end());
    return all;
}

} // namespace tcplab
