#pragma once
#include <QSize>
#include <QString>

class QWidget;

namespace tcplab {

class LadderView;
class StateDiagramView;

// Writes the diagrams for slides and handouts: PNG at twice the screen resolution, and SVG
// drawn with the same painting code (so the vector file matches the screen).
class DiagramExporter {
public:
    DiagramExporter(const StateDiagramView& client, const LadderView& ladder, const StateDiagramView& server)
        : client_(client)
        , ladder_(ladder)
        , server_(server)
    {
    }
    bool savePng(const QString& path) const;
    bool saveSvg(const QString& path, const QString& title) const;

private:
    template <typename Device> void paint(Device& device, double scale) const;
    QSize logicalSize() const;
    const StateDiagramView& client_;
    const LadderView& ladder_;
    const StateDiagramView& server_;
};

} // namespace tcplab
