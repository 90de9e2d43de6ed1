#include "simulation_controller.h"

#include "lookahead_worker.h"
#include "scenario_loader.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tcplab {

namespace {
constexpr int kFrameMs = 16; // ~60 frames per second
constexpr qint64 kMaxFrameGapMs = 100; // a stalled frame does not turn into a jump
constexpr double kIdleCrossingMs = 3000.0; // "skip idle time": an idle stretch takes at most 3 s
constexpr TimeUs kIdleThresholdRealMs = 600; // ... when it would take longer than this

TimeUs ceilToMs(TimeUs t)
{
    return (t + kUsPerMs - 1) / kUsPerMs * kUsPerMs;
}
} // namespace

// The core's one trace interface, copied into records the views read.
class SimulationController::Recorder : public TraceSink {
public:
    explicit Recorder(std::vector<TraceRecord>& out)
        : out_(out)
    {
    }
    void onTrace(const TraceEvent& event) override
    {
        TraceRecord record { event, std::nullopt };
        if (event.segment)
            record.segment = *event.segment;
        record.event.segment = nullptr;
        if (capturePoint) {
            // A capture sees one end: its segments and (through them) its states; the far
            // end is inferred, and a timer is only what a retransmission's gap implies.
            using E = TraceRecord::Evidence;
            record.evidence = event.kind == TraceKind::Timer ? E::Implied
                : event.kind == TraceKind::App               ? E::Assumed
                : event.peer == *capturePoint                ? E::Seen
                                                             : E::Inferred;
        }
        out_.push_back(std::move(record));
    }
    std::optional<Peer> capturePoint; // set while a capture is replayed

private:
    std::vector<TraceRecord>& out_;
};

SimulationController::SimulationController(QObject* parent)
    : QObject(parent)
    , recorder_(std::make_unique<Recorder>(records_))
{
    frameTimer_.setInterval(kFrameMs);
    frameTimer_.setTimerType(Qt::PreciseTimer);
    connect(&frameTimer_, &QTimer::timeout, this, &SimulationController::onFrame);
    connect(&runner_, &SlicedRunner::done, this, &SimulationController::finishCatchUp);
    rebuild();
}

SimulationController::~SimulationController() = default;

void SimulationController::loadScenario(const Scenario& scenario, const QString& source)
{
    pause();
    captureBase_.reset();
    capture_.reset();
    start(scenario, source);
}

void SimulationController::start(const Scenario& scenario, const QString& source)
{
    base_ = scenario;
    pending_ = scenario;
    ++runRevision_;
    source_ = source;
    handSteps_.clear();
    handFaults_.clear();
    setDirty(false);
    rebuild();
    Q_EMIT scenarioChanged();
}

Scenario SimulationController::effectiveScenario() const
{
    return effective_;
}

void SimulationController::markSaved(const QString& source)
{
    base_ = effective_;
    pending_ = effective_;
    handSteps_.clear();
    handFaults_.clear();
    source_ = source;
    setDirty(false);
    Q_EMIT scenarioChanged();
}

void SimulationController::setPendingParams(
    const std::string& profile, const std::map<std::string, std::string>& overrides)
{
    if (refuseOnCapture())
        return;
    // Typed, straight onto the scenario (no "key=value" round trip through --set): each text
    // from the dock is parsed by the parameter table, then applied on top of the profile.
    Scenario next = base_;
    std::map<std::string, ParamValue> typed;
    for (const auto& [key, text] : overrides) {
        const ParamInfo* info = findParam(key);
        std::string error;
        const std::optional<ParamValue> value = info ? parseParamValue(*info, text, error) : std::nullopt;
        if (value)
            typed.emplace(key, *value);
        else
            Q_EMIT message(QString::fromStdString(key + ": " + (info ? error : std::string("unknown parameter"))));
    }
    for (const QString& error : ScenarioLoader::applyParams(next, profile, typed))
        Q_EMIT message(error);
    pending_ = next;
    ++runRevision_;
    setDirty(true);
}

// ---------------------------------------------------------------- running

void SimulationController::rebuild(bool announce)
{
    Scenario next = pending_;
    for (const Step& step : handSteps_)
        next.spec.steps.push_back(step);
    for (const FaultSpec& rule : handFaults_)
        next.spec.faults.push_back(rule);
    // What runs changes only with the scenario, the parameters applied or a hand edit; a
    // rewind replays the same run and keeps the timeline found for it.
    effective_ = std::move(next);
    records_.clear();
    budgeted_.reset(); // it refers to the simulation replaced here
    budgetStop_.reset();
    budgetAnnounced_ = false;
    sim_ = std::make_unique<Simulation>(effective_.spec);
    recorder_->capturePoint.reset();
    if (captureBase_) {
        // A rewind, not a new replay: building or copying a big capture's events would hold
        // the window up at every step back.
        capture_->rewind();
        if (!capture_->hasSinks())
            capture_->addSink(recorder_.get());
        recorder_->capturePoint = capture_->capturePoint();
    } else {
        sim_->addSink(recorder_.get());
    }
    budgeted_ = std::make_unique<BudgetedRun>(*sim_, budget_);
    // Room for every record the budget allows, taken once: a vector that doubles at 524,288
    // records moves 120 MB and faults in twice that inside one event, which held the window
    // up for 130-250 ms (issue 14). The budget is checked when an instant ends, so an instant
    // may run past it (mss 1: 69,000 records): twice the budget. Untouched pages of the
    // reserve cost no memory; a budget raised past the cap grows as before.
    records_.reserve(std::min<std::size_t>(2 * budget_.traceLines, kRecordsReservedAtMost));
    idleSpeed_ = 0.0;
    idleTargetUs_ = -1;
    stoppedAt_.reset();
    refreshSnapshot();
    if (runRevision_ != timelineRevision_)
        computeTimeline();
    if (!announce)
        return;
    runner_.stop(); // a catch-up of the run replaced here ends with it
    catchUpFromStart_ = false;
    playAfterCatchUp_ = false;
    updateBusy();
    Q_EMIT rebuilt();
    Q_EMIT advanced();
}

void SimulationController::computeTimeline()
{
    if (responsive_) {
        startLookahead();
        return;
    }
    timeline_ = findTimeline(lookaheadJob()).marks;
    timelineRevision_ = runRevision_;
    Q_EMIT timelineChanged();
}

RunBudget SimulationController::windowBudget()
{
    RunBudget budget;
    budget.traceLines = 500'000; // a record per line: about 500 MB at this many
    return budget;
}

void SimulationController::refreshSnapshot()
{
    snapshot_ = capture_ ? capture_->snapshot() : sim_->snapshot();
}

void SimulationController::advanceTo(TimeUs t)
{
    t = std::clamp<TimeUs>(t, 0, endUs());
    if (responsive_) {
        catchUpTo(t, false);
        return;
    }
    if (t < now() || budgetStop_)
        return;
    runToward(t, {});
    announceAdvance();
}

void SimulationController::replayTo(TimeUs t)
{
    if (responsive_) {
        rebuild(false); // the views keep what they show until the replay has caught up
        catchUpTo(t, true);
        return;
    }
    rebuild();
    advanceTo(t);
}

void SimulationController::seekTo(TimeUs t)
{
    if (t >= now())
        advanceTo(t);
    else
        replayTo(t);
}

void SimulationController::play()
{
    if (runner_.isRunning()) {
        playAfterCatchUp_ = true; // frames start from where the catch-up arrives
        return;
    }
    if (playing_ || atEnd())
        return;
    playing_ = true;
    realClock_.start();
    frameTimer_.start();
    Q_EMIT playingChanged(true);
}

void SimulationController::pause()
{
    playAfterCatchUp_ = false;
    if (!playing_)
        return;
    playing_ = false;
    frameTimer_.stop();
    Q_EMIT playingChanged(false);
}

void SimulationController::onFrame()
{
    advanceFrame(std::min(realClock_.restart(), kMaxFrameGapMs));
}

void SimulationController::advanceFrame(qint64 realMs)
{
    if (runner_.isRunning())
        return; // a replay is catching up: the frames wait for it
    double factor = speed_;
    if (skipIdle_ && snapshot_.inFlight.empty()) {
        // Nothing on the wire: cross the wait up to the next event (a 240 s TIME_WAIT) in
        // a few seconds, still continuously so the timer bars visibly run down. The speed
        // is chosen once per stretch, when the next event is first seen.
        const auto next = nextEventUs();
        const TimeUs target = next ? std::min(*next, endUs()) : endUs();
        if (target != idleTargetUs_) {
            idleTargetUs_ = target;
            const double gapUs = double(target - now());
            const double gapRealMs = gapUs / (speed_ * 1000.0);
            // Short waits (an RTO) take about the threshold, long ones (TIME_WAIT) 3 s.
            const double crossingMs = std::clamp(gapRealMs / 20.0, double(kIdleThresholdRealMs), kIdleCrossingMs);
            idleSpeed_ = gapRealMs > kIdleThresholdRealMs ? gapUs / (crossingMs * 1000.0) : 0.0;
        }
        factor = std::max(speed_, idleSpeed_);
    } else {
        idleSpeed_ = 0.0;
        idleTargetUs_ = -1;
    }
    advanceUpToStop(now() + std::max<TimeUs>(1, TimeUs(std::llround(double(realMs) * 1000.0 * factor))), true);
}

void SimulationController::stepEvent()
{
    pause();
    const auto next = nextEventUs();
    advanceUpToStop(next ? std::min(*next, endUs()) : endUs());
}

void SimulationController::stepBack()
{
    pause();
    TimeUs target = 0;
    for (auto it = records_.rbegin(); it != records_.rend(); ++it) {
        if (it->event.t_us < now()) {
            target = it->event.t_us;
            break;
        }
    }
    replayTo(target);
}

void SimulationController::reset()
{
    pause();
    rebuild();
    Q_EMIT scenarioChanged();
}

void SimulationController::setSpeed(double factor)
{
    factor = std::clamp(factor, kMinSpeed, kMaxSpeed);
    if (factor == speed_)
        return;
    speed_ = factor;
    idleSpeed_ = 0.0;
    idleTargetUs_ = -1;
    Q_EMIT speedChanged(speed_);
}

void SimulationController::faster()
{
    auto it = std::upper_bound(kSpeeds.begin(), kSpeeds.end(), speed_ + 1e-9);
    setSpeed(it == kSpeeds.end() ? kSpeeds.back() : *it);
}

void SimulationController::slower()
{
    auto it = std::lower_bound(kSpeeds.begin(), kSpeeds.end(), speed_ - 1e-9);
    setSpeed(it == kSpeeds.begin() ? kSpeeds.front() : *std::prev(it));
}

// ---------------------------------------------------------------- the user's hand

void SimulationController::perform(ActionKind kind, Peer peer, std::uint32_t bytes)
{
    if (refuseOnCapture())
        return;
    // Saved as an independent step on a whole millisecond (the file's unit); the run is then
    // replayed from the start so what is on screen is exactly what the saved file reproduces.
    Step step;
    step.independent = true;
    step.trigger = Trigger::at(ceilToMs(now()));
    step.action.kind = kind;
    step.action.peer = peer;
    step.action.bytes = kind == ActionKind::Send ? bytes : 0;
    handSteps_.push_back(step);
    ++runRevision_;
    setDirty(true);
    const bool wasPlaying = playing_;
    replayTo(std::max(now(), step.trigger.atUs));
    if (wasPlaying)
        play();
}

bool SimulationController::keepRule(std::optional<FaultSpec> rule)
{
    // The core returns the rule that reproduces the fault from the start; a copy made by the
    // network has none (its `nth` is not a sender's count), so it cannot be saved and is refused.
    if (refuseOnCapture())
        return false;
    const TimeUs t = now();
    const bool wasPlaying = playing_;
    if (rule) {
        handFaults_.push_back(*rule);
        ++runRevision_;
        setDirty(true);
    } else {
        Q_EMIT message(tr("This segment cannot be changed any more (it is a network copy, already doomed, or gone)."));
    }
    replayTo(t);
    if (wasPlaying)
        play();
    return rule.has_value();
}

bool SimulationController::dropSegment(std::uint64_t segmentId)
{
    return keepRule(sim_->faultRuleFor(segmentId, FaultAction::Drop, 0));
}

bool SimulationController::delaySegment(std::uint64_t segmentId, std::int64_t delayMs)
{
    return keepRule(sim_->faultRuleFor(segmentId, FaultAction::Delay, delayMs));
}

bool SimulationController::duplicateSegment(std::uint64_t segmentId, std::int64_t delayMs)
{
    return keepRule(sim_->faultRuleFor(segmentId, FaultAction::Duplicate, delayMs));
}

void SimulationController::addFaultRule(const FaultSpec& rule)
{
    if (refuseOnCapture())
        return;
    handFaults_.push_back(rule);
    ++runRevision_;
    setDirty(true);
    replayTo(now());
}

void SimulationController::clearHandEdits()
{
    handSteps_.clear();
    handFaults_.clear();
    ++runRevision_;
    replayTo(now());
}

void SimulationController::setDirty(bool dirty)
{
    if (dirty_ == dirty)
        return;
    dirty_ = dirty;
    Q_EMIT dirtyChanged(dirty_);
}

} // namespace tcplab
