// What an ACK does to the sender (RFC 9293 §3.10.7.4 fifth, RFC 5681 §3, RFC 6582, RFC 6298)
// and how received data reaches the application in order (RFC 9293 §3.10.7.4 seventh).
#include "endpoint.h"

#include "host.h"
#include "params.h"

#include <algorithm>

namespace tcplab {

void Endpoint::ackReceived(const Segment& s)
{
    const SeqNum ack = s.ack;
    bool progressed = false;
    std::uint32_t ackedBytes = 0; // data and FIN; the SYN opens the window, it does not grow it
    TimeUs oldestFreshSentUs = -1;
    while (!outstanding_.empty()) {
        const Outstanding& o = outstanding_.front();
        const std::uint32_t span = o.len + ((o.flags & (kSyn | kFin)) ? 1 : 0);
        if (!(o.seq + span).beforeOrEqual(ack))
            break;
        if (!o.retransmitted && oldestFreshSentUs < 0) // Karn's rule (RFC 6298 §3)
            oldestFreshSentUs = o.firstSentUs;
        if (!(o.flags & kSyn))
            ackedBytes += span;
        if (o.lost)
            --lostSegments_;
        else
            flightBytes_ -= span;
        outstanding_.pop_front();
        progressed = true;
    }
    sndUna_ = ack;
    if (!progressed)
        return;
    measureRtt(s, oldestFreshSentUs, oldestFreshSentUs >= 0);
    retries_ = 0;
    const bool handshake = state_ == TcpState::SynSent || state_ == TcpState::SynReceived;
    if (ackedBytes > 0 && !handshake) {
        const auto outcome = cc_.onNewAck(ack, ackedBytes, sndNxt_ - sndUna_);
        if (outcome == CongestionControl::AckOutcome::PartialAck)
            retransmitFirst(); // RFC 6582 §3.2 step 3: the first unacknowledged segment is lost too
    }
    // RFC 6298 §5.3 (and RFC 6582 §4, resetting on every partial ACK): restart for what is left.
    const TimerKind kind = handshake ? TimerKind::SynRetry : TimerKind::Retransmit;
    if (outstanding_.empty()) {
        cancelTimer(TimerKind::SynRetry);
        cancelTimer(TimerKind::Retransmit);
    } else {
        startTimer(kind, rtoUs_);
    }
}

void Endpoint::measureRtt(const Segment& s, TimeUs oldestSentUs, bool sampleFromSendTime)
{
    // One sample per ACK that advances SND.UNA: from the oldest segment it acknowledges that was
    // never retransmitted (Karn), else — with timestamps on — from TSecr (RFC 7323 §4.1; Linux
    // tcp_ack_update_rtt falls back to tcp_rtt_tsopt_us the same way).
    if (sampleFromSendTime) {
        rtt_.sample(now() - oldestSentUs);
    } else if (peerTimestamps_ && s.hasTimestamps && s.tsEcr != 0) {
        rtt_.sample(msToUs(static_cast<std::int64_t>(tsClock() - s.tsEcr)));
    } else {
        return;
    }
    rtoUs_
        = rtt_.rtoUs(); // a fresh sample ends any backoff (RFC 6298 §5, the note after rule 5.7: RTO "collapsing" back)
}

bool Endpoint::isDuplicateAck(const Segment& s) const
{
    // RFC 5681 §2 "DUPLICATE ACKNOWLEDGMENT": data outstanding, no data, neither SYN nor FIN,
    // ACK = SND.UNA, the advertised window unchanged.
    return !outstanding_.empty() && s.len == 0 && !s.has(kSyn) && !s.has(kFin) && s.ack == sndUna_
        && s.window == sndWnd_;
}

void Endpoint::duplicateAckReceived(const Segment& s)
{
    const auto outcome = cc_.onDuplicateAck(s.ack, sndNxt_, sndNxt_ - sndUna_);
    if (outcome == CongestionControl::DupAckOutcome::FastRetransmit)
        retransmitFirst(); // RFC 5681 §3.2 step 3 (NewReno RFC 6582 §3.2 step 2)
    // Steps 4 and 5 (the inflated window may let new data out) follow in pushData.
}

void Endpoint::dataTransferBegins()
{
    rtoUs_ = rtt_.rtoUs(); // the handshake's backoff ends with it
    if (handshakeRetransmissions_ == 0)
        return;
    // RFC 6298 §5.7: our SYN's (or SYN,ACK's) timer expired — the RTO "MUST be re-initialized to
    // 3 seconds when data transmission begins". Linux tcp_init_metrics does it when the handshake
    // left no RTT sample (srtt_us == 0); with timestamps the SYN,ACK's echo gave one.
    if (!params().linuxRules() || !rtt_.hasSample()) {
        rtt_.fallBackAfterSynTimeout();
        rtoUs_ = rtt_.rtoUs();
    }
    // RFC 5681 §3.1: after a lost SYN or SYN/ACK the initial window "MUST be one segment".
    // Linux tcp_init_transfer: cwnd 1 only when more than one handshake segment was resent
    // (total_retrans > 1), else TCP_INIT_CWND.
    if (!params().linuxRules() || handshakeRetransmissions_ > 1)
        cc_.startWithOneSegment();
}

void Endpoint::deliver(std::uint32_t len, const std::shared_ptr<const std::string>& text, Arrival& out)
{
    if (len == 0)
        return;
    rcvNxt_ += len;
    bytesDelivered_ += len;
    out.take();
    appEvent(AppEventKind::Data, len, text ? std::string_view(*text) : std::string_view());
}

void Endpoint::deliverHeld(Arrival& out)
{
    // The gap is filled: what was held and now continues RCV.NXT goes to the application in
    // order; a held FIN is processed when its turn comes (RFC 9293 §3.10.7.4 eighth).
    while (auto piece = reassembly_.takeContiguous(rcvNxt_)) {
        deliver(piece->len, piece->text, out);
        if (piece->fin) {
            Segment fin = makeSegment(kFin | kAck, sndNxt_);
            fin.seq = piece->seq;
            fin.len = piece->len;
            processFin(fin, out);
            return;
        }
    }
}

} // namespace tcplab
