#include "diagram_exporter.h"

#include "ladder_view.h"
#include "state_diagram_view.h"
#include "view_theme.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace tcplab {

namespace {
constexpr int kDiagramW = 460, kLadderW = 560, kMinH = 620;
}

QSize DiagramExporter::logicalSize() const
{
    return { 2 * kDiagramW + kLadderW, std::max(kMinH, int(ladder_.contentHeight())) };
}

template <typename Device> void DiagramExporter::paint(Device& device, double scale) const
{
    const QSize size = logicalSize();
    QPainter p(&device);
    p.scale(scale, scale);
    p.fillRect(QRect(QPoint(0, 0), size), ViewTheme::current().background);
    client_.paintDiagram(p, QRectF(0, 0, kDiagramW, kMinH));
    p.save();
    p.translate(kDiagramW, 0);
    ladder_.paintLadder(p, kLadderW);
    p.restore();
    server_.paintDiagram(p, QRectF(kDiagramW + kLadderW, 0, kDiagramW, kMinH));
}

bool DiagramExporter::savePng(const QString& path) const
{
    const double scale = 2.0;
    QImage image(logicalSize() * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(ViewTheme::current().background);
    paint(image, scale);
    return image.save(path, "PNG");
}

bool DiagramExporter::saveSvg(const QString& path, const QString& title) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(logicalSize());
    svg.setViewBox(QRect(QPoint(0, 0), logicalSize()));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("TCP State Lab"));
    paint(svg, 1.0);
    return QFileInfo::exists(path);
}

} // namespace tcplab
