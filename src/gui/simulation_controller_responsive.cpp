// SimulationController in the window: the run never holds the event loop for long. The
// look-ahead (every instant of the run, for the timeline) runs in a worker thread on its own
// Simulation; a long catch-up of the run on screen runs in slices; each frame of play runs one
// slice at most. Tests leave this off and get every call finished when it returns. Running
// forward (toward a time, then telling the views) is here too: both ways share it.
#include "lookahead_worker.h"
#include "simulation_controller.h"

#include <algorithm>

namespace tcplab {

namespace {
// Thousandths of the way from `from` to `to` that `at` is, counted in the run's instants when
// the timeline knows them (the effort goes with instants, not with virtual time).
int permilleBetween(const std::vector<TimelineMark>& marks, TimeUs from, TimeUs to, TimeUs at)
{
    if (to <= from)
        return 1000;
    const auto index = [&](TimeUs t) {
        return double(std::lower_bound(marks.begin(), marks.end(), t, [](const TimelineMark& m, TimeUs v) {
            return m.t_us < v;
        }) - marks.begin());
    };
    const bool counted = !marks.empty() && marks.back().t_us >= to && index(to) > index(from);
    const double fraction
        = counted ? (index(at) - index(from)) / (index(to) - index(from)) : double(at - from) / double(to - from);
    return std::clamp(int(fraction * 1000.0), 0, 1000);
}
} // namespace

// ---------------------------------------------------------------- running forward, both ways

bool SimulationController::runToward(TimeUs t, const std::function<bool()>& keepGoing)
{
    if (capture_) {
        for (auto next = capture_->nextEventTime(); keepGoing && next && *next <= t; next = capture_->nextEventTime()) {
            capture_->runUntil(*next);
            if (!keepGoing())
                return capture_->now() >= t;
        }
        capture_->runUntil(t);
        return true;
    }
    budgetStop_ = budgeted_->runUntil(t, keepGoing);
    return budgetStop_ || now() >= t;
}

void SimulationController::announceAdvance()
{
    refreshSnapshot();
    Q_EMIT advanced();
    if (atEnd())
        pause();
    if (budgetStop_ && !budgetAnnounced_) {
        budgetAnnounced_ = true;
        Q_EMIT budgetReached(tr("The run stopped at t = %1 s of virtual time: it reached its budget %2 = %3. What "
                                "ran so far is shown; tcplab-cli run --budget %2=N runs it further.")
                                 .arg(static_cast<double>(budgetStop_->atUs) / 1e6, 0, 'f', 6)
                                 .arg(QString::fromUtf8(budgetName(budgetStop_->kind).data()))
                                 .arg(budgetStop_->limit));
    }
}

// ---------------------------------------------------------------- responsive mode

void SimulationController::setResponsive(bool on)
{
    if (on == responsive_)
        return;
    if (!lookahead_) {
        lookahead_ = new LookaheadWorker(this);
        connect(lookahead_, &LookaheadWorker::found, this, &SimulationController::onLookaheadFound);
        connect(lookahead_, &LookaheadWorker::progressChanged, this, &SimulationController::updateBusy);
        busyTimer_.setSingleShot(true);
        connect(&busyTimer_, &QTimer::timeout, this, &SimulationController::updateBusy);
        connect(&runner_, &SlicedRunner::shownChanged, this, &SimulationController::updateBusy);
        connect(&runner_, &SlicedRunner::sliced, this, &SimulationController::onCatchUpSliced);
    }
    if (!on) {
        // Back to calls that finish before they return: what runs is finished here.
        const bool lookingAhead = lookahead_->isRunning();
        lookahead_->discard();
        if (runner_.isRunning()) {
            runner_.stop();
            runToward(catchUpTargetUs_, {});
            finishCatchUp();
        }
        responsive_ = false;
        if (lookingAhead)
            computeTimeline();
        updateBusy();
        return;
    }
    responsive_ = true;
}

void SimulationController::setSliceLimits(const SliceLimits& limits)
{
    runner_.setLimits(limits);
}

bool SimulationController::isLookingAhead() const
{
    return lookahead_ && lookahead_->isRunning();
}

int SimulationController::busyPermille() const
{
    if (runner_.isRunning())
        return permilleBetween(timeline_, catchUpFromUs_, catchUpTargetUs_, now());
    return isLookingAhead() ? lookahead_->progressPermille() : 0;
}

LookaheadJob SimulationController::lookaheadJob() const
{
    LookaheadJob job;
    job.budget = budget_;
    job.endUs = endUs();
    job.maxMarks = kMaxTimelineMarks;
    if (captureBase_) {
        job.capture = captureBase_;
    } else {
        job.spec = effective_.spec;
    }
    return job;
}

void SimulationController::startLookahead()
{
    if (lookahead_->isRunning() && lookahead_->tag() == runRevision_)
        return; // already looking ahead at this run (a rewind does not change it)
    // The old run's marks would put this run's events in the wrong places: none until found.
    timeline_.clear();
    lookahead_->start(runRevision_, lookaheadJob());
    Q_EMIT timelineChanged();
    busyTimer_.start(int(std::min<qint64>(runner_.limits().showAfterMs, 60'000)));
    updateBusy();
}

void SimulationController::onLookaheadFound(int revision, const LookaheadResult& result)
{
    // The worker delivers only its latest job; one started for another run was discarded.
    timeline_ = result.marks;
    timelineRevision_ = revision;
    Q_EMIT timelineChanged();
    if (result.cancelled)
        Q_EMIT message(tr("Cancelled: the timeline shows the events found up to t = %1 s.")
                           .arg(double(result.reachedUs) / 1e6, 0, 'f', 6));
    updateBusy();
}

void SimulationController::catchUpTo(TimeUs t, bool fromStart)
{
    if (!runner_.isRunning()) {
        catchUpFromUs_ = now();
        catchUpFromStart_ = false;
    }
    if (fromStart) {
        catchUpFromStart_ = true;
        catchUpFromUs_ = 0;
    }
    if (!catchUpFromStart_ && !runner_.isRunning() && (t < now() || budgetStop_))
        return; // as advanceTo: nothing to run
    catchUpTargetUs_ = std::max(t, now());
    if (!runner_.isRunning()) {
        viewsTold_.start();
        slicesUntold_ = 0;
    }
    runner_.start([this](const SlicedRunner::KeepGoing& keepGoing) { return catchUpSlice(keepGoing); });
}

void SimulationController::onCatchUpSliced()
{
    updateBusy();
    // A long catch-up shows where it has got to every so often, so the views take in its
    // records a few slices' worth at a time: handed 500,000 records at the end at once, they
    // held the window for seconds (issue 14). Short ones (most seeks) still tell them once.
    const SliceLimits& limits = runner_.limits();
    const bool due = limits.sliceMs > 0
        ? viewsTold_.elapsed() >= limits.tellViewsEveryMs
        : limits.tellViewsEverySlices > 0 && ++slicesUntold_ >= limits.tellViewsEverySlices;
    if (!due)
        return;
    slicesUntold_ = 0;
    if (std::exchange(catchUpFromStart_, false))
        Q_EMIT rebuilt();
    refreshSnapshot();
    Q_EMIT advanced();
    viewsTold_.restart();
}

bool SimulationController::catchUpSlice(const SlicedRunner::KeepGoing& keepGoing)
{
    if (budgetStop_)
        return true;
    return runToward(catchUpTargetUs_, keepGoing);
}

void SimulationController::finishCatchUp()
{
    // The views hear of it once: the rebuild (when the catch-up replayed from time 0) and the
    // instant reached.
    if (std::exchange(catchUpFromStart_, false))
        Q_EMIT rebuilt();
    announceAdvance();
    updateBusy();
    if (std::exchange(playAfterCatchUp_, false))
        play();
}

void SimulationController::cancel()
{
    if (isLookingAhead())
        lookahead_->cancel(); // its result, so far, follows through onLookaheadFound
    if (!runner_.isRunning())
        return;
    runner_.stop();
    playAfterCatchUp_ = false;
    pause();
    finishCatchUp(); // after the last event run: a prefix of the run, every view agreeing
    Q_EMIT message(tr("Cancelled at t = %1 s: the run shows what ran up to there (it was going to t = %2 s).")
                       .arg(double(now()) / 1e6, 0, 'f', 6)
                       .arg(double(catchUpTargetUs_) / 1e6, 0, 'f', 6));
}

void SimulationController::advanceFrameBounded(TimeUs t)
{
    // A frame runs one slice at most: a run too heavy for the speed asked plays slower instead
    // of freezing the window.
    t = std::clamp<TimeUs>(t, 0, endUs());
    if (t < now() || budgetStop_)
        return;
    runner_.runBounded([&](const SlicedRunner::KeepGoing& keepGoing) { return runToward(t, keepGoing); });
    announceAdvance();
}

void SimulationController::updateBusy()
{
    const bool lookaheadShown = isLookingAhead() && lookahead_->elapsedMs() >= runner_.limits().showAfterMs;
    const bool shown = runner_.isShown() || lookaheadShown;
    if (shown != busyShown_) {
        busyShown_ = shown;
        Q_EMIT busyChanged(shown);
    }
    if (shown)
        Q_EMIT busyProgress(busyPermille());
}

} // namespace tcplab
