// SEGMENT ARRIVES (RFC 9293 §3.10.7) for an existing connection. Listen-state arrivals are the
// Host's (it owns listeners and spawns connections); everything else is here.
#include "endpoint.h"

#include "host.h"
#include "params.h"

namespace tcplab {

ArrivalOutcome Endpoint::segmentArrives(const Segment& s)
{
    switch (state_) {
    case TcpState::Closed:
    case TcpState::Listen: {
        ArrivalOutcome out;
        out.dropped = true;
        out.reason = DropReason::NoSocket;
        return out;
    }
    case TcpState::SynSent:
        return arriveInSynSent(s);
    case TcpState::TimeWait:
        return arriveInTimeWait(s);
    default:
        return arriveSynchronizedOrSynRcvd(s);
    }
}

// RFC 9293 §3.10.7.3.
ArrivalOutcome Endpoint::arriveInSynSent(const Segment& s)
{
    ArrivalOutcome out;
    out.dropped = true;
    out.reason = DropReason::Unacceptable;
    if (s.has(kAck)) {
        if (s.ack.beforeOrEqual(iss_) || s.ack.after(sndNxt_)) {
            if (!s.has(kRst))
                sendRst(s.ack);
            return out;
        }
    }
    if (s.has(kRst)) {
        if (!s.has(kAck))
            return out;
        out = {true, false, DropReason::Unacceptable};
        host_.appEvent(*this, AppEventKind::Refused, 0, "connection refused (ECONNREFUSED)");
        closeConnection("rcv RST in SYN_SENT: connection refused");
        return out;
    }
    if (!s.has(kSyn))
        return out;

    out = {true, false, DropReason::Unacceptable};
    irs_ = s.seq;
    rcvNxt_ = s.seq + 1;
    takeTimestamps(s);
    lastSegmentUs_ = now();
    if (s.has(kAck))
        ackReceived(s.ack);
    if (sndUna_.after(iss_)) {
        cancelTimer(TimerKind::SynRetry);
        setState(TcpState::Established, "rcv SYN,ACK / snd ACK");
        sendAck();
        host_.appEvent(*this, AppEventKind::Connected, 0, "");
        armKeepalive();
        pushData();
        return out;
    }
    // Simultaneous open (RFC 9293 Figure 8): our SYN crossed theirs.
    setState(TcpState::SynReceived, "rcv SYN (simultaneous open) / snd SYN,ACK");
    sendSynAck();
    return out;
}

bool Endpoint::processRst(ArrivalOutcome& out)
{
    // RFC 9293 §3.10.7.4, second: the RST bit (the acceptability test already passed).
    out.taken = true;
    switch (state_) {
    case TcpState::SynReceived:
        if (openedFrom_ == TcpState::Listen) {
            // Back to LISTEN: the listener still exists, so this spawned socket simply ends.
            setState(TcpState::Listen, "rcv RST: return to LISTEN");
            cancelAllTimers();
            host_.connectionClosed(*this);
            return true;
        }
        host_.appEvent(*this, AppEventKind::Refused, 0, "connection refused (ECONNREFUSED)");
        closeConnection("rcv RST in SYN_RECEIVED");
        return true;
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        host_.appEvent(*this, AppEventKind::Reset, 0, "connection reset by peer (ECONNRESET)");
        closeConnection("rcv RST: connection reset");
        return true;
    default:
        // CLOSING, LAST_ACK: the close did not finish cleanly; the application hears of it.
        host_.appEvent(*this, AppEventKind::Reset, 0, "connection reset while closing");
        closeConnection("rcv RST");
        return true;
    }
}

ArrivalOutcome Endpoint::arriveInTimeWait(const Segment& s)
{
    ArrivalOutcome out;
    // RFC 9293 §3.10.7.4: "The only thing that can arrive in this state is a retransmission of
    // the remote FIN. Acknowledge it, and restart the 2 MSL timeout." Linux re-ACKs every one.
    if (s.has(kFin) && !s.has(kRst) && !s.has(kSyn) && s.seq + (s.len + 1) == rcvNxt_) {
        takeTimestamps(s);
        lastSegmentUs_ = now();
        sendAck();
        startTimer(TimerKind::TimeWait, msToUs(params().timeWaitMs()));
        out.taken = true;
        return out;
    }
    if (s.has(kRst)) {
        if (!acceptable(s)) {
            out.dropped = true;
            return out;
        }
        if (params().rfc1337) {
            // RFC 1337 fix F1 (Linux tcp_rfc1337=1): ignore RST in TIME_WAIT.
            out.dropped = true;
            out.reason = DropReason::Ignored;
            return out;
        }
        out.taken = true;
        closeConnection("rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)");
        return out;
    }
    // Anything else (an old duplicate, a keepalive probe): acknowledge and drop.
    sendAck();
    out.dropped = true;
    out.reason = DropReason::TimeWait;
    return out;
}

ArrivalOutcome Endpoint::arriveSynchronizedOrSynRcvd(const Segment& s)
{
    ArrivalOutcome out;
    // Simultaneous open: the peer's SYN,ACK for exactly our state (Linux does the same).
    const bool simultaneousSynAck = state_ == TcpState::SynReceived && s.has(kSyn) && s.has(kAck)
        && !s.has(kRst) && s.seq + 1 == rcvNxt_ && s.ack == sndNxt_;
    // A retransmitted SYN while we are in SYN_RECEIVED: our SYN,ACK was lost, send it again.
    if (state_ == TcpState::SynReceived && s.has(kSyn) && !s.has(kAck) && s.seq == irs_) {
        sendSynAck();
        out.taken = true;
        return out;
    }
    // First: the acceptability test, with PAWS when both sides use timestamps (RFC 7323 §5).
    if (!simultaneousSynAck) {
        bool pawsReject = peerTimestamps_ && s.hasTimestamps && !s.has(kRst)
            && static_cast<std::int32_t>(s.tsVal - tsRecent_) < 0;
        if (pawsReject || !acceptable(s)) {
            if (!s.has(kRst))
                sendAck();
            out.dropped = true;
            out.reason = pawsReject ? DropReason::Paws : DropReason::Unacceptable;
            return out;
        }
    }
    lastSegmentUs_ = now();
    keepaliveProbes_ = 0;
    if (s.has(kRst)) {
        processRst(out);
        return out;
    }
    // Fourth: a SYN in a synchronized state draws a challenge ACK (RFC 5961 §4) and is dropped.
    if (s.has(kSyn) && !simultaneousSynAck) {
        sendAck();
        out.dropped = true;
        return out;
    }
    // Fifth: the ACK field.
    if (!s.has(kAck)) {
        out.dropped = true;
        return out;
    }
    if (s.hasTimestamps && peerTimestamps_ && s.seq.beforeOrEqual(rcvNxt_))
        tsRecent_ = s.tsVal;
    if (state_ == TcpState::SynReceived) {
        if (!(sndUna_.before(s.ack) && s.ack.beforeOrEqual(sndNxt_))) {
            sendRst(s.ack);
            out.dropped = true;
            return out;
        }
        ackReceived(s.ack);
        out.taken = true;
        cancelTimer(TimerKind::SynRetry);
        setState(TcpState::Established, simultaneousSynAck ? "rcv SYN,ACK (simultaneous open)" : "rcv ACK of SYN");
        host_.appEvent(*this, AppEventKind::Connected, 0, "");
        armKeepalive();
        pushData();
    } else {
        if (s.ack.after(sndNxt_)) {
            sendAck();  // it acknowledges something not yet sent
            out.dropped = true;
            return out;
        }
        if (sndUna_.before(s.ack)) {
            ackReceived(s.ack);
            out.taken = true;
        }
        // A FIN that also ACKs our FIN takes the diagram's FIN_WAIT_1 -> TIME_WAIT edge directly.
        const bool finInOrder = s.has(kFin) && s.seq == rcvNxt_;
        if (state_ == TcpState::FinWait1 && finAcked() && !finInOrder) {
            setState(TcpState::FinWait2, "rcv ACK of FIN");
            startFinWait2TimerIfOrphan();
        } else if (state_ == TcpState::Closing && finAcked()) {
            enterTimeWait("rcv ACK of FIN");
            return out;
        } else if (state_ == TcpState::LastAck && finAcked()) {
            closeConnection("rcv ACK of FIN");
            host_.appEvent(*this, AppEventKind::Closed, 0, "");
            return out;
        }
        if (state_ == TcpState::Established || state_ == TcpState::CloseWait)
            pushData();
    }
    // Seventh and eighth: the segment text, then FIN.
    processText(s, out);
    if (s.has(kFin))
        processFin(s, out);
    return out;
}

void Endpoint::processText(const Segment& s, ArrivalOutcome& out)
{
    if (s.len == 0)
        return;
    if (state_ != TcpState::Established && state_ != TcpState::FinWait1 && state_ != TcpState::FinWait2) {
        // CLOSE_WAIT, CLOSING, LAST_ACK: the peer already sent its FIN; this cannot be new data.
        return;
    }
    if (s.seq != rcvNxt_) {
        // Out of order or partly old: take only what starts exactly at RCV.NXT.
        std::uint32_t already = rcvNxt_ - s.seq;
        if (s.seq.after(rcvNxt_) || already >= s.len) {
            sendAck();  // a duplicate ACK tells the sender where we are
            return;
        }
        rcvNxt_ += s.len - already;
        bytesDelivered_ += s.len - already;
        out.taken = true;
        host_.appEvent(*this, AppEventKind::Data, s.len - already, s.text ? s.text->substr(already) : std::string());
        scheduleAck();
        return;
    }
    rcvNxt_ += s.len;
    bytesDelivered_ += s.len;
    out.taken = true;
    host_.appEvent(*this, AppEventKind::Data, s.len, s.text ? *s.text : std::string());
    if (!s.has(kFin))
        scheduleAck();
}

void Endpoint::processFin(const Segment& s, ArrivalOutcome& out)
{
    if (s.seq + s.len != rcvNxt_)
        return;  // the FIN is beyond a gap; it will come again
    out.taken = true;
    rcvNxt_ += 1;
    finReceived_ = true;
    switch (state_) {
    case TcpState::SynReceived:
    case TcpState::Established:
        setState(TcpState::CloseWait, "rcv FIN / snd ACK");
        scheduleAck();
        host_.appEvent(*this, AppEventKind::Eof, 0, "");
        return;
    case TcpState::FinWait1:
        if (finAcked()) {
            sendAck();
            enterTimeWait("rcv FIN,ACK / snd ACK");
        } else {
            setState(TcpState::Closing, "rcv FIN (simultaneous close) / snd ACK");
            sendAck();
        }
        host_.appEvent(*this, AppEventKind::Eof, 0, "");
        return;
    case TcpState::FinWait2:
        sendAck();
        enterTimeWait("rcv FIN / snd ACK");
        host_.appEvent(*this, AppEventKind::Eof, 0, "");
        return;
    default:
        sendAck();
        return;
    }
}

} // namespace tcplab
