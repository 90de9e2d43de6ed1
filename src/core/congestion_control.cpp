#include "congestion_control.h"

#include "params.h"

#include <algorithm>

namespace tcplab {

std::uint32_t CongestionControl::rfc5681InitialWindow(std::uint32_t mss)
{
    // RFC 5681 §3.1, equation 1: IW = 2 SMSS (SMSS > 2190), 3 SMSS (SMSS > 1095), else 4 SMSS.
    if (mss > 2190)
        return 2 * mss;
    if (mss > 1095)
        return 3 * mss;
    return 4 * mss;
}

std::uint32_t CongestionControl::initialWindow(const Params& params)
{
    // Linux: TCP_INIT_CWND 10 (include/net/tcp.h, tcp_init_cwnd), RFC 6928. Windows 10 and
    // Windows Server 2016 and later also start with ten segments (InitialCongestionWindowMss,
    // Set-NetTCPSetting); docs/profiles.md says which versions.
    if (params.profile == "linux" || params.profile == "windows")
        return 10 * params.mss;
    return rfc5681InitialWindow(params.mss);
}

CongestionControl::CongestionControl(std::uint32_t mss, std::uint32_t initialWindowBytes)
    : mss_(mss)
    , cwnd_(initialWindowBytes)
{
}

std::uint32_t CongestionControl::halvedFlight(std::uint32_t flight) const
{
    // RFC 5681 §3.1, equation 4: ssthresh = max(FlightSize / 2, 2 * SMSS).
    return std::max(flight / 2, 2 * mss_);
}

CongestionControl::AckOutcome CongestionControl::onNewAck(
    SeqNum ack, std::uint32_t ackedBytes, std::uint32_t flightAfter)
{
    duplicateAcks_ = 0;
    if (inRecovery_) {
        if (ack.afterOrEqual(recover_)) {
            // RFC 6582 §3.2 step 3, full acknowledgment: deflate to
            // min(ssthresh, max(FlightSize, SMSS) + SMSS) and leave fast recovery.
            cwnd_ = std::min(ssthresh_, std::max(flightAfter, mss_) + mss_);
            inRecovery_ = false;
            avoidanceBytes_ = 0;
            return AckOutcome::RecoveryEnded;
        }
        // Step 3, partial acknowledgment: the next hole is lost too. Deflate by the amount newly
        // ACKed, add back one SMSS if at least that much was ACKed.
        cwnd_ = cwnd_ > ackedBytes ? cwnd_ - ackedBytes : mss_;
        if (ackedBytes >= mss_)
            cwnd_ += mss_;
        return AckOutcome::PartialAck;
    }
    if (cwnd_ < ssthresh_) {
        // RFC 5681 §3.1, equation 2: slow start grows by min(N, SMSS) per ACK.
        cwnd_ += std::min(ackedBytes, mss_);
        return AckOutcome::Grew;
    }
    // Congestion avoidance: one SMSS per window of ACKed data (the byte-counting form of
    // RFC 5681 §3.1, RFC 3465): never more than one SMSS per RTT.
    avoidanceBytes_ += ackedBytes;
    if (avoidanceBytes_ >= cwnd_) {
        avoidanceBytes_ -= cwnd_;
        cwnd_ += mss_;
    }
    return AckOutcome::Grew;
}

CongestionControl::DupAckOutcome CongestionControl::onDuplicateAck(SeqNum ack, SeqNum sndNxt, std::uint32_t flight)
{
    if (inRecovery_) {
        // RFC 5681 §3.2 step 4: each further duplicate ACK means a segment left the network.
        cwnd_ += mss_;
        return DupAckOutcome::Inflated;
    }
    if (++duplicateAcks_ != 3)
        return DupAckOutcome::Counted;
    // RFC 6582 §3.2 step 2: no second fast retransmit for a loss of the same window — only
    // when the duplicate ACKs cover more than `recover`.
    if (recoverSet_ && !ack.after(recover_))
        return DupAckOutcome::Counted;
    ssthresh_ = halvedFlight(flight); // RFC 5681 §3.2 step 2
    recover_ = sndNxt;
    recoverSet_ = true;
    inRecovery_ = true;
    cwnd_ = ssthresh_ + 3 * mss_; // step 3: the three segments that left the network
    return DupAckOutcome::FastRetransmit;
}

void CongestionControl::onRetransmitTimeout(SeqNum sndNxt, std::uint32_t flight, bool alreadyRetransmittedByTimer)
{
    // RFC 5681 §3.1: ssthresh by equation 4, except that it is held when the segment was already
    // retransmitted by the timer; cwnd = the loss window, one segment. RFC 6582 §3.2 step 4:
    // recover = the highest sequence number sent, and fast recovery ends.
    if (!alreadyRetransmittedByTimer)
        ssthresh_ = halvedFlight(flight);
    cwnd_ = mss_;
    avoidanceBytes_ = 0;
    duplicateAcks_ = 0;
    inRecovery_ = false;
    recover_ = sndNxt;
    recoverSet_ = true;
}

} // namespace tcplab
