#include "diagram_router.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>

namespace tcplab {

namespace {
constexpr int kTurnCost = 6; // in cells: a route with few corners reads as one arrow
constexpr int kNearCost = 2; // per cell run close to a box
constexpr int kNoDirection = 4;
constexpr int kDx[4] = { 1, -1, 0, 0 };
constexpr int kDy[4] = { 0, 0, 1, -1 };

bool beside(const QRectF& box, QPointF p)
{
    // Within the box's column or row: the segment to its border is then perpendicular to it.
    return (p.x() > box.left() && p.x() < box.right()) || (p.y() > box.top() && p.y() < box.bottom());
}

QPointF borderPoint(const QRectF& box, QPointF p)
{
    return { std::clamp(p.x(), box.left(), box.right()), std::clamp(p.y(), box.top(), box.bottom()) };
}

struct Grid {
    QRectF area;
    double cell = 6;
    int cols = 0;
    int rows = 0;
    QPointF centre(int i, int j) const { return area.topLeft() + QPointF((i + 0.5) * cell, (j + 0.5) * cell); }
    int index(int i, int j) const { return j * cols + i; }
};
} // namespace

QPolygonF DiagramRouter::route(const QRectF& area, const std::vector<QRectF>& boxes, int from, int to, double clearance,
    const std::vector<QPainterPath>& avoid)
{
    if (from < 0 || to < 0 || from >= int(boxes.size()) || to >= int(boxes.size()) || from == to)
        return {};
    Grid g;
    g.area = area;
    g.cell = std::clamp(std::min(area.width(), area.height()) / 90.0, 4.0, 10.0);
    g.cols = int(std::ceil(area.width() / g.cell));
    g.rows = int(std::ceil(area.height() / g.cell));
    const int cells = g.cols * g.rows;
    if (cells <= 0)
        return {};
    std::vector<std::uint8_t> blocked(std::size_t(cells), 0), near(std::size_t(cells), 0), start(std::size_t(cells), 0),
        goal(std::size_t(cells), 0);
    const QRectF fromZone = boxes[std::size_t(from)].adjusted(
        -clearance - g.cell * 1.5, -clearance - g.cell * 1.5, clearance + g.cell * 1.5, clearance + g.cell * 1.5);
    const QRectF toZone = boxes[std::size_t(to)].adjusted(
        -clearance - g.cell * 1.5, -clearance - g.cell * 1.5, clearance + g.cell * 1.5, clearance + g.cell * 1.5);
    for (int j = 0; j < g.rows; ++j) {
        for (int i = 0; i < g.cols; ++i) {
            const QPointF c = g.centre(i, j);
            const std::size_t k = std::size_t(g.index(i, j));
            for (const QRectF& box : boxes) {
                if (box.adjusted(-clearance, -clearance, clearance, clearance).contains(c))
                    blocked[k] = 1;
                else if (box.adjusted(-clearance * 2.5, -clearance * 2.5, clearance * 2.5, clearance * 2.5).contains(c))
                    near[k] = 1;
            }
            if (blocked[k])
                continue;
            start[k] = fromZone.contains(c) && beside(boxes[std::size_t(from)], c);
            goal[k] = toZone.contains(c) && beside(boxes[std::size_t(to)], c);
        }
    }

    // The whole gap the figure's arrow crosses, not only the line: a route squeezed into the
    // same gap would read as that arrow.
    QPainterPathStroker stroker;
    stroker.setWidth(
        std::max(clearance * 2, std::min(boxes[std::size_t(from)].height(), boxes[std::size_t(to)].height()) * 1.3));
    for (const QPainterPath& path : avoid) {
        const QPainterPath band = stroker.createStroke(path);
        const QRectF bounds = band.boundingRect();
        for (int j = std::max(0, int((bounds.top() - area.top()) / g.cell));
             j < g.rows && g.centre(0, j).y() <= bounds.bottom() + g.cell; ++j)
            for (int i = std::max(0, int((bounds.left() - area.left()) / g.cell));
                 i < g.cols && g.centre(i, 0).x() <= bounds.right() + g.cell; ++i)
                if (band.contains(g.centre(i, j)))
                    blocked[std::size_t(g.index(i, j))] = 1;
    }
    for (int k = 0; k < cells; ++k)
        if (blocked[std::size_t(k)])
            start[std::size_t(k)] = goal[std::size_t(k)] = 0;

    // A* over (cell, direction of arrival); the heuristic is the Manhattan distance in cells to
    // the goal zone, which never overestimates.
    const auto heuristic = [&](int i, int j) {
        const QPointF c = g.centre(i, j);
        const double dx = std::max({ toZone.left() - c.x(), 0.0, c.x() - toZone.right() });
        const double dy = std::max({ toZone.top() - c.y(), 0.0, c.y() - toZone.bottom() });
        return int((dx + dy) / g.cell);
    };
    const int states = cells * 5;
    std::vector<int> cost(std::size_t(states), std::numeric_limits<int>::max());
    std::vector<int> cameFrom(std::size_t(states), -1);
    using Item = std::pair<int, int>; // (estimated total, state)
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    // A route that leaves near the middle of a side reads as leaving that box, not its corner
    // (from a corner it looks as if it came from the neighbouring state).
    const QRectF fromBox = boxes[std::size_t(from)];
    for (int k = 0; k < cells; ++k) {
        if (!start[std::size_t(k)])
            continue;
        const QPointF c = g.centre(k % g.cols, k / g.cols);
        const bool aboveOrBelow = c.x() > fromBox.left() && c.x() < fromBox.right();
        const double offCentre = aboveOrBelow ? std::abs(c.x() - fromBox.center().x()) / (fromBox.width() / 2)
                                              : std::abs(c.y() - fromBox.center().y()) / (fromBox.height() / 2);
        const int s = k * 5 + kNoDirection;
        cost[std::size_t(s)] = int(std::lround(offCentre * 20));
        open.push({ cost[std::size_t(s)] + heuristic(k % g.cols, k / g.cols), s });
    }
    int reached = -1;
    while (!open.empty()) {
        const auto [estimate, s] = open.top();
        open.pop();
        const int k = s / 5;
        const int dir = s % 5;
        const int i = k % g.cols;
        const int j = k / g.cols;
        if (estimate - heuristic(i, j) > cost[std::size_t(s)])
            continue; // a stale entry
        if (goal[std::size_t(k)]) {
            reached = s;
            break;
        }
        for (int d = 0; d < 4; ++d) {
            const int ni = i + kDx[d];
            const int nj = j + kDy[d];
            if (ni < 0 || nj < 0 || ni >= g.cols || nj >= g.rows)
                continue;
            const int nk = g.index(ni, nj);
            if (blocked[std::size_t(nk)])
                continue;
            const int step
                = 1 + (dir != kNoDirection && dir != d ? kTurnCost : 0) + (near[std::size_t(nk)] ? kNearCost : 0);
            const int ns = nk * 5 + d;
            const int nc = cost[std::size_t(s)] + step;
            if (nc < cost[std::size_t(ns)]) {
                cost[std::size_t(ns)] = nc;
                cameFrom[std::size_t(ns)] = s;
                open.push({ nc + heuristic(ni, nj), ns });
            }
        }
    }
    if (reached < 0)
        return {};

    std::vector<QPointF> cellsOnPath;
    for (int s = reached; s >= 0; s = cameFrom[std::size_t(s)])
        cellsOnPath.push_back(g.centre((s / 5) % g.cols, (s / 5) / g.cols));
    std::reverse(cellsOnPath.begin(), cellsOnPath.end());
    QPolygonF path;
    path << borderPoint(boxes[std::size_t(from)], cellsOnPath.front());
    for (const QPointF& p : cellsOnPath) {
        // Keep only the corners: drop a point that continues the direction of the last two.
        if (path.size() >= 2) {
            const QPointF a = path[path.size() - 2];
            const QPointF b = path.last();
            const bool straight = (std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01)
                || (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01);
            if (straight) {
                path.last() = p;
                continue;
            }
        }
        path << p;
    }
    const QPointF end = borderPoint(boxes[std::size_t(to)], cellsOnPath.back());
    if (path.size() >= 2) {
        const QPointF a = path[path.size() - 2];
        const QPointF b = path.last();
        if ((std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - end.x()) < 0.01)
            || (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - end.y()) < 0.01))
            path.removeLast();
    }
    path << end;
    return path;
}

} // namespace tcplab
