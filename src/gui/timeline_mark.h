#pragma once
#include "time_us.h"

namespace tcplab {

// An instant on the run's timeline: an event, and whether a peer changed state there.
struct TimelineMark {
    TimeUs t_us = 0;
    bool stateChange = false;
};

} // namespace tcplab
