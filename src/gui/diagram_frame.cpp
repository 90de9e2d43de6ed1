#include "diagram_frame.h"

#include "diagram_router.h"
#include "label_placer.h"
#include "state_diagram_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
// Sizes in pixels per unit of the figure's scale (1 = the 640 x 780 logical layout at 1:1).
constexpr double kNodePx = 16;
constexpr double kLabelPx = 12;
constexpr double kHeadingPx = 15;
constexpr double kMinLabelPx = 7; // below this a label is left to the hover text
constexpr double kMaxAspect = 1.3; // width / height of the figure: wider windows centre it

QFont pixelFont(const QFont& base, double px, bool bold)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

QPointF borderToward(const QRectF& rect, QPointF toward)
{
    const QPointF c = rect.center();
    const QPointF d = toward - c;
    if (d.isNull())
        return c;
    const double sx = std::abs(d.x()) > 1e-9 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min(sx, sy);
}

QPolygonF arrowHead(QPointF tip, QPointF from, double size)
{
    QPointF v = tip - from;
    const double len = std::hypot(v.x(), v.y());
    if (len < 0.01)
        return {};
    v /= len;
    const QPointF n(-v.y(), v.x());
    return { tip, tip - v * size + n * size * 0.5, tip - v * size - n * size * 0.5 };
}

// Offsets that put a label of `size` beside a line whose normal is `normal`: one, two and
// three label-widths away on either side (a label whose arrow runs between two close boxes
// goes above or below them).
std::vector<QPointF> besideShifts(QPointF normal, const QRectF& size, bool withZero)
{
    std::vector<QPointF> out;
    if (withZero)
        out.push_back({});
    const double step = std::abs(normal.x()) * size.width() / 2 + std::abs(normal.y()) * size.height() / 2 + 3;
    for (double k : { 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0 })
        out.push_back(normal * (k * step));
    return out;
}

struct EdgeGeometry {
    QPainterPath path;
    QPointF normal;
};

// The figure's arrow: a quadratic curve from box border to box border, bent sideways by the
// edge's `bend` (so the two arrows between one pair of states do not lie on each other).
EdgeGeometry edgePath(const std::vector<QRectF>& nodes, const DiagramEdge& e, const QRectF& area, QSizeF logical)
{
    const QRectF a = nodes[std::size_t(e.from)];
    const QRectF b = nodes[std::size_t(e.to)];
    const QPointF mid = (a.center() + b.center()) / 2;
    const QPointF dir = b.center() - a.center();
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1)
        return {};
    const double bendScale = std::min(area.width() / logical.width(), area.height() / logical.height()) * 2;
    const QPointF normal(-dir.y() / len, dir.x() / len);
    const QPointF control = mid + normal * e.bend * bendScale;
    EdgeGeometry g;
    g.normal = normal;
    g.path = QPainterPath(borderToward(a, control));
    g.path.quadTo(control, borderToward(b, control));
    return g;
}

QRectF textBox(const QFontMetricsF& fm, const QString& text, QPointF centre, double maxWidth)
{
    const QRectF r = fm.boundingRect(QRectF(0, 0, maxWidth, 1000), Qt::AlignCenter | Qt::TextWordWrap, text);
    const double w = r.width() + 6, h = r.height() + 2;
    return { centre.x() - w / 2, centre.y() - h / 2, w, h };
}
} // namespace

std::vector<const DiagramLabel*> DiagramFrame::printedLabels() const
{
    std::vector<const DiagramLabel*> out;
    for (const DiagramEdgePicture& e : edges)
        if (e.label.shown)
            out.push_back(&e.label);
    if (routeLabel.shown)
        out.push_back(&routeLabel);
    return out;
}

DiagramFrame DiagramFrame::compute(const DiagramFrameInput& in)
{
    DiagramFrame f;
    const QRectF t = in.target;
    const QSizeF logical = StateDiagramLayout::logicalSize();

    // The heading wraps rather than cuts: "Server: CLOSED · rcv RST in TIME_WAIT (…)".
    const double roughScale = std::min(t.width() / logical.width(), t.height() / logical.height());
    f.headingFont = pixelFont(in.baseFont, std::clamp(kHeadingPx * roughScale * in.fontScale, 13.0, 30.0), true);
    const QFontMetricsF hm(f.headingFont);
    const QRectF wrapped
        = hm.boundingRect(QRectF(0, 0, t.width() - 12, 1000), Qt::AlignLeft | Qt::TextWordWrap, in.heading);
    const double headingH = std::min(wrapped.height(), hm.lineSpacing() * 3) + 6;
    f.headingBox = QRectF(t.x() + 6, t.y() + 3, t.width() - 12, headingH);
    double top = f.headingBox.bottom();
    if (!in.banner.isEmpty()) {
        const QRectF b
            = hm.boundingRect(QRectF(0, 0, t.width() - 20, 1000), Qt::AlignLeft | Qt::TextWordWrap, in.banner);
        f.bannerBox = QRectF(t.x() + 6, top + 2, t.width() - 12, std::min(b.height(), hm.lineSpacing() * 3) + 8);
        top = f.bannerBox.bottom();
    }

    // The figure grows with the space in both directions (not only the smaller one), within an
    // aspect ratio that keeps it the RFC's picture.
    QRectF area(t.x() + 4, top + 4, t.width() - 8, t.bottom() - top - 8);
    if (area.width() > area.height() * kMaxAspect) {
        const double w = area.height() * kMaxAspect;
        area = QRectF(area.center().x() - w / 2, area.y(), w, area.height());
    }
    // Text follows the room the figure has: its width (three columns of boxes) and, less
    // strictly, its height (seven rows of boxes with labels between them).
    const double scale = std::min(area.width() / logical.width(), 1.6 * area.height() / logical.height());

    // State names as large as the figure allows, but a box never grows into its neighbour:
    // three columns of boxes and the arrows between them must fit the width.
    double nodePx = std::clamp(kNodePx * scale * in.fontScale, in.minNodePx, 34.0);
    const QString widest = StateDiagramLayout::displayName(TcpState::SynReceived);
    double boxW = 0;
    for (;; nodePx -= 0.5) {
        f.nodeFont = pixelFont(in.baseFont, nodePx, true);
        boxW = QFontMetricsF(f.nodeFont).horizontalAdvance(widest) + nodePx * 0.6;
        const double gap = (area.width() - 3 * boxW) / 2;
        if (gap >= std::max(16.0, boxW * 0.14) || nodePx <= 7)
            break;
    }
    const double rowSpacing = area.height() / 7;
    const double boxH = std::min(QFontMetricsF(f.nodeFont).height() * 1.6, rowSpacing * 0.6);
    const auto& nodes = StateDiagramLayout::nodes();
    // Below the bottom row a lane is kept free: routes into the bottom CLOSED run there.
    const double x0 = area.left() + boxW / 2, x1 = area.right() - boxW / 2;
    const double y0 = area.top() + boxH / 2, y1 = area.bottom() - boxH * 1.4;
    const double lx0 = 90, lx1 = 550, ly0 = 40, ly1 = 740; // the figure's outer columns and rows
    for (const DiagramNode& n : nodes) {
        const double x = x0 + (n.center.x() - lx0) / (lx1 - lx0) * (x1 - x0);
        const double y = y0 + (n.center.y() - ly0) / (ly1 - ly0) * (y1 - y0);
        f.nodes.push_back(QRectF(x - boxW / 2, y - boxH / 2, boxW, boxH));
    }

    const double labelPx = std::clamp(kLabelPx * scale * in.fontScale, std::max(kMinLabelPx, in.minLabelPx), 26.0);
    f.labelFont = pixelFont(in.baseFont, labelPx, false);
    const QFontMetricsF lm(f.labelFont);
    LabelPlacer placer;
    placer.setBounds(t);
    placer.addObstacle(f.headingBox);
    if (!f.bannerBox.isNull())
        placer.addObstacle(f.bannerBox);
    // With the margin of the dashed ring drawn around a state where another socket lives.
    for (std::size_t i = 0; i < f.nodes.size(); ++i) {
        const bool ringed = std::find(in.ringed.begin(), in.ringed.end(), int(i)) != in.ringed.end();
        placer.addObstacle(ringed ? f.nodes[i].adjusted(-6, -6, 6, 6) : f.nodes[i]);
    }

    // The route of a transition off the figure comes first: it is what just happened.
    if (in.routeFrom >= 0 && in.routeTo >= 0 && in.routeFrom != in.routeTo) {
        std::vector<QPainterPath> parallel;
        for (const DiagramEdge& e : StateDiagramLayout::edges())
            if ((e.from == in.routeFrom && e.to == in.routeTo) || (e.from == in.routeTo && e.to == in.routeFrom))
                parallel.push_back(edgePath(f.nodes, e, area, logical).path);
        // Well clear of the boxes where there is room, closer where the columns are tight.
        for (double clearance : { 0.45, 0.3, 0.18 }) {
            f.route = DiagramRouter::route(
                area.adjusted(-4, -2, 4, 2), f.nodes, in.routeFrom, in.routeTo, boxH * clearance, parallel);
            if (f.route.size() >= 2)
                break;
        }
        if (f.route.size() >= 2)
            f.routeHead = arrowHead(f.route.last(), f.route[f.route.size() - 2], std::max(8.0, labelPx * 0.8));
        f.routeLabel.fullText = in.routeLabel;
        // On the route's longest stretches first, centred on the line as every label is.
        std::vector<int> order;
        for (int i = 0; i + 1 < f.route.size(); ++i)
            order.push_back(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return QLineF(f.route[a], f.route[a + 1]).length() > QLineF(f.route[b], f.route[b + 1]).length();
        });
        // The cause in full, else its first words ("rcv RST in TIME_WAIT (TIME_WAIT
        // assassination, RFC 1337)" -> "rcv RST in TIME_WAIT"); the heading always has all of it.
        QStringList texts { in.routeLabel };
        qsizetype cut = in.routeLabel.size();
        for (const qsizetype at :
            { in.routeLabel.indexOf(QStringLiteral(" (")), in.routeLabel.indexOf(QLatin1Char(':')),
                in.routeLabel.indexOf(QStringLiteral("（")), in.routeLabel.indexOf(QStringLiteral("：")) })
            if (at > 0)
                cut = std::min(cut, at);
        if (cut < in.routeLabel.size())
            texts << in.routeLabel.left(cut);
        for (const QString& words : texts) {
            for (int i : order) {
                const QLineF seg(f.route[i], f.route[i + 1]);
                const bool horizontal = std::abs(seg.dy()) < std::abs(seg.dx());
                for (double at : { 0.5, 0.3, 0.7, 0.15, 0.85 }) {
                    for (double width :
                        { area.width() * 0.45, area.width() * 0.3, area.width() * 0.6, area.width() * 0.2 }) {
                        // Beside the line, so the route itself stays visible from end to end.
                        const QRectF text = textBox(lm, words, QPointF(), width);
                        for (const QPointF& shift :
                            besideShifts(horizontal ? QPointF(0, 1) : QPointF(1, 0), text, false)) {
                            const QRectF box = text.translated(seg.pointAt(at) + shift);
                            if (placer.isFree(box)) {
                                f.routeLabel.box = box;
                                f.routeLabel.text = words;
                                f.routeLabel.shortened = words != in.routeLabel;
                                f.routeLabel.shown = true;
                                break;
                            }
                        }
                        if (f.routeLabel.shown)
                            break;
                    }
                    if (f.routeLabel.shown)
                        break;
                }
                if (f.routeLabel.shown)
                    break;
            }
            if (f.routeLabel.shown)
                break;
        }
        if (f.routeLabel.shown)
            placer.addObstacle(f.routeLabel.box);
        for (int i = 0; i + 1 < f.route.size(); ++i)
            placer.addLine(QLineF(f.route[i], f.route[i + 1]));
    }

    // The figure's arrows, the one just walked first so its label is the one that surely shows.
    const auto& edges = StateDiagramLayout::edges();
    f.edges.resize(edges.size());
    std::vector<int> order(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i)
        order[i] = int(i);
    if (in.takenEdge >= 0 && in.takenEdge < int(edges.size()))
        std::rotate(order.begin(), order.begin() + in.takenEdge, order.begin() + in.takenEdge + 1);
    for (int i : order) {
        const DiagramEdge& e = edges[std::size_t(i)];
        DiagramEdgePicture& pic = f.edges[std::size_t(i)];
        const EdgeGeometry geometry = edgePath(f.nodes, e, area, logical);
        if (geometry.path.isEmpty())
            continue;
        const QPointF normal = geometry.normal;
        pic.path = geometry.path;
        pic.head = arrowHead(pic.path.currentPosition(), pic.path.pointAtPercent(0.96), std::max(8.0, labelPx * 0.75));

        const QString tick = in.ticked.count(i) ? QStringLiteral("✓ ") : QString();
        const QString event = tick + QCoreApplication::translate("StateDiagram", e.event);
        const QString full
            = *e.action ? event + QStringLiteral("\n") + QCoreApplication::translate("StateDiagram", e.action) : event;
        pic.label.fullText = full;
        const double offset = (e.bend >= 0 ? 1 : -1) * labelPx * 0.3;
        bool placed = false;
        // The arrow just walked may also take its label beside the arrow: its words must show.
        // On the map every label may sit beside its arrow (two steps at most: further away it would
        // read as another arrow's).
        const bool taken = i == in.takenEdge;
        for (const QString& text : { full, event }) {
            const QRectF size = textBox(lm, text, QPointF(), area.width() * 0.4);
            std::vector<QPointF> shifts { normal * offset };
            if (taken || in.labelEveryArrow) {
                std::vector<QPointF> beside = besideShifts(normal, size, false);
                if (!taken)
                    beside.resize(4);
                shifts.insert(shifts.end(), beside.begin(), beside.end());
            }
            for (double at : { 0.5, 0.4, 0.6, 0.3, 0.7 }) {
                QRectF box;
                for (const QPointF& shift : shifts) {
                    box = size.translated(pic.path.pointAtPercent(at) + shift);
                    if (placer.isFree(box))
                        break;
                    box = QRectF();
                }
                if (!box.isNull()) {
                    pic.label.box = box;
                    pic.label.text = text;
                    pic.label.shown = true;
                    pic.label.shortened = text != full;
                    placer.addObstacle(box);
                    placed = true;
                    break;
                }
            }
            if (placed || !*e.action)
                break;
        }
    }
    return f;
}

} // namespace tcplab
