#pragma once
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace tcplab {

// Finds a route for a transition that RFC 9293's figure does not draw (a reset, a timeout that
// gives up, an abort, a SYN cookie). Drawn straight from box to box such an arrow would run
// behind other states and suggest the connection passed through them (FIN_WAIT_2 -> CLOSED
// drawn along FIN_WAIT_2 -> TIME_WAIT -> CLOSED teaches the very thing lesson 08 corrects), so
// it is routed around every box: an orthogonal path on a grid (A* with a cost for each turn and
// for running close to a box), from the border of one box to the border of the other.
class DiagramRouter {
public:
    // `boxes` are every state box of the diagram; `from` and `to` index into them. The result
    // starts on the border of boxes[from], ends on the border of boxes[to], and keeps at least
    // `clearance` from every other box. Empty when there is no way (a diagram too small).
    // `avoid` are arrows of the figure the route must not run along (the figure's own arrow
    // between the same two states: the route must not look like it).
    static QPolygonF route(const QRectF& area, const std::vector<QRectF>& boxes, int from, int to, double clearance,
        const std::vector<QPainterPath>& avoid = {});
};

} // namespace tcplab
