// MainWindow: classroom mode (a true full screen that gives the diagrams the screen) and the
// columns' shares of the width.
#include "main_window.h"
#include "mission_panel.h"
#include "peer_controls.h"
#include "ui_main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalBlocker>
#include <QSplitter>

namespace tcplab {

void MainWindow::setClassroomMode(bool on)
{
    if (on == classroom_) {
        const QSignalBlocker block(ui_->actionClassroom);
        ui_->actionClassroom->setChecked(on);
        return;
    }
    if (on)
        stateBeforeClassroom_ = windowState() & ~Qt::WindowFullScreen;
    applyClassroomLook(on);
    if (on) {
        showFullScreen();
    } else if (stateBeforeClassroom_ & Qt::WindowMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::applyClassroomLook(bool on)
{
    classroom_ = on;
    {
        const QSignalBlocker block(ui_->actionClassroom);
        ui_->actionClassroom->setChecked(on);
    }
    QFont f = normalFont_;
    if (on)
        f.setPointSizeF(normalFont_.pointSizeF() * 1.4);
    setFont(f);
    // The diagrams and the ladder get the screen: what is put away comes back with its key
    // (View menu) and, when classroom mode ends, exactly as it was.
    QWidget* const panels[] = { ui_->logDock, ui_->paramsDock, ui_->libraryDock, segmentDock_ };
    if (on) {
        shownBeforeClassroom_.clear();
        for (QWidget* w : panels) {
            shownBeforeClassroom_.emplace_back(w, !w->isHidden());
            w->hide();
        }
        buttonsBeforeClassroom_ = clientControls_->buttonsShown();
        buttonsAction_->setChecked(false);
    } else {
        for (const auto& [w, shown] : shownBeforeClassroom_)
            w->setVisible(shown);
        shownBeforeClassroom_.clear();
        buttonsAction_->setChecked(buttonsBeforeClassroom_);
    }
    // The Mission dock shrinks to its verdict strip (F10 opens it in full for a moment).
    missionFullAction_->setChecked(!on);
    fitMissionDock(); // its width follows the font
    shares_ = on ? std::array<int, 3> { 34, 32, 34 } : std::array<int, 3> { 30, 40, 30 };
    userSplit_ = false;
    applyShares();
    applyTheme();
    refresh();
}

void MainWindow::applyShares()
{
    const int total = ui_->splitter->width() - 2 * ui_->splitter->handleWidth();
    if (userSplit_ || total <= 0)
        return;
    const int sum = shares_[0] + shares_[1] + shares_[2];
    ui_->splitter->setSizes({ total * shares_[0] / sum, total * shares_[1] / sum, total * shares_[2] / sum });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == ui_->splitter && event->type() == QEvent::Resize)
        applyShares();
    // The strip's height follows its width and its verdict's text.
    const bool stripChanged = (watched == missionDock_ && event->type() == QEvent::Resize)
        || (watched == mission_ && event->type() == QEvent::LayoutRequest);
    if (stripChanged && mission_->isCompact() && missionDock_->maximumHeight() != missionStripHeight())
        fitMissionDock();
    return QMainWindow::eventFilter(watched, event);
}

} // namespace tcplab
