// SEGMENT ARRIVES (RFC 9293 §3.10.7) for an existing connection. Listen-state arrivals are the
// Host's (it owns listeners and spawns connections); everything else is here.
#include "endpoint.h"

#include "host.h"
#include "params.h"
#include "reset_validation.h"

#include <algorithm>

namespace tcplab {

Arrival Endpoint::segmentArrives(const Segment& s)
{
    switch (state_) {
    case TcpState::Closed:
    case TcpState::Listen:
        return Arrival::dropped(DropReason::NoSocket);
    case TcpState::SynSent:
        return arriveInSynSent(s);
    case TcpState::TimeWait:
        return arriveInTimeWait(s);
    default:
        return arriveSynchronizedOrSynRcvd(s);
    }
}

// RFC 9293 §3.10.7.3.
Arrival Endpoint::arriveInSynSent(const Segment& s)
{
    if (s.has(kAck)) {
        if (s.ack.beforeOrEqual(iss_) || s.ack.after(sndNxt_)) {
            // Linux tcp_rcv_synsent_state_process: "Previous FIN/ACK or RST/ACK might be
            // ignored" — with no SYN retransmitted yet, the SYN timer is re-armed to
            // TCP_TIMEOUT_MIN, so the SYN goes again at once instead of a full RTO later.
            if (params().linuxRules() && retries_ == 0)
                startTimer(TimerKind::SynRetry, kLinuxTimeoutMinUs);
            if (!s.has(kRst))
                sendRst(s.ack);
            return Arrival::dropped();
        }
    }
    if (s.has(kRst)) {
        if (!s.has(kAck))
            return Arrival::dropped();
        appEvent(AppEventKind::Refused, 0, "connection refused (ECONNREFUSED)");
        closeConnection("rcv RST in SYN_SENT: connection refused");
        return Arrival::taken();
    }
    if (!s.has(kSyn))
        return Arrival::dropped();

    irs_ = s.seq;
    rcvNxt_ = s.seq + 1;
    takeTimestamps(s);
    lastSegmentUs_ = now();
    if (s.has(kAck))
        ackReceived(s);
    if (sndUna_.after(iss_)) {
        cancelTimer(TimerKind::SynRetry);
        setState(TcpState::Established, "rcv SYN,ACK / snd ACK");
        dataTransferBegins();
        sendAck();
        appEvent(AppEventKind::Connected);
        armKeepalive();
        pushData();
        return Arrival::taken();
    }
    // Simultaneous open (RFC 9293 Figure 8): our SYN crossed theirs.
    setState(TcpState::SynReceived, "rcv SYN (simultaneous open) / snd SYN,ACK");
    sendSynAck();
    return Arrival::taken();
}

// TIME_WAIT, all of it (as Linux's tcp_timewait_state_process): a new SYN, a retransmitted
// FIN, an RST, anything else.
Arrival Endpoint::arriveInTimeWait(const Segment& s)
{
    // RFC 6191 (SHLD-4) / RFC 9293 MAY-2: a new SYN for the 4-tuple, when a listener can take it.
    const bool bareSyn = s.has(kSyn) && !s.has(kAck) && !s.has(kRst);
    if (bareSyn && host_.listener(tuple_.localPort)) {
        if (acceptSynInTimeWait(s))
            return { Verdict::NewIncarnation };
        // RFC 6191 drops a refused SYN silently; Linux answers it with the old connection's ACK
        // (TCP_TW_ACK, below), which the client in SYN_SENT answers with an RST.
        if (!params().linuxRules())
            return { Verdict::SynRefused };
    }
    // RFC 9293 §3.10.7.4: "The only thing that can arrive in this state is a retransmission of
    // the remote FIN. Acknowledge it, and restart the 2 MSL timeout." Linux re-ACKs every one.
    if (s.has(kFin) && !s.has(kRst) && !s.has(kSyn) && s.seq + (s.len + 1) == rcvNxt_) {
        takeTimestamps(s);
        lastSegmentUs_ = now();
        sendAck();
        startTimer(TimerKind::TimeWait, msToUs(params().timeWaitMs()));
        return Arrival::taken();
    }
    if (s.has(kRst)) {
        // Linux tcp_timewait_state_process kills TIME_WAIT only for an RST at RCV.NXT and drops any
        // other silently (a TIME_WAIT socket sends no challenge ACK); RFC 9293 takes any in-window RST.
        if (validateReset(TcpState::TimeWait, s.seq, rcvNxt_, params().window, params().linuxRules())
            != ResetVerdict::Reset)
            return Arrival::dropped();
        if (params().rfc1337) {
            // RFC 1337 fix F1 (Linux tcp_rfc1337=1): ignore RST in TIME_WAIT.
            return Arrival::dropped(DropReason::Ignored);
        }
        closeConnection("rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)");
        return Arrival::taken();
    }
    if (params().linuxRules()) {
        // Linux tcp_timewait_state_process: a segment with ACK, or one failing PAWS, restarts the
        // TIME_WAIT timer (inet_twsk_reschedule, TCP_TIMEWAIT_LEN), old duplicates included; an
        // in-window bare segment (SEQ = RCV.NXT, nothing in it) is taken silently, anything else
        // is answered with the old connection's ACK (TCP_TW_ACK) — a refused SYN too.
        const bool pawsReject
            = peerTimestamps_ && s.hasTimestamps && static_cast<std::int32_t>(s.tsVal - tsRecent_) < 0;
        const bool inWindowBare = !pawsReject && s.seq == rcvNxt_ && s.seqLength() == 0;
        if (inWindowBare || pawsReject || s.has(kAck))
            startTimer(TimerKind::TimeWait, msToUs(params().timeWaitMs()));
        if (inWindowBare)
            return Arrival::dropped(DropReason::TimeWait);
        sendAck();
        return Arrival::dropped(pawsReject ? DropReason::Paws : DropReason::TimeWait);
    }
    // Anything else (an old duplicate, a keepalive probe): acknowledge and drop.
    sendAck();
    return Arrival::dropped(DropReason::TimeWait);
}

bool Endpoint::acceptSynInTimeWait(const Segment& syn) const
{
    // RFC 6191 §2: timestamps decide when both sides use them; otherwise the sequence number.
    if (params().timestamps && peerTimestamps_ && syn.hasTimestamps) {
        std::int32_t diff = static_cast<std::int32_t>(syn.tsVal - tsRecent_);
        if (diff > 0)
            return true;
        return diff == 0 && syn.seq.after(rcvNxt_);
    }
    return syn.seq.after(rcvNxt_);
}

Arrival Endpoint::arriveSynchronizedOrSynRcvd(const Segment& s)
{
    Arrival out;
    // Simultaneous open: the peer's SYN,ACK for exactly our state (Linux does the same).
    const bool simultaneousSynAck = state_ == TcpState::SynReceived && s.has(kSyn) && s.has(kAck) && !s.has(kRst)
        && s.seq + 1 == rcvNxt_ && s.ack == sndNxt_;
    // A retransmitted SYN while we are in SYN_RECEIVED: our SYN,ACK was lost, send it again.
    if (state_ == TcpState::SynReceived && s.has(kSyn) && !s.has(kAck) && s.seq == irs_) {
        sendSynAck();
        return Arrival::taken();
    }
    // Second (checked first here, as PAWS never applies to it): the RST bit.
    if (s.has(kRst))
        return arriveReset(s);
    // First: the acceptability test, with PAWS when both sides use timestamps (RFC 7323 §5).
    if (!simultaneousSynAck) {
        bool pawsReject = peerTimestamps_ && s.hasTimestamps && static_cast<std::int32_t>(s.tsVal - tsRecent_) < 0;
        if (pawsReject || !acceptable(s)) {
            sendAck();
            // RFC 5961 §4.2: a SYN is answered with a challenge ACK "irrespective of the sequence
            // number" (Linux tcp_validate_incoming: syn_challenge).
            const DropReason reason = pawsReject ? DropReason::Paws
                : s.has(kSyn)                    ? DropReason::ChallengeAck
                                                 : DropReason::Unacceptable;
            return Arrival::dropped(reason);
        }
    }
    lastSegmentUs_ = now();
    keepaliveProbes_ = 0;
    // Fourth: a SYN in a synchronized state draws a challenge ACK (RFC 5961 §4) and is dropped.
    if (s.has(kSyn) && !simultaneousSynAck) {
        sendAck();
        return Arrival::dropped(DropReason::ChallengeAck);
    }
    // Fifth: the ACK field.
    if (!s.has(kAck))
        return Arrival::dropped();
    if (s.hasTimestamps && peerTimestamps_ && s.seq.beforeOrEqual(rcvNxt_))
        tsRecent_ = s.tsVal;
    if (state_ == TcpState::SynReceived) {
        if (!(sndUna_.before(s.ack) && s.ack.beforeOrEqual(sndNxt_))) {
            sendRst(s.ack);
            return Arrival::dropped();
        }
        ackReceived(s);
        out.take();
        cancelTimer(TimerKind::SynRetry);
        setState(TcpState::Established, simultaneousSynAck ? "rcv SYN,ACK (simultaneous open)" : "rcv ACK of SYN");
        dataTransferBegins();
        appEvent(AppEventKind::Connected);
        armKeepalive();
        pushData();
    } else {
        if (s.ack.after(sndNxt_)) {
            sendAck(); // it acknowledges something not yet sent
            return Arrival::dropped();
        }
        if (sndUna_.before(s.ack)) {
            ackReceived(s);
            out.take();
        } else if (isDuplicateAck(s)) {
            duplicateAckReceived(s); // RFC 5681 §3.2: fast retransmit on the third
        }
        // RFC 9293 §3.10.4: what was queued before CLOSE is still sent, after every ACK, in
        // every state that may send (FIN_WAIT_1 and LAST_ACK too), and then the FIN.
        pushData();
        // RFC 9293 §3.10.7.4, fifth, FIN-WAIT-1: "if the FIN segment is now acknowledged, then
        // enter FIN-WAIT-2 and continue processing in that state". A FIN in this same segment then
        // takes FIN_WAIT_2 -> TIME_WAIT at the same instant (Figure 5 has no FIN-WAIT-1 ->
        // TIME-WAIT edge; a Linux kernel also shows FIN_WAIT1 -> FIN_WAIT2 -> TIME_WAIT). The
        // orphan's FIN_WAIT_2 timer is not armed for a FIN that ends FIN_WAIT_2 at once.
        const bool finInOrder = s.has(kFin) && s.seq == rcvNxt_;
        if (state_ == TcpState::FinWait1 && finAcked()) {
            setState(TcpState::FinWait2, "rcv ACK of FIN");
            if (!finInOrder)
                startFinWait2TimerIfOrphan();
        } else if (state_ == TcpState::Closing && finAcked()) {
            enterTimeWait("rcv ACK of FIN");
            return out;
        } else if (state_ == TcpState::LastAck && finAcked()) {
            closeConnection("rcv ACK of FIN");
            appEvent(AppEventKind::Closed);
            return out;
        }
    }
    // Linux: new data for a socket the application closed is answered with RST (tcp_rcv_state_process).
    if (resetsOnDataAfterClose(s))
        return Arrival::taken();
    // Seventh and eighth: the segment text, then FIN.
    processText(s, out);
    if (s.has(kFin))
        processFin(s, out);
    return out;
}

void Endpoint::processText(const Segment& s, Arrival& out)
{
    const bool bareFinBeyondGap = s.len == 0 && s.has(kFin) && s.seq.after(rcvNxt_);
    if (s.len == 0 && !bareFinBeyondGap)
        return;
    if (state_ != TcpState::Established && state_ != TcpState::FinWait1 && state_ != TcpState::FinWait2) {
        // CLOSE_WAIT, CLOSING, LAST_ACK: the peer already sent its FIN; this cannot be new data.
        return;
    }
    if (s.seq.after(rcvNxt_)) {
        // Beyond a gap: held (SHLD-31, Linux tcp_data_queue_ofo), and RFC 5681 §4.2: "A TCP
        // receiver SHOULD send an immediate duplicate ACK when an out-of-order segment arrives."
        reassembly_.hold({ s.seq, s.len, s.text, s.has(kFin) });
        out.take();
        sendAck();
        return;
    }
    const std::uint32_t already = rcvNxt_ - s.seq;
    if (already >= s.len) {
        sendAck(); // wholly old: a duplicate ACK tells the sender where we are
        return;
    }
    const bool fillsGap = !reassembly_.empty();
    auto text = s.text;
    if (already > 0 && text)
        text = std::make_shared<const std::string>(text->substr(std::min<std::size_t>(already, text->size())));
    deliver(s.len - already, text, out);
    if (fillsGap) {
        deliverHeld(out);
        // RFC 5681 §4.2: "SHOULD send an immediate ACK when the incoming segment fills in all or
        // part of a gap in the sequence space."
        sendAck();
        return;
    }
    if (!s.has(kFin))
        scheduleAck(s.len - already);
}

void Endpoint::processFin(const Segment& s, Arrival& out)
{
    if (s.seq + s.len != rcvNxt_)
        return; // the FIN is beyond a gap; it will come again
    out.take();
    rcvNxt_ += 1;
    finReceived_ = true;
    switch (state_) {
    case TcpState::SynReceived:
    case TcpState::Established:
        setState(TcpState::CloseWait, "rcv FIN / snd ACK");
        scheduleAck();
        appEvent(AppEventKind::Eof);
        return;
    case TcpState::FinWait1: // our FIN not yet acknowledged (when it is, we are in FIN_WAIT_2 by now)
        setState(TcpState::Closing, "rcv FIN (simultaneous close) / snd ACK");
        sendAck();
        appEvent(AppEventKind::Eof);
        return;
    case TcpState::FinWait2:
        sendAck();
        enterTimeWait("rcv FIN / snd ACK");
        appEvent(AppEventKind::Eof);
        return;
    default:
        sendAck();
        return;
    }
}

void Endpoint::takeTimestamps(const Segment& s)
{
    if (!params().timestamps || !s.hasTimestamps)
        return;
    if (s.has(kSyn))
        peerTimestamps_ = true;
    tsRecent_ = s.tsVal;
}

bool Endpoint::acceptable(const Segment& s) const
{
    return segmentAcceptable(s.seq, s.seqLength(), rcvNxt_, params().window);
}

} // namespace tcplab
