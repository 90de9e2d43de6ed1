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
