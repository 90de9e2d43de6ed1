// MainWindow: the segment menu and detail, and compare mode — inspecting a run.
#include "compare_view.h"
#include "ladder_view.h"
#include "main_window.h"
#include "scenario_loader.h"
#include "segment_inspector.h"
#include "simulation_controller.h"
#include "ui_main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>

namespace tcplab {

void MainWindow::onSegmentClicked(std::uint64_t id, QPoint globalPos)
{
    menuSegment_ = id;
    controller_->pause();
    const auto d = SegmentInspector::inspect(controller_->effectiveScenario(), controller_->records(), id, false);
    segmentMenu_->setTitle(tr("Segment #%1").arg(id));
    segmentHeader_->setText(d ? SegmentInspector::shortText(*d) : tr("Segment #%1").arg(id));
    // A copy made by the network has no rule that would make it again from the start (its
    // sender never sent it): offering to change it would only end in a refusal.
    const bool copy = d && d->segment.copyOf != 0;
    for (QAction* a : { dropAction_, duplicateAction_, delayAction_ }) {
        a->setEnabled(!copy);
        a->setToolTip(
            copy ? tr("A copy made by the network cannot be changed; change its original instead") : QString());
    }
    segmentMenu_->popup(globalPos);
}

void MainWindow::openCompare(const Scenario& a, const Scenario& b)
{
    controller_->pause();
    if (!compare_) {
        compare_ = new CompareView(this);
        ui_->modeTabs->addTab(compare_, tr("Compare"));
        connect(compare_, &CompareView::closeRequested, this, [this] {
            compare_->pause();
            ui_->modeTabs->setCurrentIndex(0);
        });
    }
    compare_->setRuns(a, b);
    ui_->modeTabs->setCurrentWidget(compare_);
}

void MainWindow::updateCompareAction()
{
    const std::string& counterpart = controller_->effectiveScenario().compareWith;
    compareAction_->setEnabled(!counterpart.empty());
    compareAction_->setText(counterpart.empty()
            ? tr("Compare with the counterpart lesson")
            : tr("Compare with %1").arg(QString::fromStdString(counterpart).section(QLatin1Char(':'), -1)));
}

bool MainWindow::compareWithCounterpart()
{
    const Scenario& a = controller_->effectiveScenario();
    if (a.compareWith.empty()) {
        statusBar()->showMessage(tr("This scenario names no counterpart to compare with; try \"Compare with these "
                                    "parameters\" in the Parameters dock."),
            8000);
        return false;
    }
    const LoadResult other = ScenarioLoader::load(QString::fromStdString(a.compareWith));
    if (!other.ok) {
        QMessageBox::warning(this, tr("Cannot open the counterpart"), other.error);
        return false;
    }
    openCompare(a, other.scenario);
    return true;
}

void MainWindow::compareWithPendingParams()
{
    // The run on screen (the parameters it was started with) against the same scenario with
    // the values now in the Parameters dock.
    Scenario edited = controller_->effectiveScenario();
    const Scenario& pending = controller_->pendingScenario();
    edited.profile = pending.profile;
    edited.paramOverrides = pending.paramOverrides;
    edited.spec.params = pending.spec.params;
    openCompare(controller_->effectiveScenario(), edited);
}

void MainWindow::showSegment(std::uint64_t id)
{
    ladder_->setSelected(id);
    const auto d = SegmentInspector::inspect(controller_->effectiveScenario(), controller_->records(), id);
    segmentDetail_->setHtml(d ? SegmentInspector::html(*d) : QString());
    segmentDock_->show();
    segmentDock_->raise();
}

QString MainWindow::segmentDetailHtml() const
{
    return segmentDetail_->toHtml();
}

} // namespace tcplab
