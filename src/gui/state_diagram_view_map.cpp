// The transition map's mode of the state diagram (TransitionMapDialog): the whole RFC 9293
// figure, each arrow drawn as seen (colour, a tick on its label) or not yet seen (dashed, grey).
#include "state_diagram_view.h"

#include "view_theme.h"

#include <QMouseEvent>
#include <QPainterPathStroker>
#include <QPen>

namespace tcplab {

void StateDiagramView::setMap(const std::set<int>& seenEdges, const QString& heading)
{
    map_ = true;
    mapSeen_ = seenEdges;
    mapHeading_ = heading;
    ++mapRevision_;
    QWidget::update();
}

void StateDiagramView::selectMapEdge(int edge)
{
    mapSelected_ = edge;
    ++mapRevision_;
    QWidget::update();
}

QPen StateDiagramView::mapPen(int edge, double width) const
{
    const ViewTheme& theme = ViewTheme::current();
    // Colour and line style both say it, so no one needs to tell green from grey.
    QPen pen
        = mapSeen_.count(edge) ? QPen(theme.secondary, width * 1.6) : QPen(theme.grid.darker(115), width, Qt::DashLine);
    if (edge == mapSelected_)
        pen = QPen(theme.glow, width * 3, mapSeen_.count(edge) ? Qt::SolidLine : Qt::DashLine);
    return pen;
}

QColor StateDiagramView::mapLabelColour(int edge) const
{
    const ViewTheme& theme = ViewTheme::current();
    if (edge == mapSelected_)
        return theme.glow.darker(theme.dark ? 60 : 140);
    return mapSeen_.count(edge) ? theme.secondary.darker(theme.dark ? 60 : 150) : theme.muted;
}

int StateDiagramView::mapEdgeAt(QPointF at) const
{
    const DiagramFrame& f = frame();
    for (std::size_t i = 0; i < f.edges.size(); ++i)
        if (f.edges[i].label.shown && f.edges[i].label.box.contains(at))
            return int(i);
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    for (std::size_t i = 0; i < f.edges.size(); ++i)
        if (!f.edges[i].path.isEmpty() && stroker.createStroke(f.edges[i].path).contains(at))
            return int(i);
    return -1;
}

void StateDiagramView::mousePressEvent(QMouseEvent* event)
{
    if (map_ && event->button() == Qt::LeftButton) {
        if (const int edge = mapEdgeAt(event->position()); edge >= 0) {
            Q_EMIT mapEdgeClicked(edge);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace tcplab
