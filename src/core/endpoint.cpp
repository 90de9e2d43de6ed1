#include "endpoint.h"

#include "host.h"
#include "params.h"

#include <algorithm>

namespace tcplab {

Endpoint::Endpoint(Host& host, int sock, const FourTuple& tuple, std::uint32_t incarnation, TcpState startsIn)
    : host_(host)
    , cx_(host.context())
    , sock_(sock)
    , tuple_(tuple)
    , incarnation_(incarnation)
    , state_(startsIn)
{
    const Params& p = params();
    rtt_ = RttEstimator(p.linuxRules() ? RttEstimator::Formula::Linux : RttEstimator::Formula::Rfc6298,
        { msToUs(p.rto_initial_ms), msToUs(p.rto_min_ms), msToUs(p.rto_max_ms) });
    rtoUs_ = rtt_.rtoUs();
    sndWnd_ = p.window;
    cc_ = CongestionControl(p.mss, CongestionControl::initialWindow(p));
    delayedAck_ = DelayedAck(p);
}

const Params& Endpoint::params() const
{
    return cx_.params();
}
TimeUs Endpoint::now() const
{
    return cx_.now();
}
void Endpoint::publish(const CoreEvent& event)
{
    cx_.publish(host_.peer(), event);
}

void Endpoint::appEvent(AppEventKind kind, std::int64_t bytes, std::string_view detail)
{
    // The application hears only what the socket API can tell it: after close() there is no
    // descriptor left to report an error on, so a reset or a timeout of an orphaned connection
    // reaches no application (Linux tcp_reset / tcp_write_err set sk_err on a socket nobody
    // reads; tcp_done just frees it).
    const bool ending = kind == AppEventKind::Reset || kind == AppEventKind::Refused || kind == AppEventKind::Timeout;
    if (ending && orphaned_)
        return;
    if (kind == AppEventKind::Data && !appReads_) {
        unreadBytes_ += bytes; // in the receive queue, where no recv() takes it
        return;
    }
    publish(event::AppNotified { this, sock_, kind, bytes, detail });
}

// ---------------------------------------------------------------- state and timers

void Endpoint::setState(TcpState to, std::string_view cause)
{
    TcpState from = state_;
    state_ = to;
    host_.stateChanged(*this, from, to, cause);
}

void Endpoint::enterTimeWait(std::string_view cause)
{
    cancelAllTimers();
    setState(TcpState::TimeWait, cause);
    if (host_.timeWaitOverflow()) {
        // Linux "time wait bucket table overflow": the socket is destroyed at once.
        closeConnection("tcp_max_tw_buckets overflow: TIME_WAIT destroyed early");
        return;
    }
    startTimer(TimerKind::TimeWait, msToUs(params().timeWaitMs()));
}

void Endpoint::closeConnection(std::string_view cause)
{
    cancelAllTimers();
    if (state_ != TcpState::Closed)
        setState(TcpState::Closed, cause);
    host_.connectionClosed(*this);
}

void Endpoint::dropTimersSilently()
{
    // No trace of timers: a crashed host does not cancel anything, it simply loses it.
    for (auto& timer : timers_) {
        timer.dueUs = -1;
        ++timer.generation;
    }
}

void Endpoint::forget(std::string_view cause)
{
    dropTimersSilently();
    if (state_ != TcpState::Closed)
        setState(TcpState::Closed, cause);
}

void Endpoint::retire()
{
    dropTimersSilently();
}

bool Endpoint::reusableByConnect() const
{
    // tcp_tw_reuse: a TIME_WAIT 4-tuple may be taken by a new outgoing connection when
    // timestamps will prove its segments newer and >= 1 s passed since the last segment.
    // Mode 2 is loopback only; our hosts are never on loopback.
    const Params& p = params();
    return state_ == TcpState::TimeWait && p.tw_reuse == 1 && p.timestamps && peerTimestamps_
        && now() - lastSegmentUs_ >= msToUs(1000);
}

std::uint32_t Endpoint::tsClock() const
{
    return host_.tsClock() + tsOffset_;
}

// ---------------------------------------------------------------- sending

Segment Endpoint::makeSegment(std::uint8_t flags, SeqNum seq) const
{
    Segment s;
    s.srcAddr = tuple_.localAddr;
    s.srcPort = tuple_.localPort;
    s.dstAddr = tuple_.remoteAddr;
    s.dstPort = tuple_.remotePort;
    s.seq = seq;
    s.flags = flags;
    if (flags & kAck)
        s.ack = rcvNxt_;
    s.window = params().window;
    s.incarnation = incarnation_;
    // RFC 7323 §3.2: a SYN may offer timestamps; a SYN,ACK carries them only if the SYN did.
    const bool bareSyn = (flags & kSyn) && !(flags & kAck);
    if (params().timestamps && (peerTimestamps_ || state_ == TcpState::SynSent || bareSyn)) {
        s.hasTimestamps = true;
        s.tsVal = tsClock();
        s.tsEcr = (flags & kAck) ? tsRecent_ : 0;
    }
    return s;
}

void Endpoint::transmit(Segment segment)
{
    if (segment.seqLength() > 0 && !segment.has(kSyn)) {
        // Ground truth for the trace and the packet detail: the sender's window as it sent this.
        segment.sender = { true, cc_.cwnd(), cc_.ssthresh(), inFlight() };
    }
    if (segment.has(kAck)) {
        ackPending_ = false;
        delayedAck_.ackSent();
        if (timers_[static_cast<int>(TimerKind::DelayedAck)].dueUs >= 0)
            cancelTimer(TimerKind::DelayedAck);
    }
    host_.transmit(std::move(segment));
}

void Endpoint::sendAck()
{
    transmit(makeSegment(kAck, sndNxt_));
}

void Endpoint::sendSynAck()
{
    Segment s = makeSegment(kSyn | kAck, iss_);
    transmit(std::move(s));
}

void Endpoint::sendRst(SeqNum seq)
{
    transmit(makeSegment(kRst, seq));
}

void Endpoint::sendActiveReset()
{
    // RFC 9293 §3.10.5 ABORT: <SEQ=SND.NXT><CTL=RST>. Linux's tcp_send_active_reset (abort, and
    // keepalive give-up) sends ACK|RST: SEQ = SND.NXT, ACK = RCV.NXT.
    transmit(makeSegment(
        params().linuxRules() ? static_cast<std::uint8_t>(kAck | kRst) : static_cast<std::uint8_t>(kRst), sndNxt_));
}

// ---------------------------------------------------------------- user calls

void Endpoint::initSendSequence(SeqNum iss)
{
    iss_ = iss;
    sndUna_ = iss;
    sndNxt_ = iss + 1;
}

void Endpoint::initReceiveSequence(const Segment& s, SeqNum irs)
{
    irs_ = irs;
    rcvNxt_ = irs + 1;
    takeTimestamps(s);
    lastSegmentUs_ = now();
}

void Endpoint::sendOpeningSyn(TcpState to, std::string_view cause, std::uint8_t flags)
{
    setState(to, cause);
    outstanding_.push_back({ iss_, 0, kSyn, nullptr, 0, now(), false });
    flightBytes_ += 1;
    firstRetransmitBaseUs_ = now();
    transmit(makeSegment(flags, iss_));
    startTimer(TimerKind::SynRetry, rtoUs_);
}

void Endpoint::openActive(SeqNum iss, std::uint32_t tsOffset)
{
    tsOffset_ = tsOffset;
    initSendSequence(iss);
    sendOpeningSyn(TcpState::SynSent, "app connect", kSyn);
}

void Endpoint::openActiveFromListen(SeqNum iss)
{
    initSendSequence(iss);
    sendOpeningSyn(TcpState::SynSent, "app send in LISTEN / snd SYN", kSyn);
}

void Endpoint::openFromListen(const Segment& syn, SeqNum iss)
{
    passiveOpen_ = true;
    initReceiveSequence(syn, syn.seq);
    initSendSequence(iss);
    sendOpeningSyn(TcpState::SynReceived, "rcv SYN / snd SYN,ACK", kSyn | kAck);
}

void Endpoint::openFromCookie(const Segment& ack, SeqNum iss)
{
    // The cookie's SYN,ACK is acknowledged by this very ACK: nothing of ours is outstanding.
    passiveOpen_ = true;
    initSendSequence(iss);
    sndUna_ = sndNxt_;
    initReceiveSequence(ack, ack.seq - 1);
    setState(TcpState::Established, "rcv ACK with valid SYN cookie");
    appEvent(AppEventKind::Connected);
    armKeepalive();
}

bool Endpoint::send(std::uint32_t bytes, std::shared_ptr<const std::string> text)
{
    switch (state_) {
    case TcpState::SynSent:
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::CloseWait:
        break;
    default:
        return false; // RFC 9293 §3.10.2: "connection closing" / "does not exist"
    }
    if (finQueued_)
        return false;
    unsent_.push_back({ bytes, std::move(text) });
    unsentBytes_ += bytes;
    pushData();
    return true;
}

void Endpoint::close()
{
    orphaned_ = true;
    if (resetsOnCloseWithUnreadData())
        return;
    switch (state_) {
    case TcpState::SynSent:
        closeConnection("app close in SYN_SENT");
        return;
    case TcpState::SynReceived:
    case TcpState::Established:
        if (!finQueued_) {
            finQueued_ = true;
            setState(TcpState::FinWait1, "app close / snd FIN");
            pushData();
        }
        return;
    case TcpState::CloseWait:
        finQueued_ = true;
        setState(TcpState::LastAck, "app close / snd FIN");
        pushData();
        return;
    case TcpState::FinWait2:
        startFinWait2TimerIfOrphan();
        return;
    default:
        return;
    }
}

void Endpoint::shutdownWrite()
{
    switch (state_) {
    case TcpState::SynReceived:
    case TcpState::Established:
        if (!finQueued_) {
            finQueued_ = true;
            setState(TcpState::FinWait1, "app shutdown(SHUT_WR) / snd FIN");
            pushData();
        }
        return;
    case TcpState::CloseWait:
        finQueued_ = true;
        setState(TcpState::LastAck, "app shutdown(SHUT_WR) / snd FIN");
        pushData();
        return;
    default:
        return;
    }
}

void Endpoint::abort()
{
    // RFC 9293 §3.10.5: in synchronized states (and SYN_RECEIVED) send RST; then CLOSED.
    switch (state_) {
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        sendActiveReset();
        break;
    default:
        break;
    }
    closeConnection("app abort / snd RST");
}

} // namespace tcplab
