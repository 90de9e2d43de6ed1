// The sentence for a state change and the rule it follows: the core's English `cause` picks the
// translated sentence and the RFC section (teaching_text_events.cpp has the other events).
#include "teaching_text.h"

namespace tcplab {

namespace {

bool has(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

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

} // namespace tcplab
