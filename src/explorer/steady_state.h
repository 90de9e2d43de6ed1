#pragma once
#include "explorer_result.h"

namespace tcplab {

// The outcome of a run once it has settled: means over the second half of the run (a sweep
// point is one of these), next to what theory expects.
struct SteadyState {
    double fromS = 0.0; // the window averaged over, in seconds of virtual time
    double toS = 0.0;
    double clientTimeWait = 0.0; // mean sockets in TIME_WAIT on the client
    double serverTimeWait = 0.0;
    double clientEstablished = 0.0;
    double serverCloseWait = 0.0; // mean sockets in CLOSE_WAIT on the server
    double clientCloseWait = 0.0;
    double clientFinWait2 = 0.0;
    double eaddrnotavailPerS = 0.0; // failed connects per second in the window
    double poolRejectedPerS = 0.0;
    double responsesPerS = 0.0;
    std::int64_t finalServerCloseWait = 0;
    std::int64_t finalLeaked = 0;
    std::int64_t totalEaddrnotavail = 0;
    std::int64_t totalTwOverflows = 0;
    double littleTimeWait = 0.0; // rate x TIME_WAIT length
    double exhaustionRatePerS = 0.0; // port range / TIME_WAIT length
};

SteadyState steadyState(const ExplorerResult& result);

} // namespace tcplab
