// The ladder's labels: each segment's words placed along its arrow where they print on nothing
// else (another label, a state box, the "now" label, the future below "now"); a label with no
// free place is shortened to its flags, then left to the hover text.
#include "event_explainer.h"
#include "label_placer.h"
#include "ladder_view.h"
#include "view_theme.h"

#include <QPainter>
#include <QTransform>

#include <cmath>

namespace tcplab {

namespace {
QString shortLabel(const Segment& s)
{
    QString label = QString::fromStdString(flagsToString(s.flags));
    if (s.len > 0)
        label += QStringLiteral(" len=%1").arg(s.len);
    return label;
}

QPolygonF turnedBox(QPointF centre, double angleDeg, const QRectF& local)
{
    QTransform t;
    t.translate(centre.x(), centre.y());
    t.rotate(angleDeg);
    return t.map(QPolygonF(local));
}
} // namespace

QFont LadderView::labelFont() const
{
    return metrics().font;
}

const LadderView::Metrics& LadderView::metrics() const
{
    // Asked for by every coordinate (xOf) and every label: made once per width, theme and font.
    const auto key = std::make_tuple(width(), ViewTheme::generation(), fontChanges_);
    if (key == metricsKey_)
        return metrics_;
    // At least 11 px on a desk and 13 px on a projector, growing with the ladder's width:
    // readable from the back row, and still room for a segment's words between the lifelines.
    QFont f = font();
    f.setBold(false);
    const bool projector = ViewTheme::current().highContrast;
    const double px = projector ? std::clamp(width() * 0.028, 13.0, 20.0) : std::clamp(width() * 0.02, 11.0, 14.0);
    f.setPixelSize(int(px));
    const QFontMetricsF fm(f);
    metrics_ = { f, fm.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) + 10.0, fm.height() };
    metricsKey_ = key;
    labelTexts_.clear(); // their widths were measured in the old font
    return metrics_;
}

double LadderView::stateBoxWidth() const
{
    return metrics().stateBoxWidth;
}

const LadderView::LabelTexts& LadderView::labelTexts(const Entry& e) const
{
    // A segment never changes its words: they are written and measured once per font.
    const Metrics& m = metrics();
    auto found = labelTexts_.find(e.id);
    if (found == labelTexts_.end()) {
        const QFontMetricsF fm(m.font);
        LabelTexts t;
        t.full = EventExplainer::segmentLabel(e.segment);
        t.brief = shortLabel(e.segment);
        t.fullWidth = fm.horizontalAdvance(t.full) + 4;
        t.briefWidth = fm.horizontalAdvance(t.brief) + 4;
        found = labelTexts_.emplace(e.id, std::move(t)).first;
    }
    return found->second;
}

std::vector<QRectF> LadderView::markBoxes(double width, const QFontMetricsF& fm) const
{
    // State changes written beside the lifelines, pushed down when they would overlap.
    std::vector<QRectF> boxes;
    double lastY[2] = { -1e9, -1e9 };
    const double boxH = fm.height() * 2 + 4;
    const double w = stateBoxWidth();
    for (const StateMark& m : marks_) {
        const int i = int(m.peer);
        const double y = std::max(axis_.y(m.t_us) - boxH / 2, lastY[i] + boxH + 2);
        lastY[i] = y;
        const double x = xOf(m.peer, width);
        boxes.push_back(m.peer == Peer::Client ? QRectF(x - w - 6, y, w, boxH) : QRectF(x + 6, y, w, boxH));
    }
    return boxes;
}

std::vector<QRectF> LadderView::stateBoxes(double width) const
{
    return markBoxes(width, QFontMetricsF(labelFont()));
}

QRectF LadderView::nowLabelBox(double width) const
{
    const QFontMetricsF fm(labelFont());
    const QString now = tr("now: %1").arg(EventExplainer::formatTime(nowUs_));
    const double w = fm.horizontalAdvance(now);
    const double x = (xOf(Peer::Client, width) + xOf(Peer::Server, width) - w) / 2;
    return { x - 2, axis_.y(nowUs_) + 2, w + 4, fm.height() + 2 };
}

LadderView::Marker LadderView::markerOf(const Entry& e)
{
    if (e.stray && e.fate != Fate::InFlight)
        return e.strayAccepted ? Marker::StrayAccepted : Marker::StrayRejected;
    if (e.fate == Fate::Dropped && e.reason == DropReason::Expired)
        return Marker::Expired;
    return Marker::None;
}

QString LadderView::markerWord(Marker m)
{
    switch (m) {
    case Marker::StrayAccepted:
        return tr("STRAY ACCEPTED");
    case Marker::StrayRejected:
        return tr("stray rejected");
    case Marker::Expired:
        return tr("expired (older than MSL)");
    case Marker::None:
        break;
    }
    return {};
}

QFont LadderView::markerFont() const
{
    QFont f = labelFont();
    f.setBold(true);
    f.setPixelSize(f.pixelSize() + 2);
    return f;
}

void LadderView::placeMarker(const Entry& e, const Line& line, LabelPlacer& placer, PlacedLabel& label) const
{
    // Beside the head where the old segment met the new connection: the word must be seen.
    const Marker m = markerOf(e);
    if (m == Marker::None)
        return;
    label.markerText = markerWord(m);
    const QFontMetricsF fm(markerFont());
    const double w = fm.horizontalAdvance(label.markerText) + 8, h = fm.height() + 4;
    const double r = markerRadius();
    const bool towardRight = line.b.x() >= line.a.x();
    const QPointF b = line.b;
    const QRectF candidates[] = {
        towardRight ? QRectF(b.x() - w - r - 4, b.y() + r, w, h) : QRectF(b.x() + r + 4, b.y() + r, w, h),
        towardRight ? QRectF(b.x() - w - r - 4, b.y() - r - h, w, h) : QRectF(b.x() + r + 4, b.y() - r - h, w, h),
        QRectF(b.x() - w / 2, b.y() + r + 2, w, h),
        QRectF(b.x() - w / 2, b.y() - r - h - 2, w, h),
    };
    for (const QRectF& box : candidates) {
        if (placer.isFree(box)) {
            label.markerBox = box;
            placer.addObstacle(box);
            return;
        }
    }
    label.markerText.clear(); // no room: the marker's shape and the hover tell it
}

double LadderView::markerRadius() const
{
    return labelFont().pixelSize() * 0.8;
}

void LadderView::placeLabels(
    const std::vector<const Entry*>& which, double width, LabelPlacer& placer, std::vector<PlacedLabel>& out) const
{
    const QFontMetricsF fm(labelFont());
    for (const Entry* e : which) {
        PlacedLabel label;
        label.id = e->id;
        const Line line = lineOf(*e, width);
        // The marker first: of all the words on the ladder it is the one that must show.
        if (markerOf(*e) != Marker::None) {
            const double r = markerRadius() + 2;
            placer.addObstacle(QRectF(line.b.x() - r, line.b.y() - r, 2 * r, 2 * r));
            placeMarker(*e, line, placer, label);
        }
        const QPointF d = line.b - line.a;
        const double len = std::hypot(d.x(), d.y());
        if (len < 24) {
            out.push_back(label);
            continue;
        }
        double angle = std::atan2(d.y(), d.x()) * 180.0 / M_PI;
        if (angle > 90 || angle < -90)
            angle += 180; // upright text
        const double radians = angle * M_PI / 180.0;
        const QPointF up(std::sin(radians), -std::cos(radians)); // toward the top of the upright text
        const LabelTexts& texts = labelTexts(*e);
        for (const auto& [text, w] :
            { std::pair { &texts.full, texts.fullWidth }, { &texts.brief, texts.briefWidth } }) {
            const double h = fm.height();
            if (w > len * 0.95)
                continue;
            const QRectF local(-w / 2, -h / 2, w, h);
            for (double at : kLabelFractions) {
                for (double side : { 1.0, -1.0 }) {
                    const QPointF centre = line.a + d * at + up * side * (h / 2 + 2);
                    const QPolygonF shape = turnedBox(centre, angle, local);
                    if (placer.isFree(shape)) {
                        label.text = *text;
                        label.shape = shape;
                        label.centre = centre;
                        label.angleDeg = angle;
                        label.shown = true;
                        placer.addObstacle(shape);
                        break;
                    }
                }
                if (label.shown)
                    break;
            }
            if (label.shown)
                break;
        }
        out.push_back(label);
    }
}

std::vector<LadderView::PlacedLabel> LadderView::labels(double width) const
{
    std::vector<PlacedLabel> out = settledLabels(width, {});
    std::vector<PlacedLabel> moving = movingLabels(width);
    out.insert(out.end(), std::make_move_iterator(moving.begin()), std::make_move_iterator(moving.end()));
    return out;
}

} // namespace tcplab
