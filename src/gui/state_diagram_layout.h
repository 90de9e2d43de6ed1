#pragma once
#include "tcp_state.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <string_view>
#include <vector>

namespace tcplab {

// The RFC 9293 §3.3.2 state diagram (Figure 5) as data: where each box sits and every labelled
// transition. CLOSED appears twice, at the top and bottom right, as in the RFC's figure.
struct DiagramNode {
    TcpState state;
    QPointF center; // in logical units of logicalSize()
};

struct DiagramEdge {
    int from; // node indices
    int to;
    const char* event; // untranslated; translated with QCoreApplication::translate("StateDiagram", …)
    const char* action;
    double bend; // perpendicular offset of the curve's middle, logical units
    // The core's causes (state event "cause" prefixes, '|'-separated) that walk this arrow. The
    // same two states can be joined by an RFC arrow and by a transition the figure does not draw
    // (LAST_ACK -> CLOSED on the ACK of our FIN, or on an RST): only these causes light the arrow.
    std::string_view causes;
};

class StateDiagramLayout {
public:
    static const std::vector<DiagramNode>& nodes();
    static const std::vector<DiagramEdge>& edges();
    static QSizeF logicalSize() { return { 640, 780 }; }
    static QSizeF nodeSize() { return { 128, 40 }; }
    static QRectF nodeRect(int node);
    static int topClosed() { return 0; }
    static int bottomClosed();
    // The node a transition into `to` lands on (CLOSED at the bottom after a close).
    static int nodeFor(TcpState to, TcpState from);
    // The drawn edge for the transition from -> to taken for `cause`, or -1 when the RFC figure
    // has no arrow for it (a reset, a timeout giving up, an abort: drawn on a route of its own).
    static int edgeFor(TcpState from, TcpState to, std::string_view cause);
    static bool edgeWalkedBy(const DiagramEdge& edge, std::string_view cause);
    // Plain-language explanation of a state (the hover text).
    static QString explanation(TcpState state);
    static QString displayName(TcpState state);
};

} // namespace tcplab
