// Plain-language log sentences for trace events. The core writes a short English `cause` for
// each transition; it is matched here only to pick the right translated sentence, never shown,
// so the log reads entirely in the user's language.
#include "teaching_text.h"

#include <QLocale>

namespace tcplab {

namespace {

bool has(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

// Virtual time of the run, shown in seconds with millisecond precision.
QString instant(TimeUs t_us)
{
    return TeachingText::tr("%1 s", "instant of virtual time").arg(QLocale().toString(double(t_us) / 1e6, 'f', 3));
}

} // namespace

QString TeachingText::peerName(Peer peer)
{
    return peer == Peer::Client ? tr("client") : tr("server");
}

QString TeachingText::citing(const QString& sentence, const QString& reference)
{
    return reference.isEmpty() ? sentence : tr("%1 (%2)", "sentence (RFC section)").arg(sentence, reference);
}

QString TeachingText::segmentText(const Segment& s)
{
    // Flags, field names and numbers are protocol identifiers: the same in every language.
    QString text = QString::fromStdString(flagsToString(s.flags)) + QStringLiteral(" seq=%1").arg(s.seq.value());
    if (s.has(kAck))
        text += QStringLiteral(" ack=%1").arg(s.ack.value());
    if (s.len > 0)
        text += QStringLiteral(" len=%1").arg(s.len);
    if (s.incarnation > 1)
        text += QStringLiteral(" inc=%1").arg(s.incarnation);
    return text;
}

QString TeachingText::stateSentence(const TraceEvent& e)
{
    using S = TcpState;
    const std::string& c = e.cause;
    QString text;
    switch (e.to) {
    case S::Listen:
        text = e.from == S::Closed ? tr("%1 calls listen(): the socket moves from %2 to %3 and waits for SYNs.")
                                   : tr("%1 received an RST for a half-open connection: it moves from %2 back to %3 "
                                        "and the listener carries on.");
        break;
    case S::SynSent:
        text = e.from == S::Listen ? tr("%1's application sends on a listening socket: it becomes an active open, "
                                        "sends a SYN and moves from %2 to %3.")
                                   : tr("%1 calls connect(): it sends a SYN and moves from %2 to %3 (an active open).");
        break;
    case S::SynReceived:
        if (e.from == S::SynSent)
            text = tr("%1 received a SYN while its own SYN is unanswered (simultaneous open): it answers SYN,ACK and "
                      "moves from %2 to %3.");
        else if (e.from == S::TimeWait)
            text = tr("%1 accepted a new SYN for the same 4-tuple because its sequence number or timestamp is newer "
                      "than anything of the old connection: it moves from %2 to %3 and a new incarnation begins.");
        else
            text = tr("%1 received a SYN: it answers SYN,ACK and moves from %2 to %3, waiting for the ACK that "
                      "completes the handshake.");
        break;
    case S::Established:
        if (e.from == S::SynSent)
            text = tr("%1 received SYN,ACK: it sends the final ACK and moves from %2 to %3.");
        else if (e.from == S::Listen)
            text = tr("%1 received a final ACK carrying a valid SYN cookie: it creates the connection directly, from "
                      "%2 to %3, without having kept any half-open state.");
        else
            text = tr("%1 received the ACK of its SYN: the handshake is complete and it moves from %2 to %3.");
        break;
    case S::FinWait1:
        text = has(c, "shutdown")
            ? tr("%1's application called shutdown(SHUT_WR): it sends a FIN and moves from %2 to %3, but can still "
                 "receive.")
            : tr("%1's application called close(): it sends a FIN and moves from %2 to %3 (the active close).");
        break;
    case S::FinWait2:
        text = tr("%1 received the ACK of its FIN: it moves from %2 to %3 and waits for the peer's FIN.");
        break;
    case S::CloseWait:
        text = tr("%1 received FIN: it ACKs and moves from %2 to %3; its application has read end of file and must now "
                  "call close().");
        break;
    case S::Closing:
        text = tr("%1 received FIN while its own FIN is not yet acknowledged: both sides closed at once, so it ACKs "
                  "and moves from %2 to %3.");
        break;
    case S::LastAck:
        text = tr("%1's application called close() after end of file: it sends its own FIN and moves from %2 to %3 to "
                  "wait for the last ACK.");
        break;
    case S::TimeWait:
        text = e.from == S::Closing ? tr("%1 received the ACK of its FIN after a simultaneous close: it moves from %2 "
                                         "to %3 and waits 2×MSL like any active closer.")
                                    : tr("%1 received FIN: it ACKs and moves from %2 to %3 because it closed first: it "
                                         "must wait 2×MSL in case that ACK is lost (the peer would resend its FIN) and "
                                         "until old duplicates of this connection have died out.");
        break;
    case S::Closed:
        if (has(c, "crash"))
            text = tr("%1's host crashed: the socket vanishes without sending anything, from %2 to %3.");
        else if (has(c, "data after close"))
            text = tr("%1's application called close() and can read nothing more: new data from the peer is lost, so "
                      "it answers with RST and the connection ends, from %2 to %3 (shutdown() would have kept it "
                      "readable).");
        else if (has(c, "unread data"))
            text = tr("%1's application closed the connection without reading all the data it received: that data is "
                      "lost, so instead of a FIN it sends an RST and goes from %2 straight to %3.");
        else if (has(c, "close of listener"))
            text = tr("%1's application closed the listening socket: it moves from %2 to %3.");
        else if (has(c, "app close"))
            text = tr("%1's application gave up the connection attempt: it moves from %2 to %3.");
        else if (has(c, "abort"))
            text = tr("%1's application aborted: it sends an RST and goes from %2 straight to %3.");
        else if (has(c, "retransmission limit"))
            text = tr("%1 retransmitted without an answer up to its retry limit: it gives up, moves from %2 to %3 and "
                      "reports a timeout.");
        else if (has(c, "keepalive"))
            text = tr("%1's keepalive probes went unanswered: the peer is presumed dead, from %2 to %3.");
        else if (has(c, "refused"))
            text = tr("%1 received an RST in answer to its SYN: nobody listens on that port, the connection is "
                      "refused, from %2 to %3.");
        else if (has(c, "RST") && e.from == S::TimeWait)
            text = tr("%1 received an RST: it kills TIME_WAIT early (TIME_WAIT assassination), from %2 to %3.");
        else if (has(c, "RST"))
            text = tr("%1 received an RST: the connection is reset and moves from %2 to %3.");
        else if (has(c, "max_tw_buckets"))
            text = tr("%1 holds too many TIME_WAIT sockets: this one is destroyed early, from %2 to %3, and loses the "
                      "protection of TIME_WAIT.");
        else if (has(c, "tw_reuse"))
            text = tr("%1 hands the 4-tuple of this TIME_WAIT connection to a new connection (tw_reuse): the old one "
                      "is deleted, from %2 to %3.");
        else if (has(c, "SO_REUSEADDR"))
            text = tr("%1's application bound the port again with SO_REUSEADDR: this TIME_WAIT connection gives its "
                      "4-tuple to the new one, from %2 to %3.");
        else if (has(c, "FIN_WAIT_2 timeout"))
            text = tr("%1's orphaned socket waited too long for the peer's FIN: the FIN_WAIT_2 timeout removes it, "
                      "from %2 to %3. A late FIN from the peer will be answered with RST.");
        else if (e.from == S::TimeWait)
            text = tr("%1's TIME_WAIT timer expired: the connection is deleted, from %2 to %3, and its 4-tuple may be "
                      "used again.");
        else if (e.from == S::LastAck)
            text = tr("%1 received the last ACK: it moves from %2 to %3 at once, because the passive closer does not "
                      "wait in TIME_WAIT.");
        break;
    }
    if (text.isEmpty())
        return tr("%1 moves from %2 to %3: %4")
            .arg(peerName(e.peer), stateName(e.from), stateName(e.to), transitionText(e.from, e.to));
    return text.arg(peerName(e.peer), stateName(e.from), stateName(e.to));
}

QString TeachingText::eventReference(const TraceEvent& e)
{
    switch (e.kind) {
    case TraceKind::State:
        if (e.from == TcpState::TimeWait && e.to == TcpState::Closed && has(e.cause, "RST"))
            return QStringLiteral("RFC 1337");
        return transitionReference(e.from, e.to);
    case TraceKind::Send:
    case TraceKind::Arrive:
        return QStringLiteral("RFC 9293 §3.10.7");
    case TraceKind::Drop:
        switch (e.reason) {
        case DropReason::Expired:
            return QStringLiteral("RFC 9293 §3.4.2");
        case DropReason::Unacceptable:
            return QStringLiteral("RFC 9293 §3.10.7.4");
        case DropReason::NoSocket:
            return QStringLiteral("RFC 9293 §3.5.2");
        case DropReason::Backlog:
            return QStringLiteral("RFC 4987");
        case DropReason::TimeWait:
            return QStringLiteral("RFC 6191");
        case DropReason::Paws:
            return QStringLiteral("RFC 7323 §5");
        case DropReason::Ignored:
            // In TIME_WAIT only the rfc1337 protection ignores an RST; in LISTEN the RFC does.
            return e.from == TcpState::TimeWait ? QStringLiteral("RFC 1337") : QStringLiteral("RFC 9293 §3.10.7.2");
        case DropReason::ChallengeAck:
            return e.segment && e.segment->has(kRst) ? QStringLiteral("RFC 5961 §3.2") : QStringLiteral("RFC 5961 §4");
        default:
            return {};
        }
    case TraceKind::Timer:
        switch (e.timer) {
        case TimerKind::Retransmit:
        case TimerKind::SynRetry:
            return QStringLiteral("RFC 6298 §5");
        case TimerKind::TimeWait:
            return QStringLiteral("RFC 9293 §3.6.1");
        case TimerKind::Keepalive:
            return QStringLiteral("RFC 9293 §3.8.4");
        case TimerKind::DelayedAck:
            return QStringLiteral("RFC 9293 §3.8.6.3");
        case TimerKind::FinWait2:
            return {};
        }
        return {};
    case TraceKind::Stray:
        return QStringLiteral("RFC 1337");
    case TraceKind::App:
    case TraceKind::Note:
        return {};
    }
    return {};
}

QString TeachingText::explainEvent(const TraceEvent& e, const Segment* segment)
{
    return citing(describeEvent(e, segment), eventReference(e));
}

QString TeachingText::describeEvent(const TraceEvent& e, const Segment* segment)
{
    if (!segment)
        segment = e.segment;
    const QString who = peerName(e.peer);
    const QString seg = segment ? segmentText(*segment) : QString();
    const std::string& c = e.cause;
    QString text;
    switch (e.kind) {
    case TraceKind::State:
        text = stateSentence(e);
        break;
    case TraceKind::Send:
        if (!segment)
            text = tr("%1 sends a segment.").arg(who);
        else if (segment->has(kRst))
            text = tr("%1 sends %2: a reset, the connection is refused or aborted.").arg(who, seg);
        else if (segment->has(kSyn))
            text = segment->has(kAck)
                ? tr("%1 sends %2: it accepts the connection and acknowledges the SYN.").arg(who, seg)
                : tr("%1 sends %2 to open a connection.").arg(who, seg);
        else if (segment->has(kFin))
            text = tr("%1 sends %2: it has no more data to send.").arg(who, seg);
        else if (segment->len > 0)
            text = tr("%1 sends %2 carrying %n byte(s) of data.", nullptr, int(segment->len)).arg(who, seg);
        else
            text = tr("%1 sends %2 to acknowledge what it has received.").arg(who, seg);
        break;
    case TraceKind::Arrive:
        text = segment ? tr("%1 receives %2.").arg(who, seg) : tr("%1 receives a segment.").arg(who);
        break;
    case TraceKind::Drop:
        switch (e.reason) {
        case DropReason::Fault:
            text = tr("A segment to %1 is dropped on purpose (fault injection): %2.");
            break;
        case DropReason::Loss:
            text = tr("The network loses a segment to %1: %2.");
            break;
        case DropReason::Expired:
            text = tr("A segment to %1 is older than MSL and dies in the network: %2.");
            break;
        case DropReason::Unacceptable:
            text = tr("%1 drops %2: it lies outside the receive window (the acceptability test).");
            break;
        case DropReason::NoSocket:
            text = tr("%1 has no socket for %2: it is dropped and answered with RST.");
            break;
        case DropReason::Backlog:
            text = tr("%1's listener is full of half-open connections: %2 is dropped.");
            break;
        case DropReason::TimeWait:
            text = tr("%1 is in TIME_WAIT and refuses %2: it is not newer than the old connection.");
            break;
        case DropReason::Paws:
            text = tr("%1 drops %2: its timestamp is older than the last one seen (PAWS).");
            break;
        case DropReason::NoRoute:
            text = tr("A segment to %1 cannot be delivered, that host does not exist: %2.");
            break;
        case DropReason::ChallengeAck:
            text = segment && segment->has(kRst)
                ? tr("%1 does not trust %2: an RST resets only at exactly RCV.NXT, so it answers with a challenge ACK "
                     "and drops it (RFC 5961). A real peer answers with a correct RST; a blind attacker cannot.")
                : tr("%1 drops %2: a SYN on a synchronized connection is answered with a challenge ACK (RFC 5961). "
                     "If the peer really restarted, it answers that ACK with an RST.");
            break;
        case DropReason::Ignored:
            text = e.from == TcpState::TimeWait
                ? tr("%1 ignores %2 in TIME_WAIT (the RFC 1337 protection): TIME_WAIT runs its full length, so no old "
                     "duplicate can reach a new connection early.")
                : tr("%1 ignores %2, as the rules of its state require.");
            break;
        }
        text = text.arg(who, seg);
        break;
    case TraceKind::Timer: {
        const QString due = instant(e.due_us);
        if (e.timerAction == TimerAction::Cancel) {
            text = tr("%1 stops a timer that is no longer needed.").arg(who);
            break;
        }
        const bool start = e.timerAction == TimerAction::Start;
        switch (e.timer) {
        case TimerKind::Retransmit:
            text = !start ? tr("%1's retransmission timer fires: nothing was acknowledged in time, so it sends the "
                               "oldest unacknowledged segment again with its congestion window cut to one segment (RFC "
                               "5681), or gives up when the retry limit is reached.")
                                .arg(who)
                : e.backoff > 0
                ? tr("%1 restarts its retransmission timer with a doubled timeout (retransmission %n), due at %2.",
                    nullptr, e.backoff)
                      .arg(who, due)
                : tr("%1 starts its retransmission timer: if no ACK arrives by %2, it sends the segment again.")
                      .arg(who, due);
            break;
        case TimerKind::SynRetry:
            text = !start ? tr("%1's SYN timer fires: no answer yet, so the handshake segment is sent again, or "
                               "connect() fails when the retry limit is reached.")
                                .arg(who)
                : e.backoff > 0 ? tr("%1 waits for an answer to its handshake segment until %2 (retransmission %n).",
                      nullptr, e.backoff)
                                      .arg(who, due)
                                : tr("%1 waits for an answer to its handshake segment until %2.").arg(who, due);
            break;
        case TimerKind::TimeWait:
            text = start ? tr("%1 starts the TIME_WAIT timer: the connection is remembered until %2.").arg(who, due)
                         : tr("%1's TIME_WAIT timer fires: the wait is over.").arg(who);
            break;
        case TimerKind::FinWait2:
            text = start
                ? tr(
                    "%1's socket is an orphan in FIN_WAIT_2: it will be removed at %2 if the peer's FIN does not come.")
                      .arg(who, due)
                : tr("%1's FIN_WAIT_2 timeout fires: the peer never sent its FIN.").arg(who);
            break;
        case TimerKind::Keepalive:
            text = start ? tr("%1 schedules a keepalive probe at %2 in case the connection stays idle.").arg(who, due)
                         : tr("%1's keepalive timer fires: it probes the idle peer.").arg(who);
            break;
        case TimerKind::DelayedAck:
            text = start ? tr("%1 delays its ACK until %2, hoping to send it with data or a FIN.").arg(who, due)
                         : tr("%1's delayed-ACK timer fires: it sends the ACK alone.").arg(who);
            break;
        }
        break;
    }
    case TraceKind::App:
        switch (e.app) {
        case AppEventKind::Connected:
            text = tr("%1's application learns that the connection is open.").arg(who);
            break;
        case AppEventKind::Data:
            text = tr("%1's application reads %n byte(s).", nullptr, int(e.bytes)).arg(who);
            break;
        case AppEventKind::Eof:
            text = tr("%1's application reads end of file: the peer has closed its direction.").arg(who);
            break;
        case AppEventKind::Reset:
            if (has(c, "EPIPE")) // Linux tcp_reset in CLOSE_WAIT
                text = tr("%1's application is told: broken pipe (EPIPE) — Linux reports a reset that arrives in "
                          "CLOSE_WAIT this way.")
                           .arg(who);
            else
                text = tr("%1's application is told: connection reset (ECONNRESET).").arg(who);
            break;
        case AppEventKind::Refused:
            text = tr("%1's application is told: connection refused (ECONNREFUSED).").arg(who);
            break;
        case AppEventKind::Timeout:
            text = tr("%1's application is told: connection timed out (ETIMEDOUT).").arg(who);
            break;
        case AppEventKind::Closed:
            text = tr("%1's application: the connection is completely closed.").arg(who);
            break;
        case AppEventKind::Error:
            if (has(c, "bind") && has(c, "EADDRINUSE"))
                text = tr("%1's bind() fails: another socket of this host holds the port, a TIME_WAIT one counts too, "
                          "and SO_REUSEADDR is not set (EADDRINUSE).")
                           .arg(who);
            else if (has(c, "EADDRINUSE"))
                text = tr("%1's listen() fails: the port is already in use (EADDRINUSE).").arg(who);
            else if (has(c, "ephemeral") && has(c, "EADDRNOTAVAIL"))
                text = tr("%1's connect() fails: every port of the ephemeral range is in use for this destination, "
                          "and no TIME_WAIT entry may be reused (EADDRNOTAVAIL).")
                           .arg(who);
            else if (has(c, "EADDRNOTAVAIL"))
                text = tr("%1's connect() fails: another connection holds this 4-tuple (EADDRNOTAVAIL).").arg(who);
            else if (has(c, "ENOTCONN"))
                text = tr("%1's application acts on a connection that does not exist (ENOTCONN).").arg(who);
            else if (has(c, "EPIPE"))
                text = tr("%1's application writes to a connection that is closing or closed (EPIPE).").arg(who);
            else if (has(c, "crash"))
                text = tr("%1's application cannot act: its host has crashed.").arg(who);
            else
                text = tr("%1's application gets an error: %2").arg(who, QString::fromStdString(c));
            break;
        }
        break;
    case TraceKind::Stray:
        text = e.accepted
            ? tr("DANGER: %1 accepted a segment from an older incarnation of this 4-tuple: %2.").arg(who, seg)
            : tr("%1 recognised a segment from an older incarnation and rejected it: %2.").arg(who, seg);
        break;
    case TraceKind::Note:
        if (has(c, "tcp_tw_reuse"))
            text = tr("%1 reuses a 4-tuple still in TIME_WAIT for a new connection (tw_reuse with timestamps).")
                       .arg(who);
        else if (has(c, "stops reading"))
            text = tr("%1's application stops reading: what arrives now waits in the receive queue, unread.").arg(who);
        else if (has(c, "SO_REUSEADDR"))
            text = tr("%1 binds with SO_REUSEADDR to the port of its own TIME_WAIT connection: with timestamps on, "
                      "the new connection takes the 4-tuple over at once, whatever tcp_tw_reuse says.")
                       .arg(who);
        else if (has(c, "RFC 6191"))
            text = tr("%1 accepts a SYN in TIME_WAIT: a new incarnation of the 4-tuple begins (RFC 6191).").arg(who);
        else if (has(c, "SYN queue full"))
            text = tr("%1's SYN queue is full: it answers with a SYN cookie and keeps no state.").arg(who);
        else if (has(c, "valid SYN cookie"))
            text = tr("%1 receives a valid SYN cookie: the connection is created from the final ACK.").arg(who);
        else if (has(c, "never"))
            text = tr("%1's application has a bug: it will never call close().").arg(who);
        else if (has(c, "crash"))
            text = tr("%1's host crashed: every connection is forgotten.").arg(who);
        else
            text = tr("%1: %2", "peer: note from the simulator").arg(who, QString::fromStdString(c));
        break;
    }
    return text;
}

} // namespace tcplab
