#pragma once
#include <QLineF>
#include <QPolygonF>
#include <QRectF>

#include <cmath>
#include <cstdint>
#include <vector>

namespace tcplab {

// Keeps what a picture has already placed (state boxes, labels, a route that must stay visible)
// and answers whether a new label would print on top of any of it. Labels are placed in order
// of importance: a view tries a label's positions and shorter forms until one is free, and
// leaves it for the hover text when none is — it never prints text on text.
class LabelPlacer {
public:
    void addObstacle(const QRectF& box) { add({ box, {}, true }); }
    void addObstacle(const QPolygonF& shape) { add({ shape.boundingRect(), shape, false }); }
    // A line that text may not cover (an off-figure route, the "now" line).
    void addLine(const QLineF& line) { lines_.push_back(line); }
    // True when `shape` lies inside `bounds` (when given) and touches nothing placed so far.
    bool isFree(const QPolygonF& shape) const;
    bool isFree(const QRectF& box) const { return isFree(QPolygonF(box)); }
    // Set before the first obstacle: the bands start at its top, so a placer for a piece of a
    // ladder millions of pixels down indexes that piece, not everything above it.
    void setBounds(const QRectF& bounds)
    {
        bounds_ = bounds;
        if (items_.empty() && std::isfinite(bounds.top()))
            origin_ = bounds.top();
    }

    static bool overlaps(const QPolygonF& a, const QPolygonF& b);
    static bool crosses(const QPolygonF& shape, const QLineF& line);

private:
    // Each obstacle with its bounding rectangle: most candidates are ruled out by that alone
    // (a long run's ladder has hundreds of labels, a frame places the few in flight).
    struct Item {
        QRectF bounds;
        QPolygonF shape; // empty for a plain rectangle
        bool isRect;
    };
    void add(Item item);
    bool touches(const Item& item, const QPolygonF& shape, const QRectF& bounds, bool candidateIsRect) const;
    // Obstacles indexed by horizontal bands of kBandPx: a candidate is tested against the few
    // in its bands, not against every label of a long run (placing n labels was n² tests).
    // Obstacles taller than kMaxBands bands (the future below "now") are tested always.
    static constexpr double kBandPx = 32;
    static constexpr int kMaxBands = 64;
    static constexpr int kMaxBandIndex = 1 << 16; // 2 M pixels below the origin: beyond, the wide list

    int bandOf(double y) const { return int(std::floor((y - origin_) / kBandPx)); }
    QRectF bounds_;
    double origin_ = 0; // the top of band 0
    std::vector<Item> items_;
    std::vector<std::vector<std::uint32_t>> bands_;
    std::vector<std::uint32_t> wide_;
    std::vector<QLineF> lines_;
};

} // namespace tcplab
