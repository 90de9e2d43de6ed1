#include "lookahead_worker.h"

#include "budgeted_run.h"
#include "capture_replay.h"
#include "simulation.h"

#include <QtConcurrent>

#include <algorithm>

namespace tcplab {

namespace {
constexpr int kProgressSteps = 1000;
constexpr std::uint64_t kEventsPerProgress = 4096; // how often a job reports how far it got

// The instants of the trace, one mark per instant (a state change anywhere in it marks it).
class Collector : public TraceSink {
public:
    Collector(std::vector<TimelineMark>& out, std::size_t maxMarks)
        : out_(out)
        , maxMarks_(maxMarks)
    {
    }
    void onTrace(const TraceEvent& e) override
    {
        const bool state = e.kind == TraceKind::State;
        if (!out_.empty() && out_.back().t_us == e.t_us)
            out_.back().stateChange = out_.back().stateChange || state;
        else if (out_.size() < maxMarks_)
            out_.push_back({ e.t_us, state });
        else
            full_ = true; // an instant past the last mark began: every mark kept is complete
    }
    bool full() const { return full_; }

private:
    std::vector<TimelineMark>& out_;
    std::size_t maxMarks_;
    bool full_ = false;
};
} // namespace

LookaheadResult findTimeline(const LookaheadJob& job, const std::function<bool(TimeUs)>& keepGoing)
{
    // The core is deterministic: a run of its own to the end gives every instant the run on
    // screen will reach. It stops at `maxMarks` instants (the slider is then linear after the
    // last mark) and at the same budget as the run on screen.
    LookaheadResult result;
    Collector collector(result.marks, job.maxMarks);
    if (job.capture) {
        CaptureReplay ahead(*job.capture);
        ahead.addSink(&collector);
        for (auto next = ahead.nextEventTime(); next && *next <= job.endUs && !collector.full();
             next = ahead.nextEventTime()) {
            ahead.runUntil(*next);
            if (keepGoing && !keepGoing(ahead.now())) {
                result.cancelled = true;
                break;
            }
        }
        result.reachedUs = result.cancelled || collector.full() ? ahead.now() : job.endUs;
        return result;
    }
    if (!job.spec)
        return result;
    Simulation ahead(*job.spec);
    ahead.addSink(&collector);
    BudgetedRun budgeted(ahead, job.budget); // the run on screen stops at the same point
    budgeted.runUntil(job.endUs, [&] {
        if (collector.full())
            return false;
        if (keepGoing && !keepGoing(ahead.now())) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
    result.reachedUs = ahead.now();
    return result;
}

LookaheadWorker::LookaheadWorker(QObject* parent)
    : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<LookaheadResult>::finished, this, &LookaheadWorker::onFinished);
    connect(&watcher_, &QFutureWatcher<LookaheadResult>::progressValueChanged, this, [this](int permille) {
        if (!running_)
            return;
        progress_ = permille;
        Q_EMIT progressChanged(permille);
    });
}

LookaheadWorker::~LookaheadWorker()
{
    // A job holds only its own copies, but it must not outlive the program's end.
    discard();
    for (Running& r : abandoned_)
        r.future.waitForFinished();
}

void LookaheadWorker::start(int tag, LookaheadJob job)
{
    discard();
    tag_ = tag;
    progress_ = 0;
    running_ = true;
    clock_.start();
    stop_ = std::make_shared<std::atomic<bool>>(false);
    watcher_.setFuture(QtConcurrent::run([job = std::move(job), stop = stop_](QPromise<LookaheadResult>& promise) {
        promise.setProgressRange(0, kProgressSteps);
        std::uint64_t events = 0;
        const double end = double(std::max<TimeUs>(job.endUs, 1));
        try {
            promise.addResult(findTimeline(job, [&](TimeUs now) {
                if (++events % kEventsPerProgress == 0)
                    promise.setProgressValue(int(double(now) / end * kProgressSteps));
                return !stop->load(std::memory_order_relaxed);
            }));
        } catch (const std::bad_alloc&) {
            promise.addResult(LookaheadResult {}); // no timeline rather than no program
        }
    }));
}

void LookaheadWorker::cancel()
{
    if (running_ && stop_)
        stop_->store(true);
}

void LookaheadWorker::discard()
{
    std::erase_if(abandoned_, [](const Running& r) { return r.future.isFinished(); });
    if (!running_)
        return;
    stop_->store(true);
    abandoned_.push_back({ watcher_.future(), stop_ });
    running_ = false; // what the watcher still reports of it is ignored; the next setFuture() drops it
    stop_.reset();
}

void LookaheadWorker::waitForFinished()
{
    if (running_)
        watcher_.waitForFinished();
}

void LookaheadWorker::onFinished()
{
    if (!running_)
        return;
    const QFuture<LookaheadResult> future = watcher_.future();
    running_ = false;
    stop_.reset();
    if (future.resultCount() == 0)
        return;
    Q_EMIT found(tag_, future.result());
}

} // namespace tcplab
