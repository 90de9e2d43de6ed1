#include "state_diagram_layout.h"

#include "teaching_text.h"
#include "transition_catalog.h"

#include <QCoreApplication>

#include <array>

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

// RFC 9293 Figure 5, arrow by arrow: the arrows themselves (states, causes) are the core's
// figureEdges(); this adds what only a picture needs, "event / action" and the curve, in the same order.
namespace {
struct EdgeLabel {
    const char* event;
    const char* action;
    double bend;
};
} // namespace

const std::vector<DiagramEdge>& StateDiagramLayout::edges()
{
    static const std::array<EdgeLabel, kFigureEdgeCount> labels { {
        { QT_TRANSLATE_NOOP("StateDiagram", "passive OPEN"), QT_TRANSLATE_NOOP("StateDiagram", "create TCB"),
            34 }, // kClosed -> kListen
        { QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"),
            34 }, // kListen -> kClosed
        { QT_TRANSLATE_NOOP("StateDiagram", "active OPEN"), QT_TRANSLATE_NOOP("StateDiagram", "create TCB, snd SYN"),
            -30 }, // kClosed -> kSynSent
        { QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"),
            -30 }, // kSynSent -> kClosed
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"), QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK"),
            18 }, // kListen -> kSynRcvd
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv RST"), "", 18 }, // kSynRcvd -> kListen
        { QT_TRANSLATE_NOOP("StateDiagram", "SEND"), QT_TRANSLATE_NOOP("StateDiagram", "snd SYN"),
            -18 }, // kListen -> kSynSent
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN"), QT_TRANSLATE_NOOP("StateDiagram", "snd SYN,ACK"),
            0 }, // kSynSent -> kSynRcvd
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of SYN"), "", -14 }, // kSynRcvd -> kEstab
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv SYN,ACK"), QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"),
            14 }, // kSynSent -> kEstab
        { QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            0 }, // kSynRcvd -> kFinWait1
        { QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            -14 }, // kEstab -> kFinWait1
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"), QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"),
            14 }, // kEstab -> kCloseWait
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0 }, // kFinWait1 -> kFinWait2
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"), QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"),
            14 }, // kFinWait1 -> kClosing
        { QT_TRANSLATE_NOOP("StateDiagram", "CLOSE"), QT_TRANSLATE_NOOP("StateDiagram", "snd FIN"),
            0 }, // kCloseWait -> kLastAck
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv FIN"), QT_TRANSLATE_NOOP("StateDiagram", "snd ACK"),
            14 }, // kFinWait2 -> kTimeWait
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0 }, // kClosing -> kTimeWait
        { QT_TRANSLATE_NOOP("StateDiagram", "rcv ACK of FIN"), "", 0 }, // kLastAck -> kClosed2
        { QT_TRANSLATE_NOOP("StateDiagram", "Timeout=2MSL"), QT_TRANSLATE_NOOP("StateDiagram", "delete TCB"),
            0 }, // kTimeWait -> kClosed2
    } };
    static const std::vector<DiagramEdge> table = [] {
        std::vector<DiagramEdge> built;
        for (int i = 0; i < kFigureEdgeCount; ++i) {
            const FigureEdge& arrow = figureEdges()[std::size_t(i)];
            const EdgeLabel& label = labels[std::size_t(i)];
            built.push_back({ nodeFor(arrow.from, S::Closed), nodeFor(arrow.to, arrow.from), label.event, label.action,
                label.bend, arrow.causes });
        }
        return built;
    }();
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
    return causeMatches(edge.causes, cause);
}

int StateDiagramLayout::edgeFor(TcpState from, TcpState to, std::string_view cause)
{
    // edges() is figureEdges() in the same order.
    return figureEdgeFor(from, to, cause);
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
