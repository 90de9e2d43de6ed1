// The endpoint's timers (RFC 9293 §3.8): start, cancel, and what each does when it fires —
// retransmission with backoff and retry limits, TIME_WAIT, the orphan's FIN_WAIT_2 timeout,
// delayed ACK, keepalive. Lazily cancelled: a queued TimerDue whose generation is stale is
// ignored by the host.
#include "endpoint.h"

#include "host.h"
#include "params.h"

#include <algorithm>

namespace tcplab {

void Endpoint::startTimer(TimerKind kind, TimeUs delayUs, int backoff)
{
    Timer& timer = timers_[static_cast<int>(kind)];
    timer.startUs = now();
    timer.dueUs = now() + delayUs;
    ++timer.generation;
    cx_.schedule(timer.dueUs, TimerDue { host_.peer(), kind, sock_, timer.generation });
    publish(event::TimerChanged { sock_, kind, TimerAction::Start, timer.dueUs, backoff });
}

void Endpoint::cancelTimer(TimerKind kind)
{
    Timer& timer = timers_[static_cast<int>(kind)];
    if (timer.dueUs < 0)
        return;
    const TimeUs dueUs = timer.dueUs;
    timer.dueUs = -1;
    timer.startUs = -1;
    ++timer.generation;
    publish(event::TimerChanged { sock_, kind, TimerAction::Cancel, dueUs, 0 });
}

void Endpoint::cancelAllTimers()
{
    for (int i = 0; i < kTimerKindCount; ++i)
        cancelTimer(static_cast<TimerKind>(i));
}

void Endpoint::startFinWait2TimerIfOrphan()
{
    // Linux tcp_fin_timeout: only an orphan (close() called) has a FIN_WAIT_2 timer, never
    // shorter than 3.5 x RTO; after shutdown(SHUT_WR) alone FIN_WAIT_2 waits forever.
    if (state_ != TcpState::FinWait2 || !orphaned_ || !params().fin_wait_2_timeout_ms)
        return;
    TimeUs timeoutUs = msToUs(*params().fin_wait_2_timeout_ms);
    timeoutUs = std::max(timeoutUs, rtoUs_ * 7 / 2);
    startTimer(TimerKind::FinWait2, timeoutUs);
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
    const TimeUs dueUs = timer.dueUs;
    timer.dueUs = -1;
    timer.startUs = -1;
    // What stands behind the timer: the retransmissions so far, or the keepalive probes sent
    // without an answer (Linux's icsk_probes_out, not the data retransmission count).
    const int behind = kind == TimerKind::Keepalive                    ? keepaliveProbes_
        : kind == TimerKind::Retransmit || kind == TimerKind::SynRetry ? retries_
                                                                       : 0;
    publish(event::TimerChanged { sock_, kind, TimerAction::Fire, dueUs, behind });
    switch (kind) {
    case TimerKind::SynRetry:
    case TimerKind::Retransmit: {
        if (outstanding_.empty())
            return;
        const bool handshake = state_ == TcpState::SynSent || state_ == TcpState::SynReceived;
        int limit = state_ == TcpState::SynSent ? params().syn_retries
            : state_ == TcpState::SynReceived   ? params().synack_retries
                                                : params().data_retries;
        bool giveUp = retries_ >= limit;
        if (state_ == TcpState::SynSent && params().syn_linear_timeouts > 0) {
            // Linux >= 6.5: tcp_syn_retries is a time budget equal to the classic exponential
            // schedule, while the first retransmissions come every RTO without backoff.
            TimeUs budgetUs = 0, rtoUs = msToUs(params().rto_initial_ms);
            for (int i = 0; i <= limit; ++i) {
                budgetUs += rtoUs;
                rtoUs = std::min(rtoUs * 2, msToUs(params().rto_max_ms));
            }
            giveUp = now() - firstRetransmitBaseUs_ >= budgetUs;
        }
        if (giveUp) {
            // A half-open connection the listener never handed to accept() (a Linux request
            // socket in SYN_RECV, inet_csk_reqsk_queue_drop on timeout) is dropped silently: the
            // listening application hears nothing.
            if (!(state_ == TcpState::SynReceived && passiveOpen_))
                appEvent(AppEventKind::Timeout, 0,
                    handshake ? "connection timed out (ETIMEDOUT)" : "retransmission limit reached (ETIMEDOUT)");
            closeConnection("retransmission limit reached");
            return;
        }
        ++retries_;
        if (handshake) {
            ++handshakeRetransmissions_;
            retransmitFirst();
        } else {
            retransmitTimeout();
        }
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
        // RFC 9293 §3.8.4 MUST-26: "Keep-alive packets MUST only be sent when no sent data is
        // outstanding" — while data (or a FIN) waits for its ACK, the retransmission timer and its
        // limits decide the connection's fate. Linux's tcp_keepalive_timer does the same: with
        // packets_out or a non-empty write queue it only reschedules a full keepalive_time.
        if (!outstanding_.empty() || !unsent_.empty()) {
            startTimer(TimerKind::Keepalive, msToUs(ka.time_ms));
            return;
        }
        const TimeUs idleUs = now() - lastSegmentUs_;
        if (idleUs < msToUs(ka.time_ms)) {
            startTimer(TimerKind::Keepalive, msToUs(ka.time_ms) - idleUs);
            return;
        }
        if (keepaliveProbes_ >= ka.probes) {
            // Linux tcp_keepalive_timer: tcp_send_active_reset (ACK|RST), then tcp_write_err
            // (ETIMEDOUT). RFC 9293 §3.8.4 sends nothing when giving up.
            if (params().linuxRules())
                sendActiveReset();
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

} // namespace tcplab
