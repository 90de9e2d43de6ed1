#pragma once
#include "capture_replay.h"
#include "run_budget.h"
#include "scenario_spec.h"
#include "timeline_mark.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tcplab {

// What a look-ahead runs: a scenario (its own Simulation) or a capture's replay (its own copy,
// made in the worker, of the controller's never-run one: the capture is stored once and only
// read by both threads). A worker thread changes nothing the run on screen uses.
struct LookaheadJob {
    std::optional<ScenarioSpec> spec;
    std::shared_ptr<const CaptureReplay> capture;
    RunBudget budget;
    TimeUs endUs = 0;
    std::size_t maxMarks = 200'000;
};

// Every event instant of the run, as far as it got.
struct LookaheadResult {
    std::vector<TimelineMark> marks;
    TimeUs reachedUs = 0; // the virtual time the look-ahead ran to
    bool cancelled = false; // stopped on request before the run's end
};

// Runs the job to its end (the run's end, a run budget, `maxMarks` instants), asking
// `keepGoing(now)` after each event; a "no" stops it there, with what was found kept.
LookaheadResult findTimeline(const LookaheadJob& job, const std::function<bool(TimeUs)>& keepGoing = {});

// The look-ahead in a worker thread (Qt Concurrent's pool), so loading a heavy scenario never
// waits for the whole run: the result comes back through found() on the thread that started
// it. One job at a time: a new one (another scenario, a hand edit) cancels the one before, whose
// result is then never delivered.
class LookaheadWorker : public QObject {
    Q_OBJECT
public:
    explicit LookaheadWorker(QObject* parent = nullptr);
    ~LookaheadWorker() override; // stops and waits for every job still running

    // `tag` comes back with the result (the controller's run revision it was found for).
    void start(int tag, LookaheadJob job);
    // The running job stops where it got to; found() still delivers what it found.
    void cancel();
    // The running job stops and its result is dropped.
    void discard();
    bool isRunning() const { return running_; }
    int tag() const { return tag_; }
    // How far the running job got, in thousandths of the run's virtual time.
    int progressPermille() const { return progress_; }
    // Real time since the running job started (the progress indication appears after a while).
    qint64 elapsedMs() const { return clock_.isValid() ? clock_.elapsed() : 0; }
    // Blocks until the running job has finished (its result is then delivered by the event loop).
    void waitForFinished();

Q_SIGNALS:
    void found(int tag, const tcplab::LookaheadResult& result);
    void progressChanged(int permille);

private:
    struct Running {
        QFuture<LookaheadResult> future;
        std::shared_ptr<std::atomic<bool>> stop;
    };
    void onFinished();

    QFutureWatcher<LookaheadResult> watcher_;
    std::shared_ptr<std::atomic<bool>> stop_; // the current job's
    std::vector<Running> abandoned_; // jobs replaced or discarded, told to stop, not yet finished
    QElapsedTimer clock_;
    int tag_ = -1;
    int progress_ = 0;
    bool running_ = false;
};

} // namespace tcplab
