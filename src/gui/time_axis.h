#pragma once
#include "time_us.h"

#include <vector>

namespace tcplab {

// The ladder's vertical axis. Virtual time spans milliseconds of handshake and minutes of
// TIME_WAIT, so the axis is linear around the instants where something happens and compresses
// every long quiet stretch (drawn as a break with its length written on it).
//
// It grows with the run: the instants of the trace only ever come later, so they are appended
// once (`appendFixed`) and what they place never moves; only the few instants still ahead —
// "now" and the planned arrivals of segments in flight — are laid out again each frame
// (`setTail`). A frame costs the tail, not the whole run.
class TimeAxis {
public:
    struct Break {
        TimeUs fromUs;
        TimeUs toUs;
        double y; // top of the break
    };

    // `pxPerMs` is the scale of the linear parts. A gap longer than `maxLinearGapUs` only grows
    // logarithmically beyond it (`logGrowth` per e-fold), so the axis stays continuous while
    // "now" runs through a long wait.
    void reset(double pxPerMs, TimeUs maxLinearGapUs, double logGrowth, double top);
    // A trace instant, not earlier than the last one appended (equal ones are ignored).
    void appendFixed(TimeUs t);
    // The instants ahead of the trace, any order (they replace the previous tail).
    void setTail(std::vector<TimeUs> tail);
    std::size_t fixedCount() const { return fixedTs_.size(); }

    double y(TimeUs t) const;
    double height() const;
    // Fixed breaks first, then those of the tail.
    std::vector<Break> breaks() const;

private:
    double advance(double y, TimeUs gap) const;

    std::vector<TimeUs> fixedTs_;
    std::vector<double> fixedYs_;
    std::vector<Break> fixedBreaks_;
    std::vector<TimeUs> tailTs_;
    std::vector<double> tailYs_;
    std::vector<Break> tailBreaks_;
    double pxPerUs_ = 0.001;
    TimeUs maxLinearGapUs_ = 100'000;
    double logGrowth_ = 0.15;
    double top_ = 0;
};

} // namespace tcplab
