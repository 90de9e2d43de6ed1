#include "window_renderer.h"

#include "compare_view.h"
#include "main_window.h"
#include "scenario_loader.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace tcplab {

namespace {
constexpr int kMinSide = 320, kMaxSide = 8192;
}

bool WindowRenderer::parseSize(const QString& text, QSize& size, QString* error)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = form.match(text);
    const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || w < kMinSide || h < kMinSide || w > kMaxSide || h > kMaxSide) {
        if (error)
            *error = QCoreApplication::translate("main",
                "--size: expected WIDTHxHEIGHT in pixels, each %1 to %2 (e.g. "
                "1280x720), got \"%3\"")
                         .arg(kMinSide)
                         .arg(kMaxSide)
                         .arg(text);
        return false;
    }
    size = QSize(w, h);
    return true;
}

int WindowRenderer::render(const RenderRequest& request, QString* error)
{
    const QString suffix = QFileInfo(request.output).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg")) {
        *error = QCoreApplication::translate("main", "%1: the picture must end in .png or .svg").arg(request.output);
        return 2;
    }
    if (request.atMs < 0) {
        *error
            = QCoreApplication::translate("main", "--at-ms: expected a time of 0 ms or more, got %1").arg(request.atMs);
        return 2;
    }
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setCapturesInBackground(false); // the picture is of the capture: no event loop to keep
    if (!window.openFile(
            request.scenario.isEmpty() ? QString::fromLatin1(MainWindow::kDefaultScenario) : request.scenario, false)) {
        *error = window.lastError();
        return 2;
    }
    if (window.controller().isCapture() && (!request.compare.isEmpty() || !request.compareSet.isEmpty())) {
        *error = QCoreApplication::translate("main", "--compare: compares two scenarios; %1 is a capture")
                     .arg(request.scenario);
        return 2;
    }
    window.applyClassroomLook(request.classroom);
    window.resize(request.size);
    window.show();
    window.controller().seekTo(msToUs(request.atMs));
    if (!request.compare.isEmpty() || !request.compareSet.isEmpty()) {
        Scenario other = window.controller().effectiveScenario();
        if (!request.compare.isEmpty()) {
            const LoadResult loaded = ScenarioLoader::load(request.compare);
            if (!loaded.ok) {
                *error = loaded.error;
                return 2;
            }
            other = loaded.scenario;
        }
        for (const QString& set : request.compareSet) {
            const QString problem = ScenarioLoader::applySet(other, set);
            if (!problem.isEmpty()) {
                *error = QStringLiteral("--compare-set: ") + problem;
                return 2;
            }
        }
        window.openCompare(window.controller().effectiveScenario(), other);
        window.compareView()->seek(msToUs(request.atMs));
    }
    for (Peer peer : { Peer::Client, Peer::Server })
        window.diagram(peer).finishAnimation();
    // Layouts settle over a few passes of the event loop (labels that grew, the scroll range).
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    window.followNow();

    if (suffix == QStringLiteral("png")) {
        QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        window.render(&image);
        QSaveFile file(request.output);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            *error = QCoreApplication::translate("main", "%1: cannot write the picture: %2")
                         .arg(request.output, file.errorString());
            return 2;
        }
        return 0;
    }
    QSvgGenerator svg;
    svg.setFileName(request.output);
    svg.setSize(window.size());
    svg.setViewBox(QRect(QPoint(0, 0), window.size()));
    svg.setTitle(window.windowTitle());
    {
        QPainter painter(&svg);
        window.render(&painter);
    }
    if (!QFileInfo(request.output).isFile() || QFileInfo(request.output).size() == 0) {
        *error = QCoreApplication::translate("main", "%1: cannot write the picture").arg(request.output);
        return 2;
    }
    return 0;
}

} // namespace tcplab
