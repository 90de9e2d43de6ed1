#pragma once
#include "time_us.h"

namespace tcplab {

// The retransmission timeout from round-trip samples (RFC 6298 §2), one per connection.
// `rto()` is the base value; the endpoint doubles its own copy on each timeout (§5.5) and
// takes the base value back with the next valid sample (Karn's rule, §3, is the caller's:
// only segments never retransmitted, or a timestamp echo, give samples).
class RttEstimator {
public:
    enum class Formula {
        Rfc6298, // RTO = SRTT + max(G, 4 RTTVAR), at least rto_min (§2.4: 1 s)
        Linux, // RTO = SRTT + max(4 RTTVAR, rto_min) (tcp_rtt_estimator, __tcp_set_rto)
    };
    struct Limits {
        TimeUs initialUs = 1'000'000; // before any sample (§2.1)
        TimeUs minUs = 1'000'000;
        TimeUs maxUs = 60'000'000;
    };

    RttEstimator() = default;
    RttEstimator(Formula formula, Limits limits);

    void sample(TimeUs rttUs);
    // RFC 6298 §5.7: the SYN's timer expired and no sample came from the handshake — 3 s.
    void fallBackAfterSynTimeout();

    bool hasSample() const { return srttUs_ > 0; }
    TimeUs srttUs() const { return srttUs_; }
    TimeUs rttvarUs() const { return rttvarUs_; }
    TimeUs rtoUs() const { return rtoUs_; }

private:
    Formula formula_ = Formula::Rfc6298;
    Limits limits_;
    TimeUs srttUs_ = 0;
    TimeUs rttvarUs_ = 0;
    TimeUs rtoUs_ = 1'000'000;
};

// RFC 6298 §5.7 and Linux's TCP_TIMEOUT_FALLBACK (include/net/tcp.h).
inline constexpr TimeUs kRtoFallbackUs = 3'000'000;

} // namespace tcplab
