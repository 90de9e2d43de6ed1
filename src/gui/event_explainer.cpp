#include "event_explainer.h"

#include "tcp_state.h"

namespace tcplab {

namespace {
QString latin(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}
} // namespace

QString EventExplainer::formatTime(TimeUs t_us)
{
    if (t_us < 0)
        return QStringLiteral("-");
    if (t_us < 1'000'000)
        return tr("%1 ms").arg(double(t_us) / 1000.0, 0, 'f', t_us % 1000 ? 3 : 0);
    if (t_us < 600'000'000)
        return tr("%1 s").arg(double(t_us) / 1e6, 0, 'f', 3);
    return tr("%1 min").arg(double(t_us) / 6e7, 0, 'f', 2);
}

QString EventExplainer::peerName(Peer peer)
{
    return peer == Peer::Client ? tr("client") : tr("server");
}

QString EventExplainer::segmentLabel(const Segment& s)
{
    QString label = latin(flagsToString(s.flags)) + QStringLiteral(" seq=%1").arg(s.seq.value());
    if (s.has(kAck))
        label += QStringLiteral(" ack=%1").arg(s.ack.value());
    label += QStringLiteral(" len=%1").arg(s.len);
    if (s.incarnation > 1)
        label += QStringLiteral(" inc=%1").arg(s.incarnation);
    return label;
}

bool EventExplainer::worthLogging(const TraceRecord& record)
{
    const TraceEvent& e = record.event;
    return !(e.kind == TraceKind::Timer && e.timerAction == TimerAction::Cancel);
}

QString EventExplainer::explain(const TraceRecord& record)
{
    const TraceEvent& e = record.event;
    const QString who = peerName(e.peer);
    const QString seg = record.segment ? segmentLabel(*record.segment) : QString();
    const QString to = latin(stateName(e.to));
    const QString cause = QString::fromStdString(e.cause);
    switch (e.kind) {
    case TraceKind::State:
        switch (e.to) {
        case TcpState::Listen:
            return e.from == TcpState::Closed ? tr("%1 opens a listening socket: it waits for a SYN.").arg(who)
                                              : tr("%1 returns to LISTEN (%2).").arg(who, cause);
        case TcpState::SynSent:
            return tr("%1 sends a SYN and moves to SYN_SENT: an active open.").arg(who);
        case TcpState::SynReceived:
            return tr("%1 received a SYN: it answers SYN,ACK and moves to SYN_RECEIVED.").arg(who);
        case TcpState::Established:
            return tr("%1 moves to ESTABLISHED (%2): the handshake is complete on its side.").arg(who, cause);
        case TcpState::FinWait1:
            return tr("%1's application closed: it sends a FIN and moves to FIN_WAIT_1.").arg(who);
        case TcpState::FinWait2:
            return tr("%1 received the ACK of its FIN: it moves to FIN_WAIT_2 and waits for the peer's FIN.").arg(who);
        case TcpState::CloseWait:
            return tr("%1 received FIN: it ACKs and moves to CLOSE_WAIT until its application closes.").arg(who);
        case TcpState::Closing:
            return tr("%1 received FIN while its own FIN is unacknowledged: simultaneous close, CLOSING.").arg(who);
        case TcpState::LastAck:
            return tr("%1's application closed too: it sends its FIN and waits in LAST_ACK for the last ACK.").arg(who);
        case TcpState::TimeWait:
            return tr("%1 received FIN: it ACKs and moves to TIME_WAIT because the active closer must stay 2×MSL in "
                      "case that ACK is lost and old duplicates are still around.")
                .arg(who);
        case TcpState::Closed:
            return tr("%1 moves to CLOSED (%2): the connection's TCB is deleted.").arg(who, cause);
        }
        return tr("%1 moves to %2 (%3).").arg(who, to, cause);
    case TraceKind::Send:
        return tr("%1 sends %2.").arg(who, seg);
    case TraceKind::Arrive:
        return tr("%1 receives %2.").arg(who, seg);
    case TraceKind::Drop:
        return tr("a segment to %1 is dropped (%2): %3.").arg(who, latin(dropReasonName(e.reason)), seg);
    case TraceKind::Timer: {
        const QString name = latin(timerKindName(e.timer));
        if (e.timerAction == TimerAction::Start)
            return e.backoff > 0 ? tr("%1 starts its %2 timer (retransmission %3), due at %4.")
                                       .arg(who, name)
                                       .arg(e.backoff)
                                       .arg(formatTime(e.due_us))
                                 : tr("%1 starts its %2 timer, due at %3.").arg(who, name, formatTime(e.due_us));
        if (e.timerAction == TimerAction::Fire)
            return tr("%1's %2 timer fires.").arg(who, name);
        return tr("%1 cancels its %2 timer.").arg(who, name);
    }
    case TraceKind::App: {
        switch (e.app) {
        case AppEventKind::Connected:
            return tr("%1's application: connected.").arg(who);
        case AppEventKind::Data:
            return tr("%1's application receives %2 bytes.").arg(who).arg(e.bytes);
        case AppEventKind::Eof:
            return tr("%1's application reads end of file: the peer closed its side.").arg(who);
        case AppEventKind::Reset:
            return tr("%1's application: connection reset.").arg(who);
        case AppEventKind::Refused:
            return tr("%1's application: connection refused.").arg(who);
        case AppEventKind::Timeout:
            return tr("%1's application: connection timed out.").arg(who);
        case AppEventKind::Closed:
            return tr("%1's application: connection closed.").arg(who);
        case AppEventKind::Error:
            return tr("%1's application: error (%2).").arg(who, cause);
        }
        return {};
    }
    case TraceKind::Stray:
        return e.accepted ? tr("DANGER: %1 accepted a segment from an older incarnation: %2.").arg(who, seg)
                          : tr("%1 saw a segment from an older incarnation and rejected it: %2.").arg(who, seg);
    case TraceKind::Note:
        return tr("%1: %2").arg(who, cause);
    }
    return {};
}

QString EventExplainer::rfcSection(const TraceRecord& record)
{
    const TraceEvent& e = record.event;
    switch (e.kind) {
    case TraceKind::State:
        if (e.to == TcpState::TimeWait || e.from == TcpState::TimeWait)
            return QStringLiteral("RFC 9293 §3.6.1");
        if (e.to == TcpState::SynSent || e.to == TcpState::SynReceived
            || (e.to == TcpState::Established && !isSynchronized(e.from)))
            return QStringLiteral("RFC 9293 §3.5");
        if (e.to == TcpState::Listen && e.from == TcpState::Closed)
            return QStringLiteral("RFC 9293 §3.10.1");
        return QStringLiteral("RFC 9293 §3.6");
    case TraceKind::Timer:
        if (e.timer == TimerKind::TimeWait)
            return QStringLiteral("RFC 9293 §3.10.8");
        if (e.timer == TimerKind::Keepalive)
            return QStringLiteral("RFC 9293 §3.8.4");
        return QStringLiteral("RFC 6298 §5");
    case TraceKind::Drop:
        if (e.reason == DropReason::Unacceptable)
            return QStringLiteral("RFC 9293 §3.10.7.4");
        if (e.reason == DropReason::Expired)
            return QStringLiteral("RFC 9293 §3.4.2");
        if (e.reason == DropReason::TimeWait)
            return QStringLiteral("RFC 6191");
        return {};
    case TraceKind::Arrive:
        return QStringLiteral("RFC 9293 §3.10.7");
    case TraceKind::Stray:
        return QStringLiteral("RFC 1337");
    default:
        return {};
    }
}

EventExplainer::AppSummary EventExplainer::summarize(const std::vector<TraceRecord>& records, Peer peer)
{
    AppSummary s;
    for (const TraceRecord& r : records) {
        const TraceEvent& e = r.event;
        if (e.peer != peer)
            continue;
        if (e.kind == TraceKind::Stray && e.accepted)
            ++s.strayAccepted;
        if (e.kind != TraceKind::App)
            continue;
        switch (e.app) {
        case AppEventKind::Data:
            s.bytes += e.bytes;
            break;
        case AppEventKind::Eof:
            s.eof = true;
            break;
        case AppEventKind::Reset:
            s.reset = true;
            break;
        case AppEventKind::Refused:
            s.refused = true;
            break;
        case AppEventKind::Timeout:
            s.timeout = true;
            break;
        default:
            break;
        }
    }
    return s;
}

QString EventExplainer::AppSummary::text() const
{
    QStringList parts;
    parts << tr("%1 bytes received").arg(bytes);
    if (eof)
        parts << tr("EOF");
    if (reset)
        parts << tr("reset");
    if (refused)
        parts << tr("refused");
    if (timeout)
        parts << tr("timed out");
    if (strayAccepted > 0)
        parts << tr("⚠ %n stray segment(s) from an old incarnation ACCEPTED", nullptr, strayAccepted);
    return parts.join(QStringLiteral(" · "));
}

} // namespace tcplab
