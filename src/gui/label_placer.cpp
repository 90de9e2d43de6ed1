#include "label_placer.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
// Separating-axis test for two convex polygons (labels are rectangles, maybe rotated).
bool separatedAlong(const QPolygonF& a, const QPolygonF& b, const QPolygonF& edgesOf)
{
    const int n = int(edgesOf.size());
    for (int i = 0; i < n; ++i) {
        const QPointF p = edgesOf[i];
        const QPointF q = edgesOf[(i + 1) % n];
        const QPointF axis(q.y() - p.y(), p.x() - q.x());
        double minA = 1e300, maxA = -1e300, minB = 1e300, maxB = -1e300;
        for (const QPointF& v : a) {
            const double d = QPointF::dotProduct(v, axis);
            minA = std::min(minA, d);
            maxA = std::max(maxA, d);
        }
        for (const QPointF& v : b) {
            const double d = QPointF::dotProduct(v, axis);
            minB = std::min(minB, d);
            maxB = std::max(maxB, d);
        }
        if (maxA <= minB || maxB <= minA)
            return true;
    }
    return false;
}

QPolygonF open(const QPolygonF& shape)
{
    // QPolygonF(QRectF) repeats its first corner at the end; the test wants each corner once.
    QPolygonF p = shape;
    if (p.size() > 1 && p.first() == p.last())
        p.removeLast();
    return p;
}
} // namespace

bool LabelPlacer::overlaps(const QPolygonF& a, const QPolygonF& b)
{
    const QPolygonF pa = open(a);
    const QPolygonF pb = open(b);
    if (pa.size() < 3 || pb.size() < 3)
        return false;
    if (!pa.boundingRect().intersects(pb.boundingRect()))
        return false;
    return !separatedAlong(pa, pb, pa) && !separatedAlong(pa, pb, pb);
}

bool LabelPlacer::crosses(const QPolygonF& shape, const QLineF& line)
{
    const QPolygonF p = open(shape);
    if (p.containsPoint(line.p1(), Qt::OddEvenFill) || p.containsPoint(line.p2(), Qt::OddEvenFill))
        return true;
    for (int i = 0; i < p.size(); ++i) {
        const QLineF side(p[i], p[(i + 1) % p.size()]);
        if (side.intersects(line) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

void LabelPlacer::add(Item item)
{
    const auto index = std::uint32_t(items_.size());
    const QRectF& b = item.bounds;
    items_.push_back(std::move(item));
    const double top = b.top() - origin_, bottom = b.bottom() - origin_;
    if (!(top >= 0) || !(bottom - top < kBandPx * kMaxBands) || !(bottom < kBandPx * kMaxBandIndex)) {
        wide_.push_back(index); // above the origin, enormous, far down or not a number: always tested
        return;
    }
    const int first = bandOf(b.top()), last = bandOf(b.bottom());
    if (bands_.size() <= std::size_t(last))
        bands_.resize(std::size_t(last) + 1);
    for (int band = first; band <= last; ++band)
        bands_[std::size_t(band)].push_back(index);
}

bool LabelPlacer::touches(const Item& item, const QPolygonF& shape, const QRectF& bounds, bool candidateIsRect) const
{
    if (!item.bounds.intersects(bounds))
        return false;
    if (item.isRect && candidateIsRect)
        return true;
    return overlaps(shape, item.isRect ? QPolygonF(item.bounds) : item.shape);
}

bool LabelPlacer::isFree(const QPolygonF& shape) const
{
    const QRectF bounds = shape.boundingRect();
    if (!bounds_.isNull() && !bounds_.contains(bounds))
        return false;
    // An axis-aligned candidate is its own bounding rectangle (4 corners + the closing one).
    const bool candidateIsRect = shape.size() == 5 && QPolygonF(bounds) == shape;
    for (std::uint32_t i : wide_)
        if (touches(items_[i], shape, bounds, candidateIsRect))
            return false;
    const double limit = origin_ + kBandPx * double(bands_.size());
    if (std::isfinite(bounds.top()) && std::isfinite(bounds.bottom()) && bounds.bottom() >= origin_
        && bounds.top() < limit) {
        const int first = bandOf(std::max(origin_, bounds.top()));
        const int last = std::min(int(bands_.size()) - 1, bandOf(std::min(bounds.bottom(), limit)));
        for (int band = first; band <= last; ++band)
            for (std::uint32_t i : bands_[std::size_t(band)])
                if (touches(items_[i], shape, bounds, candidateIsRect))
                    return false;
    }
    for (const QLineF& line : lines_) {
        const QRectF lineBounds = QRectF(line.p1(), line.p2()).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
        if (lineBounds.intersects(bounds) && crosses(shape, line))
            return false;
    }
    return true;
}

} // namespace tcplab
