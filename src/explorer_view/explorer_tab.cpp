// ExplorerTab: the runs and sweeps in workers, their results, the exports (its widgets:
// explorer_tab_layout.cpp). The core's headers come before Qt's; QT_NO_KEYWORDS keeps Qt's `emit` macro away anyway.
#include "explorer_tab.h"

#include "explorer_charts.h"
#include "explorer_csv.h"
#include "explorer_model.h"
#include "explorer_params_form.h"
#include "explorer_plot.h"
#include "steady_state.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tcplab {

namespace {
struct SweepJob {
    ExplorerConfig config;
    std::string value;
    std::shared_ptr<std::atomic<bool>> cancel;
};
} // namespace

ExplorerTab::ExplorerTab(QWidget* parent)
    : QWidget(parent)
{
    buildLayout();
    retranslate();
    connect(&runWatcher_, &QFutureWatcher<ExplorerResult>::progressValueChanged, progress_, &QProgressBar::setValue);
    connect(&runWatcher_, &QFutureWatcher<ExplorerResult>::finished, this, &ExplorerTab::onRunDone);
    connect(&sweepWatcher_, &QFutureWatcher<SweepPoint>::progressValueChanged, progress_, &QProgressBar::setValue);
    connect(&sweepWatcher_, &QFutureWatcher<SweepPoint>::finished, this, &ExplorerTab::onSweepDone);
}

ExplorerTab::~ExplorerTab()
{
    // Workers only touch their own copies; stop them and wait so none outlives the tab.
    cancel();
    runWatcher_.waitForFinished();
    sweepWatcher_.waitForFinished();
}

void ExplorerTab::retranslate()
{
    runA_->setText(tr("Run A"));
    runB_->setText(tr("Run B (compare)"));
    runA_->setToolTip(tr("Simulate these parameters as run A (stacked areas)"));
    runB_->setToolTip(tr("Simulate these parameters as run B, drawn as lines over run A"));
    hostChoice_->setItemText(0, tr("Client host"));
    hostChoice_->setItemText(1, tr("Server host"));
    pages_->setTabText(kPopulations, tr("Populations"));
    pages_->setTabText(kFailures, tr("Failures"));
    pages_->setTabText(kSweep, tr("Sweep"));
    cancel_->setText(tr("Cancel"));
    csv_->setText(tr("Export CSV…"));
    png_->setText(tr("Export PNG…"));
    svg_->setText(tr("Export SVG…"));
    sweepButton_->setText(tr("Run sweep"));
    varyLabel_->setText(tr("Vary"));
    fromLabel_->setText(tr("from"));
    toLabel_->setText(tr("to"));
    stepLabel_->setText(tr("step"));
    summary_->setText(summaryText_());
}

void ExplorerTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Chart titles, axes and legends are drawn in the language of the moment: draw again.
        redrawRuns();
        if (!sweepPoints_.empty())
            ExplorerCharts::drawSweep(*sweepPlot_, sweepKeyName_, sweepPoints_);
        for (const SweepPoint& point : sweepPoints_) {
            if (point.budgetStop) {
                showBudgetStop(*point.budgetStop,
                    tr("The sweep point %1 = %2").arg(sweepKeyName_, QString::fromStdString(point.value)));
                break;
            }
        }
    }
    QWidget::changeEvent(event);
}

void ExplorerTab::showSummary(std::function<QString()> text)
{
    summaryText_ = std::move(text);
    summary_->setText(summaryText_());
}

bool ExplorerTab::busy() const
{
    return runWatcher_.isRunning() || sweepWatcher_.isRunning();
}

void ExplorerTab::setBusy(bool on, std::function<QString()> what)
{
    for (QPushButton* b : { runA_, runB_, sweepButton_ })
        b->setEnabled(!on);
    cancel_->setEnabled(on);
    if (on) {
        progress_->setValue(0);
        showSummary(std::move(what));
    }
}

void ExplorerTab::showBudgetStop(const BudgetStop& stop, const QString& where)
{
    // Not modal: the charts of what ran stay usable behind it (and no test waits on a dialog).
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Run budget reached"),
        tr("%1 stopped at its budget %2 = %3 at t = %4 s of virtual time; what ran so far is shown.\n\n"
           "A larger sample interval (sample_ms) or a shorter duration (duration_ms) stays within it; "
           "tcplab-cli explore --budget %2=N raises it.")
            .arg(where, QString::fromUtf8(budgetName(stop.kind).data()), QString::number(stop.limit))
            .arg(static_cast<double>(stop.atUs) / 1e6, 0, 'f', 3),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("budgetDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ExplorerTab::run(Slot slot)
{
    if (busy())
        return;
    if (const std::string problem = checkExplorerConfig(form_->config()); !problem.empty()) {
        showSummary(
            [problem = QString::fromStdString(problem)] { return tr("Run not started: expected %1").arg(problem); });
        return;
    }
    running_ = slot;
    setBusy(true, [slot] { return slot == Slot::A ? tr("Running A…") : tr("Running B…"); });
    const ExplorerConfig config = form_->config();
    runWatcher_.setFuture(QtConcurrent::run([config](QPromise<ExplorerResult>& promise) {
        promise.setProgressRange(0, kProgressSteps);
        ExplorerModel model(config);
        promise.addResult(model.run([&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(fraction * kProgressSteps));
            return !promise.isCanceled();
        }));
    }));
}

void ExplorerTab::onRunDone()
{
    const QFuture<ExplorerResult> future = runWatcher_.future();
    setBusy(false, nullptr);
    if (future.resultCount() == 0) {
        if (future.isCanceled()) {
            showSummary([] { return tr("Cancelled."); });
            Q_EMIT cancelled();
            return;
        }
        // The worker threw (out of memory, whatever the budgets): say so, not "Cancelled."
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Explorer run failed"),
            tr("The run stopped without a result (the machine ran out of memory?). Try a larger sample "
               "interval or a shorter duration."),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        showSummary([] { return tr("The run failed."); });
        return;
    }
    ExplorerResult result = future.result();
    (running_ == Slot::A ? a_ : b_) = std::move(result);
    const ExplorerResult& r = *(running_ == Slot::A ? a_ : b_);
    const SteadyState s = steadyState(r);
    const QString slot = running_ == Slot::A ? QStringLiteral("A") : QStringLiteral("B");
    showSummary([slot, s, cancelled = r.cancelled, events = r.events] {
        return tr("%1%2: steady state from %3 s — client TIME_WAIT %4 (Little's law %5), server CLOSE_WAIT %6 "
                  "at the end, %7 failed connects (EADDRNOTAVAIL); %8 core events.")
            .arg(slot)
            .arg(cancelled ? tr(" (cancelled)") : QString())
            .arg(s.fromS)
            .arg(s.clientTimeWait, 0, 'f', 0)
            .arg(s.littleTimeWait, 0, 'f', 0)
            .arg(s.finalServerCloseWait)
            .arg(s.totalEaddrnotavail)
            .arg(events);
    });
    redrawRuns();
    if (r.budgetStop)
        showBudgetStop(*r.budgetStop, tr("Run %1").arg(slot));
    Q_EMIT runFinished(running_);
}

void ExplorerTab::redrawRuns()
{
    if (!a_)
        return;
    const Peer host = hostChoice_->currentIndex() == 1 ? Peer::Server : Peer::Client;
    ExplorerCharts::drawPopulations(*populations_, *a_, b_ ? &*b_ : nullptr, host);
    ExplorerCharts::drawFailures(*failures_, *a_, b_ ? &*b_ : nullptr);
}

void ExplorerTab::runSweep(const QString& key, double from, double to, double step)
{
    if (busy())
        return;
    std::string error;
    const QString spec
        = QStringLiteral("%1=%2:%3:%4").arg(key).arg(from, 0, 'g', 12).arg(to, 0, 'g', 12).arg(step, 0, 'g', 12);
    auto sweep = Sweep::parse(spec.toStdString(), error);
    std::vector<ExplorerConfig> configs;
    if (sweep)
        configs = sweep->configs(form_->config(), error);
    if (configs.empty()) {
        showSummary([error = QString::fromStdString(error)] { return tr("Sweep not started: %1").arg(error); });
        return;
    }
    sweepKeyName_ = key;
    // The controls show what runs, whoever started it.
    sweepKey_->setCurrentText(key);
    sweepFrom_->setValue(from);
    sweepTo_->setValue(to);
    sweepStep_->setValue(step);
    sweepCancel_ = std::make_shared<std::atomic<bool>>(false);
    QList<SweepJob> jobs;
    for (std::size_t i = 0; i < configs.size(); ++i)
        jobs.append({ configs[i], sweep->values()[i], sweepCancel_ });
    setBusy(true, [key, n = static_cast<int>(jobs.size())] {
        return tr("Sweeping %1 over %n point(s) on all cores…", nullptr, n).arg(key);
    });
    pages_->setCurrentIndex(kSweep);
    // The points are independent runs: QtConcurrent spreads them over the global thread pool.
    sweepWatcher_.setFuture(QtConcurrent::mapped(
        jobs, [](const SweepJob& job) { return Sweep::runPoint(job.config, job.value, job.cancel.get()); }));
    progress_->setRange(0, static_cast<int>(jobs.size()));
}

void ExplorerTab::onSweepDone()
{
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(kProgressSteps);
    setBusy(false, nullptr);
    const QFuture<SweepPoint> future = sweepWatcher_.future();
    if (future.isCanceled() || (sweepCancel_ && sweepCancel_->load())) {
        showSummary([] { return tr("Sweep cancelled."); });
        Q_EMIT cancelled();
        return;
    }
    const QList<SweepPoint> points = future.results();
    sweepPoints_.assign(points.begin(), points.end());
    ExplorerCharts::drawSweep(*sweepPlot_, sweepKeyName_, sweepPoints_);
    for (const SweepPoint& point : sweepPoints_) {
        if (point.budgetStop) {
            showBudgetStop(*point.budgetStop,
                tr("The sweep point %1 = %2").arg(sweepKeyName_, QString::fromStdString(point.value)));
            break;
        }
    }
    showSummary([key = sweepKeyName_, n = static_cast<int>(sweepPoints_.size())] {
        return tr("Sweep of %1: %n point(s), each the mean over the second half of its run.", nullptr, n).arg(key);
    });
    Q_EMIT sweepFinished();
}

void ExplorerTab::cancel()
{
    if (sweepCancel_)
        sweepCancel_->store(true);
    runWatcher_.cancel();
    sweepWatcher_.cancel();
}

void ExplorerTab::showPage(int index)
{
    pages_->setCurrentIndex(index);
}

const ExplorerPlot& ExplorerTab::currentPlot() const
{
    switch (pages_->currentIndex()) {
    case kFailures:
        return *failures_;
    case kSweep:
        return *sweepPlot_;
    default:
        return *populations_;
    }
}

bool ExplorerTab::exportCsv(const QString& path) const
{
    std::string csv;
    if (pages_->currentIndex() == kSweep)
        csv = sweepCsv(sweepKeyName_.toStdString(), sweepPoints_);
    else if (a_)
        csv = samplesCsv(*a_);
    if (csv.empty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(csv.data(), static_cast<qint64>(csv.size())) == static_cast<qint64>(csv.size());
}

bool ExplorerTab::exportPng(const QString& path) const
{
    return currentPlot().exportPng(path);
}
bool ExplorerTab::exportSvg(const QString& path) const
{
    return currentPlot().exportSvg(path);
}

void ExplorerTab::exportDialog(int kind)
{
    const QString filter = kind == kCsv ? tr("CSV (*.csv)")
        : kind == kPng                  ? tr("PNG image (*.png)")
                                        : tr("SVG image (*.svg)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), {}, filter);
    if (path.isEmpty())
        return;
    const bool ok = kind == kCsv ? exportCsv(path) : kind == kPng ? exportPng(path) : exportSvg(path);
    showSummary([ok, path] { return ok ? tr("Exported to %1.").arg(path) : tr("Could not write %1.").arg(path); });
}

} // namespace tcplab
