#pragma once
#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <set>
#include <vector>

namespace tcplab {

// Where everything of one state diagram goes at one size: the heading, the state boxes, every
// arrow of RFC 9293's figure, the route of a transition the figure does not draw, and every
// label — placed so that none prints on another, on a box or on the heading (a label with no
// free place is shortened, then left to the hover text). Computed from the size and what is
// lit, painted by StateDiagramView, read by the tests that check the picture tells the truth.
struct DiagramLabel {
    QString text; // what is printed (maybe the short form)
    QString fullText; // what the hover shows
    QRectF box; // empty when not printed
    bool shown = false;
    bool shortened = false;
};

struct DiagramEdgePicture {
    QPainterPath path;
    QPolygonF head;
    DiagramLabel label;
};

struct DiagramFrameInput {
    QRectF target;
    QFont baseFont;
    double fontScale = 1.0;
    // Text never smaller than this (the back row must read it); labels that then find no room
    // are shortened or left to the hover text.
    double minNodePx = 11;
    double minLabelPx = 9;
    QString heading;
    // A line under the heading that must be seen (a stray just got in), or empty.
    QString banner;
    std::vector<int> ringed; // nodes drawn with a dashed ring (the peer's other sockets)
    int takenEdge = -1; // the figure's arrow just walked, or -1
    std::set<int> ticked; // arrows whose label starts with a tick (the transition map's seen ones)
    bool labelEveryArrow = false; // every label may go beside its arrow, as the taken one's may (the map)
    int routeFrom = -1; // a transition off the figure: from node, to node, its cause in words
    int routeTo = -1;
    QString routeLabel;
};

struct DiagramFrame {
    QFont headingFont;
    QFont nodeFont;
    QFont labelFont;
    QRectF headingBox;
    QRectF bannerBox; // empty without a banner
    std::vector<QRectF> nodes; // one per StateDiagramLayout node
    std::vector<DiagramEdgePicture> edges; // one per StateDiagramLayout edge
    QPolygonF route; // the off-figure transition's path, box border to box border
    QPolygonF routeHead;
    DiagramLabel routeLabel;

    static DiagramFrame compute(const DiagramFrameInput& in);
    // Every printed label (figure arrows and the route), for tests and hover.
    std::vector<const DiagramLabel*> printedLabels() const;
};

} // namespace tcplab
