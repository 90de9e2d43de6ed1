// View → Transition map… (issue 16): the store follows every run of the window; the dialog
// shows it and opens the lesson it offers as any scenario is opened.
#include "main_window.h"

#include "simulation_controller.h"
#include "transition_map_dialog.h"
#include "transition_map_store.h"
#include "ui_main_window.h"

#include <QAction>
#include <QMenu>

namespace tcplab {

void MainWindow::wireTransitionMap()
{
    transitionMap_ = new TransitionMapStore(this);
    transitionMap_->watch(*controller_);
    transitionMapAction_ = new QAction(this);
    transitionMapAction_->setObjectName(QStringLiteral("actionTransitionMap"));
    transitionMapAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    addAction(transitionMapAction_); // its key works with the menu bar hidden too
    connect(transitionMapAction_, &QAction::triggered, this, [this] { showTransitionMap(); });
    // First in the View menu: it is a view of its own, not a panel of this window.
    const QList<QAction*> actions = ui_->menuView->actions();
    ui_->menuView->insertAction(actions.isEmpty() ? nullptr : actions.front(), transitionMapAction_);
    if (!actions.isEmpty())
        ui_->menuView->insertSeparator(actions.front());
}

void MainWindow::retranslateTransitionMap()
{
    transitionMapAction_->setText(tr("Transition map…"));
}

TransitionMapDialog& MainWindow::showTransitionMap()
{
    if (!transitionMapDialog_) {
        transitionMapDialog_ = new TransitionMapDialog(*transitionMap_, this);
        transitionMapDialog_->setAttribute(Qt::WA_DeleteOnClose);
        connect(transitionMapDialog_, &TransitionMapDialog::openLessonRequested, this, [this](const QString& spec) {
            if (openScenario(spec) && transitionMapDialog_)
                transitionMapDialog_->close();
        });
    }
    transitionMapDialog_->show();
    transitionMapDialog_->raise();
    transitionMapDialog_->activateWindow();
    return *transitionMapDialog_;
}

} // namespace tcplab
