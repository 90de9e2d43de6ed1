#include "transition_catalog.h"

#include <algorithm>

namespace tcplab {

namespace {
using S = TcpState;
}

// RFC 9293 §3.3.2, Figure 5, arrow by arrow; the causes are the strings the core writes when it
// takes that arrow (endpoint.cpp, endpoint_arrival.cpp, endpoint_timers.cpp, host.cpp).
const std::array<FigureEdge, kFigureEdgeCount>& figureEdges()
{
    static const std::array<FigureEdge, kFigureEdgeCount> table { {
        { "CLOSED-LISTEN", S::Closed, S::Listen, "app listen" },
        { "LISTEN-CLOSED", S::Listen, S::Closed, "app close of listener" },
        { "CLOSED-SYN_SENT", S::Closed, S::SynSent, "app connect" },
        { "SYN_SENT-CLOSED", S::SynSent, S::Closed, "app close in SYN_SENT" },
        { "LISTEN-SYN_RECEIVED", S::Listen, S::SynReceived, "rcv SYN / " },
        { "SYN_RECEIVED-LISTEN", S::SynReceived, S::Listen, "rcv RST: return to LISTEN" },
        { "LISTEN-SYN_SENT", S::Listen, S::SynSent, "app send in LISTEN" },
        { "SYN_SENT-SYN_RECEIVED", S::SynSent, S::SynReceived, "rcv SYN (simultaneous open)" },
        { "SYN_RECEIVED-ESTABLISHED", S::SynReceived, S::Established,
            "rcv ACK of SYN|rcv SYN,ACK (simultaneous open)" },
        { "SYN_SENT-ESTABLISHED", S::SynSent, S::Established, "rcv SYN,ACK / snd ACK" },
        { "SYN_RECEIVED-FIN_WAIT_1", S::SynReceived, S::FinWait1, "app close / snd FIN|app shutdown" },
        { "ESTABLISHED-FIN_WAIT_1", S::Established, S::FinWait1, "app close / snd FIN|app shutdown" },
        { "ESTABLISHED-CLOSE_WAIT", S::Established, S::CloseWait, "rcv FIN / snd ACK" },
        { "FIN_WAIT_1-FIN_WAIT_2", S::FinWait1, S::FinWait2, "rcv ACK of FIN" },
        { "FIN_WAIT_1-CLOSING", S::FinWait1, S::Closing, "rcv FIN (simultaneous close)" },
        { "CLOSE_WAIT-LAST_ACK", S::CloseWait, S::LastAck, "app close / snd FIN|app shutdown" },
        { "FIN_WAIT_2-TIME_WAIT", S::FinWait2, S::TimeWait, "rcv FIN" },
        { "CLOSING-TIME_WAIT", S::Closing, S::TimeWait, "rcv ACK of FIN" },
        { "LAST_ACK-CLOSED", S::LastAck, S::Closed, "rcv ACK of FIN" },
        { "TIME_WAIT-CLOSED", S::TimeWait, S::Closed, "TIME_WAIT timeout" },
    } };
    return table;
}

bool causeMatches(std::string_view causes, std::string_view cause)
{
    while (!causes.empty()) {
        const std::size_t bar = causes.find('|');
        const std::string_view prefix = causes.substr(0, bar);
        if (cause.substr(0, prefix.size()) == prefix)
            return true;
        causes = bar == std::string_view::npos ? std::string_view() : causes.substr(bar + 1);
    }
    return false;
}

int figureEdgeFor(TcpState from, TcpState to, std::string_view cause)
{
    const auto& edges = figureEdges();
    for (int i = 0; i < kFigureEdgeCount; ++i) {
        const FigureEdge& e = edges[std::size_t(i)];
        if (e.from == from && e.to == to && causeMatches(e.causes, cause))
            return i;
    }
    return -1;
}

std::string_view offFigureKindName(OffFigureKind kind)
{
    switch (kind) {
    case OffFigureKind::Reset:
        return "reset";
    case OffFigureKind::Timeout:
        return "timeout";
    case OffFigureKind::Abort:
        return "abort";
    case OffFigureKind::Crash:
        return "crash";
    case OffFigureKind::Extension:
        break;
    }
    return "extension";
}

const std::vector<OffFigureTransition>& offFigureTransitions()
{
    using K = OffFigureKind;
    const std::vector<S> synchronizedOpen { S::Established, S::FinWait1, S::FinWait2, S::CloseWait };
    const std::vector<S> afterHandshake { S::Established, S::FinWait1, S::FinWait2, S::CloseWait, S::Closing,
        S::LastAck };
    static const std::vector<OffFigureTransition> table {
        // RFC 9293 §3.10.7.3: an acceptable RST in SYN_SENT is a refusal.
        { "reset-refused", K::Reset, { S::SynSent }, S::Closed, "rcv RST in SYN_SENT: connection refused",
            "RST answers our SYN: connection refused" },
        // §3.10.7.4 second check, SYN_RECEIVED reached by an active (simultaneous) open.
        { "reset-syn-received", K::Reset, { S::SynReceived }, S::Closed, "rcv RST in SYN_RECEIVED",
            "RST during a simultaneous open: connection refused" },
        { "reset-connection", K::Reset, synchronizedOpen, S::Closed, "rcv RST: connection reset",
            "RST on an open connection: connection reset" },
        { "reset-closing", K::Reset, { S::Closing, S::LastAck }, S::Closed, "rcv RST",
            "RST while closing (CLOSING, LAST_ACK)" },
        // RFC 1337 hazard H1: an RST kills TIME_WAIT early.
        { "reset-time-wait", K::Reset, { S::TimeWait }, S::Closed,
            "rcv RST in TIME_WAIT (TIME_WAIT assassination, RFC 1337)", "RST in TIME_WAIT: TIME_WAIT assassination" },
        // §3.8.3 R2 given up: the SYN, the SYN,ACK or data never acknowledged.
        { "timeout-syn", K::Timeout, { S::SynSent }, S::Closed, "retransmission limit reached",
            "SYN retransmissions given up: connection timed out" },
        { "timeout-syn-received", K::Timeout, { S::SynReceived }, S::Closed, "retransmission limit reached",
            "SYN,ACK retransmissions given up: half-open connection dropped" },
        { "timeout-data", K::Timeout, afterHandshake, S::Closed, "retransmission limit reached",
            "data or FIN retransmissions given up" },
        // Linux tcp_fin_timeout for an orphan (RFC 9293 leaves FIN_WAIT_2 unbounded).
        { "timeout-fin-wait-2", K::Timeout, { S::FinWait2 }, S::Closed,
            "FIN_WAIT_2 timeout (tcp_fin_timeout) for orphaned socket", "orphaned FIN_WAIT_2 timed out" },
        // §3.8.4 keep-alive probes unanswered.
        { "timeout-keepalive", K::Timeout, {}, S::Closed, "keepalive probes unanswered",
            "keepalive probes unanswered: peer presumed dead" },
        // §3.10.5 ABORT.
        { "abort", K::Abort, {}, S::Closed, "app abort / snd RST", "application abort: RST sent" },
        { "crash", K::Crash, {}, S::Closed, "host crashed: connection forgotten",
            "host crashed: connection forgotten" },
        { "crash-listener", K::Crash, { S::Listen }, S::Closed, "host crashed", "host crashed: listener gone" },
        { "syn-cookie", K::Extension, { S::Listen }, S::Established, "rcv ACK with valid SYN cookie",
            "SYN cookie: connection born ESTABLISHED" },
        { "syn-received-fin", K::Extension, { S::SynReceived }, S::CloseWait, "rcv FIN / snd ACK",
            "FIN in SYN_RECEIVED: straight to CLOSE_WAIT" },
        // RFC 6191: a new SYN accepted by a TIME_WAIT socket.
        { "time-wait-new-syn", K::Extension, { S::TimeWait }, S::SynReceived, "rcv SYN / snd SYN,ACK",
            "SYN accepted in TIME_WAIT (RFC 6191): new incarnation" },
        { "time-wait-reused", K::Extension, { S::TimeWait }, S::Closed, "TIME_WAIT reused by tcp_tw_reuse",
            "TIME_WAIT taken over by tcp_tw_reuse" },
        // Linux: a bind() with SO_REUSEADDR to the 4-tuple of a TIME_WAIT socket (host_connect.cpp).
        { "time-wait-bind-reuse", K::Extension, { S::TimeWait }, S::Closed,
            "TIME_WAIT taken over by bind() with SO_REUSEADDR", "TIME_WAIT taken over by bind() with SO_REUSEADDR" },
        { "time-wait-overflow", K::Extension, { S::TimeWait }, S::Closed,
            "tcp_max_tw_buckets overflow: TIME_WAIT destroyed early", "TIME_WAIT destroyed: tcp_max_tw_buckets full" },
    };
    return table;
}

int offFigureTransitionFor(TcpState from, TcpState to, std::string_view cause)
{
    if (figureEdgeFor(from, to, cause) >= 0)
        return -1;
    const auto& table = offFigureTransitions();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const OffFigureTransition& t = table[i];
        const bool fromMatches = t.from.empty() || std::find(t.from.begin(), t.from.end(), from) != t.from.end();
        if (fromMatches && t.to == to && t.cause == cause)
            return int(i);
    }
    return -1;
}

} // namespace tcplab
