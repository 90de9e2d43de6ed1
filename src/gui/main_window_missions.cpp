// MainWindow: the Mission dock. A mission (docs/missions.md) opens like any scenario; the dock
// then shows its goal and checks it, and the Parameters dock locks what it does not allow.
#include "main_window.h"
#include "mission_panel.h"
#include "params_panel.h"
#include "simulation_controller.h"
#include "ui_main_window.h"

#include <QDockWidget>
#include <QFontMetrics>
#include <QScrollArea>

namespace tcplab {

void MainWindow::buildMissionDock()
{
    missionDock_ = new QDockWidget(this);
    missionDock_->setObjectName(QStringLiteral("missionDock"));
    mission_ = new MissionPanel(missionDock_);
    mission_->watch(*controller_);
    // Long goals and hints scroll inside the dock: nothing is cut at 1280x720.
    auto* scroll = new QScrollArea(missionDock_);
    scroll->setWidget(mission_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    missionDock_->setWidget(scroll);
    // Under the run, beside the event log: in classroom mode (the log put away) the whole
    // width under the diagrams, where the columns keep theirs.
    addDockWidget(Qt::BottomDockWidgetArea, missionDock_);
    splitDockWidget(ui_->logDock, missionDock_, Qt::Horizontal);
    missionDock_->hide();
    fitMissionDock();
}

void MainWindow::fitMissionDock()
{
    // Tall enough for the goal and the verdict in the font of the moment (classroom mode's
    // larger one too), the rest scrolls; the diagrams and the ladder keep the height.
    const QFontMetrics metrics(font());
    missionDock_->widget()->setMinimumWidth(metrics.averageCharWidth() * 30);
    if (missionDock_->isVisible())
        resizeDocks({ missionDock_ }, { metrics.lineSpacing() * 6 }, Qt::Vertical);
}

void MainWindow::updateMission()
{
    const Scenario& base = controller_->baseScenario();
    if (!base.mission || controller_->isCapture()) {
        mission_->clear();
        params_->setMissionLimits({});
        missionDock_->hide();
        return;
    }
    // Another mission: hints and "Give up" start again. The same one saved under a new name
    // (its parameters then changed) stays measured against the mission as it was opened.
    if (!mission_->isMission(base))
        mission_->setMission(base, controller_->source());
    params_->setMissionLimits(base.mission->mayChange);
    // Shown in classroom mode too (it is not among the panels put away): it is the lesson.
    missionDock_->show();
    fitMissionDock();
}

} // namespace tcplab
