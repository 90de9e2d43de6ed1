#pragma once
#include "budgeted_run.h"
#include "capture_replay.h"
#include "scenario.h"
#include "simulation.h"
#include "sliced_runner.h"
#include "timeline_mark.h"
#include "trace_record.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tcplab {

class LookaheadWorker;
struct LookaheadJob;
struct LookaheadResult;

// The one adapter between the core and the views (STYLE.md, "one adapter into Qt signals").
// It owns the Simulation, records its trace, and turns real time into virtual time while
// playing. It keeps no protocol state of its own: everything the views show comes from the
// core's trace and snapshots. Rewinding re-runs the deterministic core from the start, so the
// timeline is exact. What the user does by hand (actions, faults on segments in flight) is
// kept as scenario steps and fault rules and replayed from the start, so the run on screen is
// always the run a saved scenario reproduces.
class SimulationController : public QObject {
    Q_OBJECT
public:
    explicit SimulationController(QObject* parent = nullptr);
    ~SimulationController() override;

    void loadScenario(const Scenario& scenario, const QString& source);
    // One connection of a real capture, replayed at its timings instead of a simulation run
    // (`source` is the capture file). A capture is a record: hand actions and faults are refused.
    void loadCapture(const CaptureConnection& connection, std::vector<CapturedSegment> segments, const QString& source);
    // The same from a replay built elsewhere (a worker thread: CaptureOpener): `base` is never
    // run (look-aheads and exports copy it), `running` a copy of it, the one on screen.
    void loadCapture(
        std::shared_ptr<const CaptureReplay> base, std::unique_ptr<CaptureReplay> running, const QString& source);
    bool isCapture() const { return capture_ != nullptr; }
    const CaptureReplay* capture() const { return capture_.get(); }
    // The capture as loaded, before any event: a copy replays it whole.
    const std::shared_ptr<const CaptureReplay>& captureBase() const { return captureBase_; }
    const Scenario& baseScenario() const { return base_; }
    QString source() const { return source_; }
    // What "save" writes: the scenario with the parameters in force and every hand edit.
    Scenario effectiveScenario() const;
    // After a save the hand edits become part of the scenario itself.
    void markSaved(const QString& source);
    bool isDirty() const { return dirty_; }

    // Parameters take effect at the next reset (the run on screen never changes under the user).
    void setPendingParams(const std::string& profile, const std::map<std::string, std::string>& overrides);
    const Params& pendingParams() const { return pending_.spec.params; }
    const std::string& pendingProfile() const { return pending_.profile; }
    const Scenario& pendingScenario() const { return pending_; }

    // --- run control (virtual time in integer microseconds) ---
    void play();
    void pause();
    void togglePlay() { playing_ ? pause() : play(); }
    bool isPlaying() const { return playing_; }
    void stepEvent();
    void stepBack();
    void reset();
    void seekTo(TimeUs t);
    void advanceTo(TimeUs t);
    void runToEnd() { advanceTo(endUs()); }
    void setSpeed(double factor);
    double speed() const { return speed_; }
    void faster();
    void slower();
    void setSkipIdle(bool on) { skipIdle_ = on; }
    // One animation frame that took `realMs` of real time (the frame timer calls it; tests
    // call it directly, so no test waits on the clock).
    void advanceFrame(qint64 realMs);
    bool skipIdle() const { return skipIdle_; }
    // Stop points (a lesson's questions): playing (advanceFrame) and stepping (stepEvent) never
    // go past the next one; they stop exactly at it, pause and emit stopPointReached. A seek
    // (seekTo, advanceTo, the timeline) is not stopped. The next play or step from a point the
    // run stopped at goes on past it; a point at now() not yet stopped at stops at once.
    void setStopPoints(std::vector<TimeUs> points);
    const std::vector<TimeUs>& stopPoints() const { return stopPoints_; }

    TimeUs now() const { return capture_ ? capture_->now() : sim_->now(); }
    std::optional<TimeUs> nextEventUs() const { return capture_ ? capture_->nextEventTime() : sim_->nextEventTime(); }
    TimeUs endUs() const { return effective_.spec.runUntilUs; }
    // At the end of the run, or stopped where it reached a run budget.
    bool atEnd() const { return budgetStop_.has_value() || now() >= endUs(); }
    const std::optional<BudgetStop>& budgetStop() const { return budgetStop_; }
    // What the window may cost: the CLI's budgets, but fewer trace lines, since every line is
    // kept as a record for the log and the ladder (docs/robustness.md, "Run budgets").
    static RunBudget windowBudget();
    // Another budget from the next rebuild on (tests use small ones).
    void setRunBudget(const RunBudget& budget) { budget_ = budget; }
    const Snapshot& snapshot() const { return snapshot_; }
    const std::vector<TraceRecord>& records() const { return records_; }
    const Params& params() const { return sim_->params(); }
    // Every event instant of the whole run, to its end (found by running the deterministic core
    // once ahead, again only when the scenario or a hand edit changes it); the timeline's ticks.
    const std::vector<TimelineMark>& timelineMarks() const { return timeline_; }
    static constexpr std::size_t kMaxTimelineMarks = 200'000;

    // --- responsiveness (simulation_controller_responsive.cpp) ---
    // Off (the default, what tests rely on): every call above has finished when it returns. On
    // (the window): the look-ahead runs in a worker thread and timelineChanged() follows when it
    // is done; a long catch-up (advanceTo, seekTo, runToEnd, a replay after a rewind or a hand
    // edit) runs in slices from the event loop and announces itself (rebuilt, advanced) once,
    // when it is done; play() never spends more than a slice on one frame.
    void setResponsive(bool on);
    bool isResponsive() const { return responsive_; }
    void setSliceLimits(const SliceLimits& limits);
    const SliceLimits& sliceLimits() const { return runner_.limits(); }
    const SlicedRunner& slicedRunner() const { return runner_; }
    bool isCatchingUp() const { return runner_.isRunning(); }
    bool isLookingAhead() const;
    // Something has run longer than sliceLimits().showAfterMs: a progress indication is due.
    bool isBusyShown() const { return busyShown_; }
    // How far the work in progress got, in thousandths (the catch-up first, else the look-ahead).
    int busyPermille() const;
    // The virtual time the catch-up runs to (meaningful while isCatchingUp()).
    TimeUs catchUpTargetUs() const { return catchUpTargetUs_; }
    // Stops the catch-up where it got to (the views show what ran, a prefix of the run) and
    // the look-ahead (the timeline keeps what it found); says so in message().
    void cancel();

    // --- the user's hand ---
    void perform(ActionKind kind, Peer peer, std::uint32_t bytes = 100);
    bool dropSegment(std::uint64_t segmentId);
    bool delaySegment(std::uint64_t segmentId, std::int64_t delayMs);
    bool duplicateSegment(std::uint64_t segmentId, std::int64_t delayMs);
    void addFaultRule(const FaultSpec& rule);
    void clearHandEdits();
    int handEditCount() const { return int(handSteps_.size() + handFaults_.size()); }

    // The speeds offered everywhere (the run bar, compare mode, +/−): one ladder, here.
    static constexpr std::array<double, 16> kSpeeds { 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200,
        500, 1000 };
    static constexpr double kMinSpeed = kSpeeds.front();
    static constexpr double kMaxSpeed = kSpeeds.back();

Q_SIGNALS:
    void rebuilt(); // the run restarted from time 0 (views clear what they derived)
    void advanced(); // virtual time moved or the trace grew
    void playingChanged(bool playing);
    void speedChanged(double factor);
    void scenarioChanged(); // another scenario or new parameters
    void dirtyChanged(bool dirty);
    void message(const QString& text);
    void timelineChanged(); // the whole run's instants were found again
    void budgetReached(const QString& text); // the run stopped on a budget; what ran is kept
    void stopPointReached(TimeUs t); // paused exactly at a stop point
    void busyChanged(bool shown); // a progress indication appears (long work) or goes
    void busyProgress(int permille);

private:
    // A new run from `scenario` (a capture's record too): no hand edits, not dirty, rebuilt.
    void start(const Scenario& scenario, const QString& source);
    class Recorder;
    // `announce`: tell the views at once (rebuilt, advanced); a sliced replay tells them when done.
    void rebuild(bool announce = true);
    void replayTo(TimeUs t);
    // Runs toward `t` as far as `keepGoing` lets (asked after each event); true when `t` was
    // reached or a budget stopped the run.
    bool runToward(TimeUs t, const std::function<bool()>& keepGoing);
    // After a run forward: the snapshot, advanced(), pause at the end, the budget's dialog.
    void announceAdvance();
    // Responsive mode (simulation_controller_responsive.cpp).
    void catchUpTo(TimeUs t, bool fromStart);
    bool catchUpSlice(const SlicedRunner::KeepGoing& keepGoing);
    void finishCatchUp();
    void onCatchUpSliced();
    void settle(); // ends a catch-up where it got to, before anything else changes the run
    void startLookahead();
    void onLookaheadFound(int revision, const LookaheadResult& result);
    void updateBusy();
    void advanceFrameBounded(TimeUs t);
    void onFrame();
    void setDirty(bool dirty);
    bool keepRule(std::optional<FaultSpec> rule);
    void refreshSnapshot();
    void computeTimeline();
    LookaheadJob lookaheadJob() const;
    bool refuseOnCapture();
    void advanceUpToStop(TimeUs target, bool frame = false);

    Scenario base_; // as loaded (or last saved)
    Scenario pending_; // base_ with the parameters the user set, applied at reset
    Scenario effective_; // what runs now: base_ + applied parameters + hand edits
    QString source_;
    std::vector<Step> handSteps_;
    std::vector<FaultSpec> handFaults_;
    std::unique_ptr<Recorder> recorder_;
    std::unique_ptr<BudgetedRun> budgeted_; // runs sim_ (rebuilt with it)
    std::optional<BudgetStop> budgetStop_;
    bool budgetAnnounced_ = false; // its dialog was asked for (once per stop)
    RunBudget budget_ = windowBudget();
    static constexpr std::size_t kRecordsReservedAtMost = 1'000'000; // about 250 MB of address space
    std::unique_ptr<Simulation> sim_;
    // In capture mode: what is replayed (rebuilt from these on every rewind).
    std::unique_ptr<CaptureReplay> capture_;
    std::shared_ptr<const CaptureReplay> captureBase_; // the capture's one copy of its events
    std::vector<TraceRecord> records_;
    Snapshot snapshot_;
    std::vector<TimelineMark> timeline_;
    int runRevision_ = 0; // counts changes of what runs: scenario, parameters, hand edits
    int timelineRevision_ = -1; // the revision timeline_ was found for

    bool responsive_ = false;
    SlicedRunner runner_;
    LookaheadWorker* lookahead_ = nullptr; // a child: runs the look-ahead in responsive mode
    TimeUs catchUpTargetUs_ = 0;
    TimeUs catchUpFromUs_ = 0;
    bool catchUpFromStart_ = false; // the views have not been told of the rebuild yet
    bool playAfterCatchUp_ = false;
    QElapsedTimer viewsTold_; // since the views last heard of a catch-up in progress
    int slicesUntold_ = 0; // slices run since (SliceLimits::tellViewsEverySlices)
    bool busyShown_ = false;
    QTimer busyTimer_; // the look-ahead's progress indication appears when it fires

    QTimer frameTimer_;
    QElapsedTimer realClock_;
    bool playing_ = false;
    double speed_ = 0.2;
    bool skipIdle_ = true;
    double idleSpeed_ = 0.0; // speed used to cross the current idle stretch
    TimeUs idleTargetUs_ = -1; // the event that stretch ends at
    bool dirty_ = false;
    std::vector<TimeUs> stopPoints_; // sorted, unique
    std::optional<TimeUs> stoppedAt_; // the point the run last stopped at (until a replay)
};

} // namespace tcplab
