#include "rtt_estimator.h"

#include <algorithm>

namespace tcplab {

namespace {
// RFC 6298 §2: G, the clock granularity. Our virtual clock counts microseconds, but the
// timestamp clock ticks in milliseconds (Host::tsClock), so 1 ms is the honest granularity.
constexpr TimeUs kClockGranularityUs = 1000;
}

RttEstimator::RttEstimator(Formula formula, Limits limits)
    : formula_(formula)
    , limits_(limits)
    , rtoUs_(limits.initialUs)
{
}

void RttEstimator::sample(TimeUs rttUs)
{
    rttUs = std::max<TimeUs>(rttUs, 1);
    if (srttUs_ == 0) {
        // RFC 6298 §2.2: the first measurement R: SRTT = R, RTTVAR = R/2.
        srttUs_ = rttUs;
        rttvarUs_ = rttUs / 2;
    } else {
        // RFC 6298 §2.3, alpha = 1/8, beta = 1/4 (RTTVAR first, with the old SRTT).
        const TimeUs deltaUs = srttUs_ > rttUs ? srttUs_ - rttUs : rttUs - srttUs_;
        rttvarUs_ = (3 * rttvarUs_ + deltaUs) / 4;
        srttUs_ = (7 * srttUs_ + rttUs) / 8;
    }
    TimeUs rtoUs = 0;
    if (formula_ == Formula::Linux) {
        // Linux tcp_rtt_estimator keeps mdev (4 x RTTVAR in RFC terms) and rttvar_us =
        // max(mdev, tcp_rto_min); __tcp_set_rto then returns SRTT + rttvar_us. The floor lies
        // under the variance term, not under the sum: 40 ms RTT -> 40 + 200 = 240 ms.
        rtoUs = srttUs_ + std::max(4 * rttvarUs_, limits_.minUs);
    } else {
        // RFC 6298 §2.3 and §2.4: a floor of rto_min under the whole sum.
        rtoUs = std::max(srttUs_ + std::max(kClockGranularityUs, 4 * rttvarUs_), limits_.minUs);
    }
    rtoUs_ = std::min(rtoUs, limits_.maxUs); // §2.5: a maximum may be placed on RTO
}

void RttEstimator::fallBackAfterSynTimeout()
{
    // RFC 6298 §5.7: "the RTO MUST be re-initialized to 3 seconds when data transmission begins";
    // Linux tcp_init_transfer (via tcp_init_metrics) does the same when the handshake gave no RTT
    // sample. A later sample replaces it as any RTO.
    if (rtoUs_ < kRtoFallbackUs)
        rtoUs_ = kRtoFallbackUs;
}

} // namespace tcplab
