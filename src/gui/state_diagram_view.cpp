#include "state_diagram_view.h"
#include "simulation_controller.h"

#include "state_diagram_layout.h"
#include "teaching_text.h"
#include "view_theme.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace tcplab {

void StateDiagramView::watch(const SimulationController& controller)
{
    connect(&controller, &SimulationController::advanced, this,
        [this, &controller] { follow(controller.records(), controller.snapshot()); });
}

namespace {
constexpr qint64 kGlowMs = 1500; // animation time the fresh transition glows
constexpr qint64 kDotMs = 700; // a dot runs along the arrow this long

} // namespace

StateDiagramView::StateDiagramView(Peer peer, QWidget* parent)
    : QWidget(parent)
    , peer_(peer)
{
    setMouseTracking(true);
    // Every pixel is painted by paintEvent (a cached picture or a fill): no background first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setObjectName(peer == Peer::Client ? QStringLiteral("clientDiagram") : QStringLiteral("serverDiagram"));
    animation_.setInterval(16);
    connect(&animation_, &QTimer::timeout, this, [this] {
        if (!isGlowing())
            animation_.stop();
        QWidget::update();
    });
    clear();
}

void StateDiagramView::clear()
{
    consumed_ = 0;
    current_ = TcpState::Closed;
    currentNode_ = StateDiagramLayout::topClosed();
    visited_ = { currentNode_ };
    otherSockets_.clear();
    lastFromNode_ = -1;
    lastCause_.clear();
    strayBanner_.clear();
    glowClock_.invalidate();
    QWidget::update();
}

void StateDiagramView::follow(const std::vector<TraceRecord>& records, const Snapshot& snapshot)
{
    if (records.size() < consumed_)
        clear();
    bool changed = false;
    for (; consumed_ < records.size(); ++consumed_) {
        const TraceEvent& e = records[consumed_].event;
        if (e.kind == TraceKind::Stray && e.peer == peer_) {
            // RFC 9293 §3.6.1 is why TIME_WAIT exists: say it here, where the class looks.
            const std::optional<Segment>& seg = records[consumed_].segment;
            const QString what = seg && seg->text ? QString::fromStdString(*seg->text).left(40) : QString();
            strayAccepted_ = e.accepted;
            strayBanner_ = e.accepted
                ? (what.isEmpty() ? tr("⚠ A segment of an older connection was ACCEPTED by this one")
                                  : tr("⚠ A segment of an older connection was ACCEPTED: «%1»").arg(what))
                : tr("A segment of an older connection arrived and was rejected");
            changed = true;
            continue;
        }
        if (e.kind != TraceKind::State || e.peer != peer_)
            continue;
        strayBanner_.clear();
        lastFrom_ = e.from;
        lastFromNode_ = currentNode_;
        if (StateDiagramLayout::nodes()[std::size_t(currentNode_)].state != e.from)
            lastFromNode_ = StateDiagramLayout::nodeFor(e.from, TcpState::Closed);
        current_ = e.to;
        currentNode_ = StateDiagramLayout::nodeFor(e.to, e.from);
        visited_.insert(currentNode_);
        lastCause_ = QString::fromStdString(e.cause);
        changed = true;
    }
    otherSockets_.clear();
    for (const SocketView& s : snapshot.sockets)
        if (s.peer == peer_ && s.state != current_)
            otherSockets_.push_back(StateDiagramLayout::nodeFor(s.state, TcpState::Closed));
    if (changed) {
        glowClock_.start();
        animation_.start();
    }
    QWidget::update();
}

QString StateDiagramView::headingText() const
{
    if (map_)
        return mapHeading_;
    const QString who = peer_ == Peer::Client ? tr("Client") : tr("Server");
    QString heading = tr("%1: %2").arg(who, StateDiagramLayout::displayName(current_));
    if (!lastCause_.isEmpty())
        heading += QStringLiteral("  ·  ") + TeachingText::causeText(lastCause_.toStdString());
    return heading;
}

DiagramFrame StateDiagramView::computeFrame(const QRectF& target) const
{
    DiagramFrameInput in;
    in.target = target;
    in.baseFont = font();
    // The map is a reference picture read up close in its dialog: classroom text, but not so
    // large that its twenty labels no longer find room beside their arrows.
    in.fontScale = map_ ? std::min(1.2, ViewTheme::current().fontScale) : ViewTheme::current().fontScale;
    in.minNodePx = ViewTheme::current().highContrast ? 14 : 11;
    in.minLabelPx = ViewTheme::current().highContrast ? 11 : 9;
    in.heading = headingText();
    in.banner = strayBanner_;
    in.ringed = otherSockets_;
    in.takenEdge = map_ ? mapSelected_ : takenEdge();
    if (map_) {
        in.ticked = mapSeen_;
        in.labelEveryArrow = true;
    } else if (offFigure()) {
        in.routeFrom = lastFromNode_;
        in.routeTo = currentNode_;
        in.routeLabel = TeachingText::causeText(lastCause_.toStdString());
    }
    return DiagramFrame::compute(in);
}

const DiagramFrame& StateDiagramView::frame() const
{
    // The picture depends on the size, the font, the theme and what was lit last.
    std::uint32_t other = 0;
    for (int node : otherSockets_)
        other |= 1u << node;
    CacheKey key { size(), 1.0, takenEdge(), lastFromNode_, currentNode_, 0, other, lastCause_, ViewTheme::generation(),
        false, strayBanner_, mapRevision_ };
    if (!(key == frameKey_) || frame_.nodes.empty()) {
        frame_ = computeFrame(rect());
        frameKey_ = key;
    }
    return frame_;
}

void StateDiagramView::paintEvent(QPaintEvent*)
{
    // The heading, the edges, their labels and the state boxes are most of the drawing and
    // change only when the peer changes state: they are drawn once into a pixmap, in the same
    // order as an export.
    // Only while a fresh transition glows (1.5 s of animation time) is it drawn on top each
    // frame, with its running dot and the lit state's halo.
    const bool glowing = isGlowing();
    std::uint32_t visited = 0, other = 0;
    for (int node : visited_)
        visited |= 1u << node;
    for (int node : otherSockets_)
        other |= 1u << node;
    const CacheKey key { size(), devicePixelRatioF(), takenEdge(), lastFromNode_, currentNode_, visited, other,
        lastCause_, ViewTheme::generation(), glowing, strayBanner_, mapRevision_ };
    if (!(key == cacheKey_) || cache_.isNull()) {
        if (cache_.size() != size() * key.devicePixelRatio)
            cache_ = QPixmap(size() * key.devicePixelRatio);
        cache_.setDevicePixelRatio(key.devicePixelRatio);
        cache_.fill(ViewTheme::current().background);
        QPainter cache(&cache_);
        cache.setFont(font());
        const DiagramFrame& f = frame();
        paintHeading(cache, f);
        paintEdges(cache, f, glowing ? Edges::AllButTaken : Edges::All);
        paintNodes(cache, f, glowing ? Nodes::AllWithoutHalo : Nodes::All);
        cacheKey_ = key;
    }
    QPainter p(this);
    p.drawPixmap(0, 0, cache_);
    if (glowing) {
        paintEdges(p, frame(), Edges::Taken);
        paintNodes(p, frame(), Nodes::LitWithHalo);
    }
}

void StateDiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        cache_ = QPixmap(); // the labels are translated text
        frame_ = DiagramFrame();
    }
    QWidget::changeEvent(event);
}

qint64 StateDiagramView::glowElapsedMs() const
{
    // Animation time since the transition was taken; past the glow when nothing was taken.
    return glowClock_.isValid() ? glowClock_.elapsed() : kGlowMs + 1;
}

bool StateDiagramView::isGlowing() const
{
    return glowElapsedMs() <= kGlowMs;
}

void StateDiagramView::finishAnimation()
{
    glowClock_.invalidate();
    animation_.stop();
    QWidget::update();
}

int StateDiagramView::takenEdge() const
{
    return lastFromNode_ >= 0 ? StateDiagramLayout::edgeFor(lastFrom_, current_, lastCause_.toStdString()) : -1;
}

void StateDiagramView::drawLabel(QPainter& p, const DiagramFrame& f, const DiagramLabel& label, const QColor& colour)
{
    if (!label.shown)
        return;
    const ViewTheme& theme = ViewTheme::current();
    QColor bg = theme.background;
    bg.setAlpha(225);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRect(label.box);
    p.setFont(f.labelFont);
    p.setPen(colour);
    p.drawText(label.box, Qt::AlignCenter | Qt::TextWordWrap, label.text);
}

void StateDiagramView::paintDiagram(QPainter& p, const QRectF& target) const
{
    const DiagramFrame f = computeFrame(target);
    paintHeading(p, f);
    paintEdges(p, f, Edges::All);
    paintNodes(p, f, Nodes::All);
}

void StateDiagramView::paintHeading(QPainter& p, const DiagramFrame& f) const
{
    const ViewTheme& theme = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(f.headingFont);
    p.setPen(theme.text);
    p.drawText(f.headingBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, headingText());
    if (!f.bannerBox.isNull()) {
        p.setPen(Qt::NoPen);
        p.setBrush(strayAccepted_ ? theme.stray : theme.stateFill);
        p.drawRoundedRect(f.bannerBox, 4, 4);
        p.setPen(strayAccepted_ ? QColor(Qt::white) : theme.text);
        p.drawText(
            f.bannerBox.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, strayBanner_);
    }
    p.restore();
}

void StateDiagramView::paintEdges(QPainter& p, const DiagramFrame& f, Edges which) const
{
    const ViewTheme& theme = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 glowMs = glowElapsedMs();
    const int taken = takenEdge();
    const double width = theme.lineWidth * std::max(0.8, f.labelFont.pixelSize() / 12.0);
    for (std::size_t i = 0; i < f.edges.size(); ++i) {
        const bool isTaken = int(i) == taken;
        if ((which == Edges::AllButTaken && isTaken) || (which == Edges::Taken && !isTaken))
            continue;
        const DiagramEdgePicture& e = f.edges[i];
        QPen pen(theme.muted, width);
        if (map_)
            pen = mapPen(int(i), width);
        else if (isTaken)
            pen = QPen(theme.glow, width * (glowMs < kGlowMs ? 3.0 : 2.0));
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(e.path);
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        p.drawPolygon(e.head);
        if (isTaken && glowMs < kDotMs)
            p.drawEllipse(e.path.pointAtPercent(double(glowMs) / kDotMs), 6, 6);
        drawLabel(p, f, e.label,
            map_          ? mapLabelColour(int(i))
                : isTaken ? theme.glow.darker(theme.dark ? 60 : 140)
                          : theme.text);
    }
    if (which != Edges::AllButTaken && f.route.size() >= 2) {
        // A transition the RFC figure does not draw (a reset, a timeout giving up, a reuse of
        // TIME_WAIT): dashed, on a route of its own around every box, with its cause on it,
        // for as long as it is the latest one.
        QPen pen(theme.glow, width * 2, Qt::DashLine);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(f.route);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.glow);
        p.drawPolygon(f.routeHead);
        if (glowMs < kDotMs) {
            QPainterPath along;
            along.addPolygon(f.route);
            p.drawEllipse(along.pointAtPercent(double(glowMs) / kDotMs), 6, 6);
        }
        drawLabel(p, f, f.routeLabel, theme.glow.darker(theme.dark ? 60 : 140));
    }
    p.restore();
}

void StateDiagramView::paintNodes(QPainter& p, const DiagramFrame& f, Nodes which) const
{
    const ViewTheme& theme = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 glowMs = glowElapsedMs();
    const auto& nodes = StateDiagramLayout::nodes();
    p.setFont(f.nodeFont);
    const double radius = f.nodes.empty() ? 8 : f.nodes[0].height() / 4;
    for (std::size_t i = 0; i < nodes.size() && i < f.nodes.size(); ++i) {
        const QRectF r = f.nodes[i];
        const bool lit = !map_ && int(i) == currentNode_;
        if (which == Nodes::LitWithHalo && !lit)
            continue;
        const bool other = std::find(otherSockets_.begin(), otherSockets_.end(), int(i)) != otherSockets_.end();
        QColor fill = lit ? theme.lit : !map_ && visited_.count(int(i)) ? theme.visited : theme.stateFill;
        if (lit && glowMs < kGlowMs && which != Nodes::AllWithoutHalo) {
            QPen halo(theme.glow, 10 * (1.0 - double(glowMs) / kGlowMs) + 2);
            p.setPen(halo);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
        }
        p.setPen(QPen(lit ? theme.lit.darker(130) : theme.stateBorder, lit ? theme.lineWidth * 2 : theme.lineWidth));
        p.setBrush(fill);
        p.drawRoundedRect(r, radius, radius);
        if (other) {
            p.setPen(QPen(theme.secondary, theme.lineWidth * 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-4, -4, 4, 4), radius + 2, radius + 2);
        }
        p.setPen(lit ? theme.litText : theme.text);
        const QStaticText& name = nodeNames_.get(StateDiagramLayout::displayName(nodes[i].state), f.nodeFont);
        p.drawStaticText(r.center() - QPointF(name.size().width(), name.size().height()) / 2, name);
    }
    p.restore();
}

QPointF StateDiagramView::nodeCenter(int node) const
{
    return frame().nodes[std::size_t(node)].center();
}

void StateDiagramView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF at = event->position();
    const DiagramFrame& f = frame();
    for (std::size_t i = 0; i < f.nodes.size(); ++i) {
        if (f.nodes[i].contains(at)) {
            const TcpState s = StateDiagramLayout::nodes()[i].state;
            QToolTip::showText(event->globalPosition().toPoint(), StateDiagramLayout::explanation(s), this);
            return;
        }
    }
    // An arrow whose label had no room: its words on hover.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    for (const DiagramEdgePicture& e : f.edges) {
        if ((!e.label.shown || e.label.shortened) && stroker.createStroke(e.path).contains(at)) {
            QToolTip::showText(event->globalPosition().toPoint(), e.label.fullText, this);
            return;
        }
    }
    QToolTip::hideText();
}

} // namespace tcplab
