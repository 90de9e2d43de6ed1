// Short labels for the diagrams and the timer panel: the causes the core writes on state changes
// and the timers' names. The English text is the core's own string, so the English .ts keeps it
// as it is and other languages translate it.
#include "teaching_text.h"

namespace tcplab {

namespace {

struct CauseLabel {
    const char* source;
    const char* comment;
};

// Every cause src/core writes on a state change (Endpoint::setState/closeConnection, Host).
const CauseLabel kCauses[] = {
    QT_TRANSLATE_NOOP3("TeachingText", "app listen", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app connect", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app send in LISTEN / snd SYN", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app close / snd FIN", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app shutdown(SHUT_WR) / snd FIN", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app close in SYN_SENT", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app close of listener", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app abort / snd RST", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv SYN / snd SYN,ACK", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv SYN (simultaneous open) / snd SYN,ACK", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv SYN,ACK / snd ACK", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv SYN,ACK (simultaneous open)", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv ACK of SYN", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv ACK with valid SYN cookie", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv ACK of FIN", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv FIN / snd ACK", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv FIN (simultaneous close) / snd ACK", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv RST", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv RST: connection reset", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv RST: return to LISTEN", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv RST in SYN_RECEIVED", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv RST in SYN_SENT: connection refused", "cause of a state change"),
    QT_TRANSLATE_NOOP3(
        "TeachingText", "rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "retransmission limit reached", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "keepalive probes unanswered", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "TIME_WAIT timeout (2MSL) expired", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "TIME_WAIT timeout (fixed length, not 2MSL) expired", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "TIME_WAIT reused by tcp_tw_reuse", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "TIME_WAIT taken over by bind() with SO_REUSEADDR", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "rcv data after close() / snd RST", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "app close with unread data / snd RST", "cause of a state change"),
    QT_TRANSLATE_NOOP3(
        "TeachingText", "FIN_WAIT_2 timeout (tcp_fin_timeout) for orphaned socket", "cause of a state change"),
    QT_TRANSLATE_NOOP3(
        "TeachingText", "tcp_max_tw_buckets overflow: TIME_WAIT destroyed early", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "host crashed", "cause of a state change"),
    QT_TRANSLATE_NOOP3("TeachingText", "host crashed: connection forgotten", "cause of a state change"),
};

} // namespace

QString TeachingText::causeText(std::string_view cause)
{
    for (const auto& known : kCauses)
        if (cause == known.source)
            return QCoreApplication::translate("TeachingText", known.source, known.comment);
    return QString::fromUtf8(cause.data(), qsizetype(cause.size()));
}

QString TeachingText::timerName(TimerKind kind)
{
    switch (kind) {
    case TimerKind::Retransmit:
        return tr("RETRANSMIT", "timer name");
    case TimerKind::TimeWait:
        return stateName(TcpState::TimeWait);
    case TimerKind::FinWait2:
        return stateName(TcpState::FinWait2);
    case TimerKind::Keepalive:
        return tr("KEEPALIVE", "timer name");
    case TimerKind::SynRetry:
        return tr("SYN_RETRY", "timer name");
    case TimerKind::DelayedAck:
        return tr("DELAYED_ACK", "timer name");
    }
    return {};
}

} // namespace tcplab
