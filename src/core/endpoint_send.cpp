// The sending half of the data path: segmentizing queued data within the congestion and
// receive windows (RFC 9293 §3.10.4, RFC 5681 §3.1), retransmission (RFC 6298 §5, RFC 5681
// §3.2) and the choice between an immediate and a delayed ACK (RFC 9293 §3.8.6.3).
#include "endpoint.h"

#include "host.h"
#include "params.h"

#include <algorithm>

namespace tcplab {

namespace {
std::uint32_t spanOf(std::uint32_t len, std::uint8_t flags)
{
    return len + ((flags & (kSyn | kFin)) ? 1 : 0);
}
}

std::uint32_t Endpoint::inFlight() const
{
    // RFC 5681's FlightSize, less what a timeout gave up as lost and not yet resent (Linux's
    // tcp_packets_in_flight: packets_out - lost_out + retrans_out).
    // Kept as segments are queued, acknowledged, given up and resent (asked for once per segment
    // sent: summing the queue each time made a large window quadratic).
    return flightBytes_;
}

bool Endpoint::maySendData() const
{
    // RFC 9293 §3.10.4: after CLOSE, "queue this until all preceding SENDs have been segmentized":
    // FIN_WAIT_1, LAST_ACK and CLOSING still send queued data and retransmit.
    switch (state_) {
    case TcpState::Established:
    case TcpState::CloseWait:
    case TcpState::FinWait1:
    case TcpState::LastAck:
    case TcpState::Closing:
        return true;
    default:
        return false;
    }
}

void Endpoint::pushData()
{
    if (!maySendData())
        return;
    retransmitLost();
    const std::uint32_t mss = params().mss;
    while (!unsent_.empty()) {
        const std::uint32_t outstandingSeq = sndNxt_ - sndUna_;
        if (outstandingSeq >= sndWnd_)
            return; // the peer's receive window is full
        Unsent& chunk = unsent_.front();
        const std::uint32_t len = std::min({ chunk.len, mss, sndWnd_ - outstandingSeq });
        // RFC 5681 §3.1: never more than cwnd in flight; whole segments only, so a window that
        // does not fit one waits for the next ACK instead of sending a sliver.
        if (cc_.room(inFlight()) < len)
            return;
        Segment s = makeSegment(kAck | kPsh, sndNxt_);
        s.len = len;
        s.streamOffset = streamSent_;
        if (chunk.text) {
            if (len == chunk.len && chunk.textOffset == 0)
                s.text = chunk.text;
            else
                s.text = std::make_shared<const std::string>(
                    chunk.text->substr(std::min(chunk.textOffset, chunk.text->size()), len));
        }
        outstanding_.push_back({ sndNxt_, len, 0, s.text, streamSent_, now(), false, false });
        flightBytes_ += len;
        sndNxt_ += len;
        streamSent_ += len;
        unsentBytes_ -= len;
        if (len == chunk.len) {
            unsent_.pop_front();
        } else {
            chunk.len -= len;
            chunk.textOffset += len;
        }
        transmit(std::move(s));
        if (timers_[static_cast<int>(TimerKind::Retransmit)].dueUs < 0)
            startTimer(TimerKind::Retransmit, rtoUs_);
    }
    if (finQueued_ && !finSent_) {
        // The FIN follows the last byte at once: it carries no data, so no window holds it back.
        finSeq_ = sndNxt_;
        Segment s = makeSegment(kFin | kAck, sndNxt_);
        outstanding_.push_back({ sndNxt_, 0, kFin, nullptr, streamSent_, now(), false, false });
        flightBytes_ += 1;
        sndNxt_ += 1;
        finSent_ = true;
        transmit(std::move(s));
        if (timers_[static_cast<int>(TimerKind::Retransmit)].dueUs < 0)
            startTimer(TimerKind::Retransmit, rtoUs_);
    }
}

void Endpoint::retransmit(Outstanding& o)
{
    o.retransmitted = true;
    if (o.lost) {
        flightBytes_ += spanOf(o.len, o.flags);
        --lostSegments_;
    }
    o.lost = false;
    std::uint8_t flags = kAck | o.flags;
    if ((o.flags & kSyn) && state_ == TcpState::SynSent)
        flags = kSyn; // our SYN has nothing to acknowledge yet
    if (o.len > 0)
        flags |= kPsh;
    Segment s = makeSegment(flags, o.seq);
    s.len = o.len;
    s.text = o.text;
    s.streamOffset = o.streamOffset;
    transmit(std::move(s));
}

void Endpoint::retransmitFirst()
{
    if (!outstanding_.empty())
        retransmit(outstanding_.front());
}

void Endpoint::retransmitLost()
{
    // After a timeout every outstanding segment was given up (RFC 5681 §3.1 slow start from the
    // loss window; Linux tcp_enter_loss marks them lost and tcp_xmit_retransmit_queue resends
    // them as cwnd allows): the oldest first, whole segments, before any new data.
    for (std::size_t i = 0; lostSegments_ > 0 && i < outstanding_.size(); ++i) {
        Outstanding& o = outstanding_[i];
        if (!o.lost)
            continue;
        if (cc_.room(inFlight()) < std::max<std::uint32_t>(spanOf(o.len, o.flags), 1))
            return;
        retransmit(o);
    }
}

void Endpoint::retransmitTimeout()
{
    // RFC 6298 §5.4: retransmit the earliest segment not acknowledged; RFC 5681 §3.1: ssthresh
    // from the flight, cwnd = one segment; the rest of the flight is given up as lost and
    // resent in slow start as ACKs open the window (retransmitLost).
    cc_.onRetransmitTimeout(sndNxt_, inFlight(), retries_ > 1);
    for (std::size_t i = 1; i < outstanding_.size(); ++i) {
        Outstanding& o = outstanding_[i];
        if (o.lost)
            continue;
        o.lost = true;
        flightBytes_ -= spanOf(o.len, o.flags);
        ++lostSegments_;
    }
    retransmitFirst();
}

void Endpoint::scheduleAck(std::uint32_t dataLen)
{
    if (!delayedAck_.delays() || (dataLen > 0 && delayedAck_.ackNowAfter(dataLen))) {
        sendAck();
        return;
    }
    if (!ackPending_) {
        ackPending_ = true;
        startTimer(TimerKind::DelayedAck, msToUs(delayedAck_.delayMs()));
    }
}

} // namespace tcplab
