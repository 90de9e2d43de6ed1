#pragma once
#include "seq_num.h"

#include <cstdint>

namespace tcplab {

struct Params;

// The sender's congestion window: slow start and congestion avoidance (RFC 5681 §3.1), fast
// retransmit and fast recovery on three duplicate ACKs (RFC 5681 §3.2) with NewReno's partial
// ACKs (RFC 6582 §3.2), and the loss window after a retransmission timeout. Counted in bytes.
// It decides sizes only; the endpoint sends and retransmits.
class CongestionControl {
public:
    // Linux's TCP_INFINITE_SSTHRESH: RFC 5681 §3.1 "SHOULD be set arbitrarily high".
    static constexpr std::uint32_t kInfiniteSsthresh = 0x7fffffff;

    // The initial window of a profile: RFC 5681 §3.1's formula for `rfc9293`, ten segments
    // (RFC 6928, Linux TCP_INIT_CWND) for `linux` and `windows` (docs/profiles.md).
    static std::uint32_t initialWindow(const Params& params);
    // RFC 5681 §3.1, equation 1: 2, 3 or 4 segments by SMSS.
    static std::uint32_t rfc5681InitialWindow(std::uint32_t mss);

    CongestionControl() = default;
    CongestionControl(std::uint32_t mss, std::uint32_t initialWindowBytes);

    // RFC 5681 §3.1: "if the SYN or SYN/ACK is lost, the initial window used by a sender after a
    // correctly transmitted SYN MUST be one segment".
    void startWithOneSegment() { cwnd_ = mss_; }

    enum class AckOutcome : std::uint8_t { Grew, PartialAck, RecoveryEnded };
    // An ACK that took `ackedBytes` of data (or a FIN) off the queue; `flightAfter` is what is
    // still outstanding. A partial ACK in recovery asks the caller to retransmit the next hole.
    AckOutcome onNewAck(SeqNum ack, std::uint32_t ackedBytes, std::uint32_t flightAfter);

    enum class DupAckOutcome : std::uint8_t { Counted, FastRetransmit, Inflated };
    // A duplicate ACK as RFC 5681 §2 defines it, `flight` = SND.NXT - SND.UNA.
    DupAckOutcome onDuplicateAck(SeqNum ack, SeqNum sndNxt, std::uint32_t flight);

    // The retransmission timer fired for data: RFC 5681 §3.1 equation 4 and the loss window.
    void onRetransmitTimeout(SeqNum sndNxt, std::uint32_t flight, bool alreadyRetransmittedByTimer);

    // Bytes of new data the window allows on top of `inFlight`.
    std::uint32_t room(std::uint32_t inFlight) const { return cwnd_ > inFlight ? cwnd_ - inFlight : 0; }

    std::uint32_t cwnd() const { return cwnd_; }
    std::uint32_t ssthresh() const { return ssthresh_; }
    bool inRecovery() const { return inRecovery_; }
    int duplicateAcks() const { return duplicateAcks_; }

private:
    std::uint32_t halvedFlight(std::uint32_t flight) const;

    std::uint32_t mss_ = 1460;
    std::uint32_t cwnd_ = 4380;
    std::uint32_t ssthresh_ = kInfiniteSsthresh;
    std::uint32_t avoidanceBytes_ = 0; // bytes ACKed toward the next SMSS of growth (RFC 5681 §3.1)
    int duplicateAcks_ = 0;
    bool inRecovery_ = false;
    bool recoverSet_ = false;
    SeqNum recover_; // RFC 6582 "recover": SND.NXT when recovery (or the last timeout) began
};

} // namespace tcplab
