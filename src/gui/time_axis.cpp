#include "time_axis.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

void TimeAxis::build(std::vector<TimeUs> instants, double pxPerMs, TimeUs maxLinearGapUs, double logGrowth, double top)
{
    std::sort(instants.begin(), instants.end());
    instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
    ts_.clear();
    ys_.clear();
    breaks_.clear();
    top_ = top;
    pxPerUs_ = pxPerMs / 1000.0;
    double y = top;
    for (std::size_t i = 0; i < instants.size(); ++i) {
        if (i > 0) {
            const TimeUs gap = instants[i] - instants[i - 1];
            if (gap > maxLinearGapUs) {
                breaks_.push_back({ instants[i - 1], instants[i], y });
                const double linearPx = double(maxLinearGapUs) * pxPerUs_;
                y += linearPx * (1.0 + logGrowth * std::log(double(gap) / double(maxLinearGapUs)));
            } else {
                y += double(gap) * pxPerUs_;
            }
        }
        ts_.push_back(instants[i]);
        ys_.push_back(y);
    }
}

double TimeAxis::y(TimeUs t) const
{
    if (ts_.empty())
        return top_;
    if (t <= ts_.front())
        return ys_.front() - double(ts_.front() - t) * pxPerUs_;
    if (t >= ts_.back())
        return ys_.back() + double(t - ts_.back()) * pxPerUs_;
    const auto it = std::upper_bound(ts_.begin(), ts_.end(), t);
    const std::size_t i = std::size_t(it - ts_.begin());
    const double f = double(t - ts_[i - 1]) / double(ts_[i] - ts_[i - 1]);
    return ys_[i - 1] + f * (ys_[i] - ys_[i - 1]);
}

} // namespace tcplab
