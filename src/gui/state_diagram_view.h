#pragma once
#include "diagram_frame.h"
#include "snapshot.h"
#include "static_text_cache.h"
#include "tcp_state.h"
#include "trace_record.h"

#include <QElapsedTimer>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <set>
#include <vector>

namespace tcplab {

class SimulationController;

// One peer's RFC 9293 state diagram. The current state is lit, the transition just taken glows
// (a dot runs along it in animation time, not simulation time), visited states are tinted, and
// the peer's other live sockets (a server's listener) are ringed. It reads the trace and the
// snapshot the controller hands it; it holds no protocol state of its own.
class StateDiagramView : public QWidget {
    Q_OBJECT
public:
    explicit StateDiagramView(Peer peer, QWidget* parent = nullptr);

    // Catches up with the trace (records only grow between two resets).
    void follow(const std::vector<TraceRecord>& records, const Snapshot& snapshot);
    void clear();
    // Subscribes to the run: reads it from `controller` whenever it advances.
    void watch(const SimulationController& controller);

    TcpState litState() const { return current_; }
    int litNode() const { return currentNode_; }
    const std::set<int>& visitedNodes() const { return visited_; }
    void paintDiagram(QPainter& painter, const QRectF& target) const;
    // Ends the glow of the transition just taken at once (exports and tests want a still picture).
    void finishAnimation();
    // Where a node of the diagram is drawn in this widget (hover tests use it).
    QPointF nodeCenter(int node) const;
    // Everything placed at the widget's size: boxes, arrows, labels, the off-figure route.
    const DiagramFrame& frame() const;
    // The figure's arrow lit for the transition just taken, or -1 (then `offFigure()` is drawn).
    int litEdge() const { return takenEdge(); }
    bool offFigure() const { return lastFromNode_ >= 0 && takenEdge() < 0 && lastFromNode_ != currentNode_; }
    int lastFromNode() const { return lastFromNode_; }
    QString lastCause() const { return lastCause_; }
    // The stray alarm shown under the heading until this peer's next change of state.
    QString strayBanner() const { return strayBanner_; }
    // The transition map (TransitionMapDialog): the whole figure and no run. The arrows in
    // `seenEdges` (indices of figureEdges()) are drawn in colour with a tick, the others dashed
    // and grey; a click on an arrow or its label emits mapEdgeClicked (state_diagram_view_map.cpp).
    void setMap(const std::set<int>& seenEdges, const QString& heading);
    void selectMapEdge(int edge);
    bool isMap() const { return map_; }
    int selectedMapEdge() const { return mapSelected_; }
    const std::set<int>& mapSeen() const { return mapSeen_; }
    // The arrow drawn (or labelled) at `at`, or -1.
    int mapEdgeAt(QPointF at) const;
    QSize sizeHint() const override { return { 420, 520 }; }
    QSize minimumSizeHint() const override { return { 220, 230 }; }

Q_SIGNALS:
    void mapEdgeClicked(int edge);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent*) override;
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    enum class Edges { All, AllButTaken, Taken };
    enum class Nodes { All, AllWithoutHalo, LitWithHalo };
    // What the cached layer (edges and state boxes) depends on.
    struct CacheKey {
        QSize size;
        qreal devicePixelRatio = 0;
        int taken = -2;
        int from = -2; // the node left last: a transition off the RFC figure is drawn from it
        int lit = -1;
        std::uint32_t visited = 0; // one bit per node
        std::uint32_t other = 0;
        QString cause; // written in the heading and on a transition off the figure
        int theme = -1; // ViewTheme::generation()
        bool glowing = false;
        QString banner; // the stray alarm under the heading
        int map = 0; // mapRevision_
        bool operator==(const CacheKey&) const = default;
    };

    int takenEdge() const; // the diagram edge of the last transition, or -1
    qint64 glowElapsedMs() const;
    bool isGlowing() const;
    QString headingText() const;
    DiagramFrame computeFrame(const QRectF& target) const;
    void paintHeading(QPainter& p, const DiagramFrame& f) const;
    void paintEdges(QPainter& p, const DiagramFrame& f, Edges which) const;
    void paintNodes(QPainter& p, const DiagramFrame& f, Nodes which) const;
    QPen mapPen(int edge, double width) const;
    QColor mapLabelColour(int edge) const;
    static void drawLabel(QPainter& p, const DiagramFrame& f, const DiagramLabel& label, const QColor& colour);

    Peer peer_;
    std::size_t consumed_ = 0;
    TcpState current_ = TcpState::Closed;
    int currentNode_ = 0;
    std::set<int> visited_;
    std::vector<int> otherSockets_; // nodes of the peer's other live sockets
    int lastFromNode_ = -1;
    TcpState lastFrom_ = TcpState::Closed;
    QString lastCause_;
    QString strayBanner_;
    bool strayAccepted_ = false;
    QElapsedTimer glowClock_;
    QTimer animation_;
    QPixmap cache_;
    mutable StaticTextCache nodeNames_;
    CacheKey cacheKey_;
    mutable DiagramFrame frame_;
    mutable CacheKey frameKey_;
    bool map_ = false;
    std::set<int> mapSeen_;
    QString mapHeading_;
    int mapSelected_ = -1;
    int mapRevision_ = 0; // counts changes of the map (the cached picture's key)
};

} // namespace tcplab
