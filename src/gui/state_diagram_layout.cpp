#include "state_diagram_layout.h"

#include "teaching_text.h"

#include <QCoreApplication>

namespace tcplab {

namespace {
using S = TcpState;
enum Node {
    kClosed,
    kListen,
    kSynRcvd,
    kSynSent,
    kEstab,
    kFinWait1,
    kCloseWait,
    kFinWait2,
    kClosing,
    kLastAck,
    kTimeWait,
    kClosed2
};
} // namespace

const std::vector<DiagramNode>& StateDiagramLayout::nodes()
{
    static const std::vector<DiagramNode> table {
        { S::Closed, { 320, 40 } },
        { S::Listen, { 320, 150 } },
        { S::SynReceived, { 90, 280 } },
        { S::SynSent, { 550, 280 } },
        { S::Established, { 320, 400 } },
        { S::FinWait1, { 90, 520 } },
        { S::CloseWait, { 550, 520 } },
        { S::FinWait2, { 90, 640 } },
        { S::Closing, { 320, 640 } },
        { S::LastAck, { 550, 640 } },
        { S::TimeWait, { 320, 740 } },
        { S::Closed, { 550, 740 } },
    };
    return table;
}

// RFC 9293 Figure 5, arrow by arrow: "event / action".
const std::vector<DiagramEdge>& StateDiagramLayout::edges()
{
    static const std::vector<DiagramEdge> table {
        { kClosed, kListen, QT_TRANSLATE_NOOP("StateDiagram", "passive OPEN"),
            QT_TRANSLATE_NOOP("StateDiagram", "create TCB"), 34, "app listen" },
        { kListen, kClosed, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"),
            34, "app close of listener" },
        { kClosed, kSynSent, QT_TRANSLATE_NOOP("StateDiagram", "active OPEN"),
            QT_TRANSLATE_NOOP("StateDiagram", "create TCB, snd SYN"), -30, "app connect" },
        { kSynSent, kClosed, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
            QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"), -30, "app close in SYN_SENT" },
        { kListen, kSynRcvd, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK"), 18, "rcv SYN / " },
        { kSynRcvd, kListen, QT_TRANSLATE_NOOP("StateDiagram", "rcv RST"), "", 18, "rcv RST: return to LISTEN" },
        { kListen, kSynSent, QT_TRANSLATE_NOOP("StateDiagram", "SEND"), QT_TRANSLATE_NOOP("StateDiagram", "snd SYN"),
            -18, "app send in LISTEN" },
        { kSynSent, kSynRcvd, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK"), 0, "rcv SYN (simultaneous open)" },
        { kSynRcvd, kEstab, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of SYN"), "", -14,
            "rcv ACK of SYN|rcv SYN,ACK (simultaneous open)" },
        { kSynSent, kEstab, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN,ACK"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14, "rcv SYN,ACK / snd ACK" },
        { kSynRcvd, kFinWait1, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            0, "app close / snd FIN|app shutdown" },
        { kEstab, kFinWait1, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            -14, "app close / snd FIN|app shutdown" },
        { kEstab, kCloseWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14, "rcv FIN / snd ACK" },
        { kFinWait1, kFinWait2, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0, "rcv ACK of FIN" },
        { kFinWait1, kClosing, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14, "rcv FIN (simultaneous close)" },
        { kCloseWait, kLastAck, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"), 0, "app close / snd FIN|app shutdown" },
        { kFinWait2, kTimeWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14, "rcv FIN" },
        { kClosing, kTimeWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0, "rcv ACK of FIN" },
        { kLastAck, kClosed2, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0, "rcv ACK of FIN" },
        { kTimeWait, kClosed2, QT_TRANSLATE_NOOP("StateDiagram", "Timeout=2MSL"),
            QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"), 0, "TIME_WAIT timeout" },
    };
    return table;
}

QRectF StateDiagramLayout::nodeRect(int node)
{
    const QSizeF size = nodeSize();
    const QPointF c = nodes()[std::size_t(node)].center;
    return { c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height() };
}

int StateDiagramLayout::bottomClosed()
{
    return kClosed2;
}

int StateDiagramLayout::nodeFor(TcpState to, TcpState from)
{
    if (to == S::Closed) {
        // Leaving a synchronized state ends at the bottom CLOSED, as in the RFC's figure.
        return isSynchronized(from) ? kClosed2 : kClosed;
    }
    for (std::size_t i = 0; i < nodes().size(); ++i)
        if (nodes()[i].state == to)
            return int(i);
    return kClosed;
}

bool StateDiagramLayout::edgeWalkedBy(const DiagramEdge& edge, std::string_view cause)
{
    std::string_view causes(edge.causes);
    while (!causes.empty()) {
        const std::size_t bar = causes.find('|');
        const std::string_view prefix = causes.substr(0, bar);
        if (cause.substr(0, prefix.size()) == prefix)
            return true;
        causes = bar == std::string_view::npos ? std::string_view() : causes.substr(bar + 1);
    }
    return false;
}

int StateDiagramLayout::edgeFor(TcpState from, TcpState to, std::string_view cause)
{
    const int a = nodeFor(from, S::Closed);
    const int b = nodeFor(to, from);
    for (std::size_t i = 0; i < edges().size(); ++i)
        if (edges()[i].from == a && edges()[i].to == b && edgeWalkedBy(edges()[i], cause))
            return int(i);
    return -1;
}

QString StateDiagramLayout::displayName(TcpState state)
{
    return QString::fromLatin1(stateName(state).data(), qsizetype(stateName(state).size()));
}

QString StateDiagramLayout::explanation(TcpState state)
{
    // The teaching text (src/teaching): meaning and what the state waits for, in the UI language.
    return TeachingText::stateTooltip(state);
}

} // namespace tcplab
