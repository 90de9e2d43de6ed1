#pragma once
#include "time_us.h"

#include <vector>

namespace tcplab {

// The ladder's vertical axis. Virtual time spans milliseconds of handshake and minutes of
// TIME_WAIT, so the axis is linear around the instants where something happens and compresses
// every long quiet stretch (drawn as a break with its length written on it).
class TimeAxis {
public:
    struct Break {
        TimeUs fromUs;
        TimeUs toUs;
        double y; // top of the break
    };

    // `instants` need not be sorted; `pxPerMs` is the scale of the linear parts. A gap longer
    // than `maxLinearGapUs` only grows logarithmically beyond it (`logGrowth` per e-fold), so
    // the axis stays continuous while "now" runs through a long wait.
    void build(std::vector<TimeUs> instants, double pxPerMs, TimeUs maxLinearGapUs, double logGrowth, double top);
    double y(TimeUs t) const;
    double height() const { return ys_.empty() ? top_ : ys_.back(); }
    const std::vector<Break>& breaks() const { return breaks_; }

private:
    std::vector<TimeUs> ts_;
    std::vector<double> ys_;
    std::vector<Break> breaks_;
    double pxPerUs_ = 0.001;
    double top_ = 0;
};

} // namespace tcplab
