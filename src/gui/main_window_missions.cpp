// MainWindow: the Mission dock. A mission (docs/missions.md) opens like any scenario; the dock
// then shows its goal and checks it, and the Parameters dock locks what it does not allow.
#include "main_window.h"
#include "mission_panel.h"
#include "params_panel.h"
#include "simulation_controller.h"
#include "ui_main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QFontMetrics>
#include <QScrollArea>

#include <algorithm>

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
    missionFullAction_ = addViewToggle(QStringLiteral("actionMissionInFull"), Qt::Key_F10);
    connect(missionFullAction_, &QAction::toggled, this, [this](bool full) {
        mission_->setCompact(!full);
        // The strip has no title bar: its line is all it takes of the height.
        QWidget* const titleBar = missionDock_->titleBarWidget();
        missionDock_->setTitleBarWidget(full ? nullptr : new QWidget(missionDock_));
        delete titleBar;
        fitMissionDock();
    });
    // The strip's height follows the dock's width and the verdict's text (eventFilter).
    missionDock_->installEventFilter(this);
    mission_->installEventFilter(this);
    fitMissionDock();
}

void MainWindow::fitMissionDock()
{
    // Tall enough for the goal and the verdict in the font of the moment (classroom mode's
    // larger one too), the rest scrolls; the diagrams and the ladder keep the height.
    const QFontMetrics metrics(font());
    missionDock_->widget()->setMinimumWidth(metrics.averageCharWidth() * 30);
    if (mission_->isCompact()) {
        missionDock_->setFixedHeight(missionStripHeight());
        return;
    }
    missionDock_->setMinimumHeight(0);
    missionDock_->setMaximumHeight(QWIDGETSIZE_MAX);
    if (missionDock_->isVisible())
        resizeDocks({ missionDock_ }, { metrics.lineSpacing() * 6 }, Qt::Vertical);
}

int MainWindow::missionStripHeight() const
{
    // As tall as the verdict at the dock's width, and never more: at 1280x720 in classroom mode
    // the state names keep their 14 px (tests/gui/test_mission_panel.cpp).
    const int h = mission_->heightForWidth(std::max(1, missionDock_->width()));
    return h > 0 ? h : mission_->sizeHint().height(); // not laid out yet
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
