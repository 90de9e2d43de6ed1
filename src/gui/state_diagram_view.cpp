#include "state_diagram_view.h"

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

namespace {
constexpr qint64 kGlowMs = 1500; // animation time the fresh transition glows
constexpr qint64 kDotMs = 700; // a dot runs along the arrow this long

QPointF borderPoint(const QRectF& rect, QPointF toward)
{
    // Where the line from the rect's centre toward `toward` leaves the rect.
    const QPointF c = rect.center();
    const QPointF d = toward - c;
    if (d.isNull())
        return c;
    const double sx = std::abs(d.x()) > 1e-9 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min(sx, sy);
}
} // namespace

StateDiagramView::StateDiagramView(Peer peer, QWidget* parent)
    : QWidget(parent)
    , peer_(peer)
{
    setMouseTracking(true);
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
        if (e.kind != TraceKind::State || e.peer != peer_)
            continue;
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

QTransform StateDiagramView::logicalToWidget(const QRectF& target) const
{
    const QSizeF logical = StateDiagramLayout::logicalSize();
    const double header = 34;
    const double scale = std::min(target.width() / logical.width(), (target.height() - header) / logical.height());
    const double dx = target.x() + (target.width() - logical.width() * scale) / 2;
    QTransform t;
    t.translate(dx, target.y() + header);
    t.scale(scale, scale);
    return t;
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
        lastCause_, ViewTheme::generation(), glowing };
    if (!(key == cacheKey_) || cache_.isNull()) {
        cache_ = QPixmap(size() * key.devicePixelRatio);
        cache_.setDevicePixelRatio(key.devicePixelRatio);
        cache_.fill(ViewTheme::current().background);
        QPainter cache(&cache_);
        cache.setFont(font());
        paintHeading(cache, rect());
        paintEdges(cache, rect(), glowing ? Edges::AllButTaken : Edges::All);
        paintNodes(cache, rect(), glowing ? Nodes::AllWithoutHalo : Nodes::All);
        cacheKey_ = key;
    }
    QPainter p(this);
    p.drawPixmap(0, 0, cache_);
    if (glowing) {
        paintEdges(p, rect(), Edges::Taken);
        paintNodes(p, rect(), Nodes::LitWithHalo);
    }
}

void StateDiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        cache_ = QPixmap(); // the labels are translated text
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
    return lastFromNode_ >= 0 ? StateDiagramLayout::edgeFor(lastFrom_, current_) : -1;
}

void StateDiagramView::drawEdge(
    QPainter& p, int from, int to, double bend, const QString& label, const QPen& pen, double dotAt) const
{
    const QRectF a = StateDiagramLayout::nodeRect(from);
    const QRectF b = StateDiagramLayout::nodeRect(to);
    const QPointF mid = (a.center() + b.center()) / 2;
    QPointF dir = b.center() - a.center();
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1)
        return;
    const QPointF normal(-dir.y() / len, dir.x() / len);
    const QPointF control = mid + normal * bend * 2;
    const QPointF start = borderPoint(a, control);
    const QPointF end = borderPoint(b, control);
    QPainterPath path(start);
    path.quadTo(control, end);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // Arrow head along the curve's last direction.
    const QPointF tail = path.pointAtPercent(0.96);
    QPointF v = end - tail;
    const double vl = std::hypot(v.x(), v.y());
    if (vl > 0.01) {
        v /= vl;
        const QPointF n(-v.y(), v.x());
        const double s = 9;
        QPolygonF head { end, end - v * s + n * s * 0.5, end - v * s - n * s * 0.5 };
        p.setBrush(pen.color());
        p.drawPolygon(head);
    }
    if (dotAt >= 0) {
        p.setBrush(pen.color());
        p.drawEllipse(path.pointAtPercent(std::clamp(dotAt, 0.0, 1.0)), 6, 6);
    }
    if (!label.isEmpty()) {
        const ViewTheme& theme = ViewTheme::current();
        QFont f = p.font();
        f.setPointSizeF(8.5);
        p.setFont(f);
        const QPointF at = path.pointAtPercent(0.5) + normal * (bend >= 0 ? 4 : -4);
        const QRectF box = p.fontMetrics().boundingRect(QRect(0, 0, 170, 60), Qt::AlignCenter, label);
        QRectF r(at.x() - box.width() / 2 - 2, at.y() - box.height() / 2, box.width() + 4, box.height());
        QColor bg = theme.background;
        bg.setAlpha(215);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRect(r);
        p.setPen(pen.color() == theme.muted ? theme.text : pen.color());
        p.drawText(r, Qt::AlignCenter, label);
    }
}

void StateDiagramView::paintDiagram(QPainter& p, const QRectF& target) const
{
    paintHeading(p, target);
    paintEdges(p, target, Edges::All);
    paintNodes(p, target, Nodes::All);
}

void StateDiagramView::paintHeading(QPainter& p, const QRectF& target) const
{
    const ViewTheme& theme = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont title = font();
    title.setPointSizeF(11 * theme.fontScale);
    title.setBold(true);
    p.setFont(title);
    p.setPen(theme.text);
    const QString who = peer_ == Peer::Client ? tr("Client") : tr("Server");
    QString heading = tr("%1: %2").arg(who, StateDiagramLayout::displayName(current_));
    if (!lastCause_.isEmpty())
        heading += QStringLiteral("  ·  ") + TeachingText::causeText(lastCause_.toStdString());
    p.drawText(QRectF(target.x() + 6, target.y() + 4, target.width() - 12, 28), Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(heading, Qt::ElideRight, int(target.width() - 12)));
    p.restore();
}

void StateDiagramView::paintEdges(QPainter& p, const QRectF& target, Edges which) const
{
    const ViewTheme& theme = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(logicalToWidget(target), true);
    const qint64 glowMs = glowElapsedMs();
    const int taken = takenEdge();

    const auto& edges = StateDiagramLayout::edges();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const bool isTaken = int(i) == taken;
        if ((which == Edges::AllButTaken && isTaken) || (which == Edges::Taken && !isTaken))
            continue;
        const DiagramEdge& e = edges[i];
        QString label = QCoreApplication::translate("StateDiagram", e.event);
        if (*e.action)
            label += QStringLiteral("\n") + QCoreApplication::translate("StateDiagram", e.action);
        QPen pen(theme.muted, theme.lineWidth);
        double dot = -1;
        if (isTaken) {
            QColor c = theme.glow;
            pen = QPen(c, theme.lineWidth * (glowMs < kGlowMs ? 3.0 : 2.0));
            if (glowMs < kDotMs)
                dot = double(glowMs) / kDotMs;
        }
        drawEdge(p, e.from, e.to, e.bend, label, pen, dot);
    }
    if (which != Edges::AllButTaken && lastFromNode_ >= 0 && taken < 0 && lastFromNode_ != currentNode_) {
        // A transition the RFC figure does not draw (a reset, a timeout giving up, a reuse of
        // TIME_WAIT): shown dashed with its cause for as long as it is the latest one.
        QPen pen(theme.glow, theme.lineWidth * 2, Qt::DashLine);
        drawEdge(p, lastFromNode_, currentNode_, 40, TeachingText::causeText(lastCause_.toStdString()), pen,
            glowMs < kDotMs ? double(glowMs) / kDotMs : -1);
    }
    p.restore();
}

void StateDiagramView::paintNodes(QPainter& p, const QRectF& target, Nodes which) const
{
    const ViewTheme& theme = ViewTheme::current();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(logicalToWidget(target), true);
    const qint64 glowMs = glowElapsedMs();
    const auto& nodes = StateDiagramLayout::nodes();
    QFont nodeFont = font();
    nodeFont.setPointSizeF(10 * std::min(theme.fontScale, 1.2));
    nodeFont.setBold(true);
    p.setFont(nodeFont);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QRectF r = StateDiagramLayout::nodeRect(int(i));
        const bool lit = int(i) == currentNode_;
        if (which == Nodes::LitWithHalo && !lit)
            continue;
        const bool other = std::find(otherSockets_.begin(), otherSockets_.end(), int(i)) != otherSockets_.end();
        QColor fill = lit ? theme.lit : visited_.count(int(i)) ? theme.visited : theme.stateFill;
        if (lit && glowMs < kGlowMs && which != Nodes::AllWithoutHalo) {
            QPen halo(theme.glow, 10 * (1.0 - double(glowMs) / kGlowMs) + 2);
            p.setPen(halo);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 10, 10);
        }
        p.setPen(QPen(lit ? theme.lit.darker(130) : theme.stateBorder, lit ? theme.lineWidth * 2 : theme.lineWidth));
        p.setBrush(fill);
        p.drawRoundedRect(r, 8, 8);
        if (other) {
            p.setPen(QPen(theme.secondary, theme.lineWidth * 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-5, -5, 5, 5), 10, 10);
        }
        p.setPen(lit ? theme.litText : theme.text);
        const QStaticText& name = nodeNames_.get(StateDiagramLayout::displayName(nodes[i].state), nodeFont);
        p.drawStaticText(r.center() - QPointF(name.size().width(), name.size().height()) / 2, name);
    }
    p.restore();
}

QPointF StateDiagramView::nodeCenter(int node) const
{
    return logicalToWidget(rect()).map(StateDiagramLayout::nodes()[std::size_t(node)].center);
}

void StateDiagramView::mouseMoveEvent(QMouseEvent* event)
{
    const QTransform inverse = logicalToWidget(rect()).inverted();
    const QPointF logical = inverse.map(event->position());
    for (std::size_t i = 0; i < StateDiagramLayout::nodes().size(); ++i) {
        if (StateDiagramLayout::nodeRect(int(i)).contains(logical)) {
            const TcpState s = StateDiagramLayout::nodes()[i].state;
            QToolTip::showText(event->globalPosition().toPoint(), StateDiagramLayout::explanation(s), this);
            return;
        }
    }
    QToolTip::hideText();
}

} // namespace tcplab
