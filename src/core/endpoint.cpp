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
    rtoUs_ = msToUs(params().rto_initial_ms);
    sndWnd_ = params().window;
}

const Params& Endpoint::params() const { return cx_.params(); }
TimeUs Endpoint::now() const { return cx_.now(); }
void Endpoint::publish(const CoreEvent& event) { cx_.publish(host_.peer(), event); }

void Endpoint::appEvent(AppEventKind kind, std::int64_t bytes, std::string_view detail)
{
    publish(event::AppNotified{this, sock_, kind, bytes, detail});
}

// ---------------------------------------------------------------- state and timers

void Endpoint::setState(TcpState to, std::string_view cause)
{
    TcpState from = state_;
    state_ = to;
    host_.stateChanged(*this, from, to, cause);
}

void Endpoint::startTimer(TimerKind kind, TimeUs delay, int backoff)
{
    Timer& timer = timers_[static_cast<int>(kind)];
    timer.start = now();
    timer.due = now() + delay;
    ++timer.generation;
    cx_.schedule(timer.due, TimerDue{host_.peer(), kind, sock_, timer.generation});
    publish(event::TimerChanged{sock_, kind, TimerAction::Start, timer.due, backoff});
}

void Endpoint::cancelTimer(TimerKind kind)
{
    Timer& timer = timers_[static_cast<int>(kind)];
    if (timer.due < 0)
        return;
    TimeUs due = timer.due;
    timer.due = -1;
    timer.start = -1;
    ++timer.generation;
    publish(event::TimerChanged{sock_, kind, TimerAction::Cancel, due, 0});
}

void Endpoint::cancelAllTimers()
{
    for (int i = 0; i < kTimerKindCount; ++i)
        cancelTimer(static_cast<TimerKind>(i));
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
        timer.due = -1;
        ++timer.generation;
    }
}

void Endpoint::forget(std::string_view cause)
{
    dropTimersSilently();
    if (state_ != TcpState::Closed)
        setState(TcpState::Closed, cause);
}

void Endpoint::retire() { dropTimersSilently(); }

bool Endpoint::reusableByConnect() const
{
    // tcp_tw_reuse: a TIME_WAIT 4-tuple may be taken by a new outgoing connection when
    // timestamps will prove its segments newer and >= 1 s passed since the last segment.
    // Mode 2 is loopback only; our hosts are never on loopback.
    const Params& p = params();
    return state_ == TcpState::TimeWait && p.tw_reuse == 1 && p.timestamps && peerTimestamps_
        && now() - lastSegmentUs_ >= msToUs(1000);
}

std::uint32_t Endpoint::tsClock() const { return host_.tsClock() + tsOffset_; }

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
    if (segment.has(kAck)) {
        ackPending_ = false;
        if (timers_[static_cast<int>(TimerKind::DelayedAck)].due >= 0)
            cancelTimer(TimerKind::DelayedAck);
    }
    host_.transmit(std::move(segment));
}

void Endpoint::sendAck() { transmit(makeSegment(kAck, sndNxt_)); }

void Endpoint::sendSynAck()
{
    Segment s = makeSegment(kSyn | kAck, iss_);
    transmit(std::move(s));
}

void Endpoint::sendRst(SeqNum seq) { transmit(makeSegment(kRst, seq)); }

void Endpoint::pushData()
{
    if (state_ != TcpState::Established && state_ != TcpState::CloseWait && state_ != TcpState::FinWait1
        && state_ != TcpState::LastAck)
        return;
    const std::uint32_t mss = params().mss;
    while (!unsent_.empty()) {
        std::uint32_t inFlight = sndNxt_ - sndUna_;
        if (inFlight >= sndWnd_)
            return;
        Unsent& chunk = unsent_.front();
        std::uint32_t len = std::min({chunk.len, mss, sndWnd_ - inFlight});
        Segment s = makeSegment(kAck | kPsh, sndNxt_);
        s.len = len;
        s.streamOffset = streamSent_;
        if (chunk.text) {
            if (len == chunk.len)
                s.text = chunk.text;
            else
                s.text = std::make_shared<const std::string>(chunk.text->substr(0, len));
        }
        outstanding_.push_back({sndNxt_, len, 0, s.text, streamSent_, now(), false});
        sndNxt_ += len;
        streamSent_ += len;
        unsentBytes_ -= len;
        if (len == chunk.len) {
            unsent_.pop_front();
        } else {
            chunk.len -= len;
            if (chunk.text)
                chunk.text = std::make_shared<const std::string>(chunk.text->substr(len));
        }
        transmit(std::move(s));
        if (timers_[static_cast<int>(TimerKind::Retransmit)].due < 0)
            startTimer(TimerKind::Retransmit, rtoUs_);
    }
    if (finQueued_ && !finSent_) {
        finSeq_ = sndNxt_;
        Segment s = makeSegment(kFin | kAck, sndNxt_);
        outstanding_.push_back({sndNxt_, 0, kFin, nullptr, streamSent_, now(), false});
        sndNxt_ += 1;
        finSent_ = true;
        transmit(std::move(s));
        if (timers_[static_cast<int>(TimerKind::Retransmit)].due < 0)
            startTimer(TimerKind::Retransmit, rtoUs_);
    }
}

void Endpoint::retransmitFirst()
{
    if (outstanding_.empty())
        return;
    Outstanding& o = outstanding_.front();
    o.retransmitted = true;
    std::uint8_t flags = kAck | o.flags;
    if (o.flags & kSyn) {
        if (state_ == TcpState::SynSent)
            flags = kSyn;  // our SYN has nothing to acknowledge yet
    }
    if (o.len > 0)
        flags |= kPsh;
    Segment s = makeSegment(flags, o.seq);
    s.len = o.len;
    s.text = o.text;
    s.streamOffset = o.streamOffset;
    transmit(std::move(s));
}

void Endpoint::scheduleAck()
{
    const std::int64_t delay = params().delayed_ack_ms;
    if (delay <= 0) {
        sendAck();
        return;
    }
    if (!ackPending_) {
        ackPending_ = true;
        startTimer(TimerKind::DelayedAck, msToUs(delay));
    }
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
    outstanding_.push_back({iss_, 0, kSyn, nullptr, 0, now(), false});
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
        return false;  // RFC 9293 §3.10.2: "connection closing" / "does not exist"
    }
    if (finQueued_)
        return false;
    unsent_.push_back({bytes, std::move(text)});
    unsentBytes_ += bytes;
    pushData();
    return true;
}

void Endpoint::close()
{
    orphaned_ = true;
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
        transmit(makeSegment(kRst, sndNxt_));
        break;
    default:
        break;
    }
    closeConnection("app abort / snd RST");
}

void Endpoint::startFinWait2TimerIfOrphan()
{
    // Linux tcp_fin_timeout: only an orphan (close() called) has a FIN_WAIT_2 timer, never
    // shorter than 3.5 x RTO; after shutdown(SHUT_WR) alone FIN_WAIT_2 waits forever.
    if (state_ != TcpState::FinWait2 || !orphaned_ || !params().fin_wait_2_timeout_ms)
        return;
    TimeUs timeout = msToUs(*params().fin_wait_2_timeout_ms);
    timeout = std::max(timeout, rtoUs_ * 7 / 2);
    startTimer(TimerKind::FinWait2, timeout);
}

void Endpoint::armKeepalive()
{
    if (params().keepalive.enabled)
        startTimer(TimerKind::Keepalive, msToUs(params().keepalive.time_ms));
}

// ---------------------------------------------------------------- timers firing

void Endpoint::timerFires(TimerKind kind)
{
    Timer& timer = timers_[static_cast<int>(kind)];
    TimeUs due = timer.due;
    timer.due = -1;
    timer.start = -1;
    publish(event::TimerChanged{sock_, kind, TimerAction::Fire, due, retries_});
    switch (kind) {
    case TimerKind::SynRetry:
    case TimerKind::Retransmit: {
        if (outstanding_.empty())
            return;
        const bool handshake = state_ == TcpState::SynSent || state_ == TcpState::SynReceived;
        int limit = state_ == TcpState::SynSent       ? params().syn_retries
                    : state_ == TcpState::SynReceived ? params().synack_retries
                                                      : params().data_retries;
        bool giveUp = retries_ >= limit;
        if (state_ == TcpState::SynSent && params().syn_linear_timeouts > 0) {
            // Linux >= 6.5: tcp_syn_retries is a time budget equal to the classic exponential
            // schedule, while the first retransmissions come every RTO without backoff.
            TimeUs budget = 0, rto = msToUs(params().rto_initial_ms);
            for (int i = 0; i <= limit; ++i) {
                budget += rto;
                rto = std::min(rto * 2, msToUs(params().rto_max_ms));
            }
            giveUp = now() - firstRetransmitBaseUs_ >= budget;
        }
        if (giveUp) {
            appEvent(AppEventKind::Timeout, 0,
                     handshake ? "connection timed out (ETIMEDOUT)" : "retransmission limit reached (ETIMEDOUT)");
            closeConnection("retransmission limit reached");
            return;
        }
        ++retries_;
        retransmitFirst();
        if (!(state_ == TcpState::SynSent && retries_ <= params().syn_linear_timeouts))
            rtoUs_ = std::min(rtoUs_ * 2, msToUs(params().rto_max_ms));
        startTimer(kind, rtoUs_, retries_);
        return;
    }
    case TimerKind::TimeWait:
        // Say which rule set the length: Linux's TIME_WAIT is a fixed TCP_TIMEWAIT_LEN, not 2 x MSL.
        closeConnection(params().time_wait_ms ? "TIME_WAIT timeout (fixed length, not 2MSL) expired"
                                              : "TIME_WAIT timeout (2MSL) expired");
        return;
    case TimerKind::FinWait2:
        // The orphan is removed silently; a later FIN from the peer meets no socket (RST).
        closeConnection("FIN_WAIT_2 timeout (tcp_fin_timeout) for orphaned socket");
        return;
    case TimerKind::DelayedAck:
        if (ackPending_)
            sendAck();
        return;
    case TimerKind::Keepalive: {
        const KeepaliveParams& ka = params().keepalive;
        // RFC 9293 §3.8.4: probes only after the idle interval with nothing received. A peer
        // heard from since (an answered probe, new data) pushes the next probe to last-heard +
        // time_ms, as Linux's tcp_keepalive_timer does; unanswered probes keep the idle time growing.
        const TimeUs idleUs = now() - lastSegmentUs_;
        if (idleUs < msToUs(ka.time_ms)) {
            startTimer(TimerKind::Keepalive, msToUs(ka.time_ms) - idleUs);
            return;
        }
        if (keepaliveProbes_ >= ka.probes) {
            appEvent(AppEventKind::Timeout, 0, "keepalive: peer did not answer (ETIMEDOUT)");
            closeConnection("keepalive probes unanswered");
            return;
        }
        // RFC 9293 §3.8.4: a probe carries SEG.SEQ = SND.NXT-1 so the peer must answer with an ACK.
        ++keepaliveProbes_;
        transmit(makeSegment(kAck, sndNxt_ - 1));
        startTimer(TimerKind::Keepalive, msToUs(ka.interval_ms), keepaliveProbes_);
        return;
    }
    }
}

// ---------------------------------------------------------------- acknowledgements and RTT

void Endpoint::measureRtt(TimeUs sample)
{
    // RFC 6298 §2 with the profile's floor and ceiling.
    if (srttUs_ == 0) {
        srttUs_ = sample;
        rttvarUs_ = sample / 2;
    } else {
        TimeUs delta = srttUs_ > sample ? srttUs_ - sample : sample - srttUs_;
        rttvarUs_ = (3 * rttvarUs_ + delta) / 4;
        srttUs_ = (7 * srttUs_ + sample) / 8;
    }
    TimeUs rto = srttUs_ + std::max<TimeUs>(1000, 4 * rttvarUs_);
    rtoUs_ = std::clamp(rto, msToUs(params().rto_min_ms), msToUs(params().rto_max_ms));
}

void Endpoint::ackReceived(SeqNum ack)
{
    bool progressed = false;
    while (!outstanding_.empty()) {
        const Outstanding& o = outstanding_.front();
        std::uint32_t span = o.len + ((o.flags & (kSyn | kFin)) ? 1 : 0);
        if (!(o.seq + span).beforeOrEqual(ack))
            break;
        if (!o.retransmitted)  // Karn's algorithm
            measureRtt(now() - o.firstSentUs);
        outstanding_.pop_front();
        progressed = true;
    }
    sndUna_ = ack;
    if (!progressed)
        return;
    retries_ = 0;
    TimerKind kind = (state_ == TcpState::SynSent || state_ == TcpState::SynReceived) ? TimerKind::SynRetry
                                                                                       : TimerKind::Retransmit;
    if (outstanding_.empty()) {
        cancelTimer(TimerKind::SynRetry);
        cancelTimer(TimerKind::Retransmit);
    } else {
        startTimer(kind, rtoUs_);
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
