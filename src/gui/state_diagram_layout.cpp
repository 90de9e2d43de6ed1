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
            QT_TRANSLATE_NOOP("StateDiagram", "create TCB"), 34 },
        { kListen, kClosed, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"),
            34 },
        { kClosed, kSynSent, QT_TRANSLATE_NOOP("StateDiagram", "active OPEN"),
            QT_TRANSLATE_NOOP("StateDiagram", "create TCB, snd SYN"), -30 },
        { kSynSent, kClosed, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
            QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"), -30 },
        { kListen, kSynRcvd, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK"), 18 },
        { kSynRcvd, kListen, QT_TRANSLATE_NOOP("StateDiagram", "rcv RST"), "", 18 },
        { kListen, kSynSent, QT_TRANSLATE_NOOP("StateDiagram", "SEND"), QT_TRANSLATE_NOOP("StateDiagram", "snd SYN"),
            -18 },
        { kSynSent, kSynRcvd, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK"), 0 },
        { kSynRcvd, kEstab, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of SYN"), "", -14 },
        { kSynSent, kEstab, QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN,ACK"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14 },
        { kSynRcvd, kFinWait1, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            0 },
        { kEstab, kFinWait1, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            -14 },
        { kEstab, kCloseWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14 },
        { kFinWait1, kFinWait2, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0 },
        { kFinWait1, kClosing, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14 },
        { kCloseWait, kLastAck, QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"), 0 },
        { kFinWait2, kTimeWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"),
            QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"), 14 },
        { kClosing, kTimeWait, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0 },
        { kLastAck, kClosed2, QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0 },
        { kTimeWait, kClosed2, QT_TRANSLATE_NOOP("StateDiagram", "Timeout=2MSL"),
            QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"), 0 },
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

int StateDiagramLayout::edgeFor(TcpState from, TcpState to)
{
    const int a = nodeFor(from, S::Closed);
    const int b = nodeFor(to, from);
    for (std::size_t i = 0; i < edges().size(); ++i)
        if (edges()[i].from == a && edges()[i].to == b)
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
