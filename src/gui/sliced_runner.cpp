#include "sliced_runner.h"

namespace tcplab {

namespace {
constexpr std::uint64_t kEventsPerClockRead = 16; // the clock is read this often in a slice
} // namespace

SlicedRunner::SlicedRunner(QObject* parent)
    : QObject(parent)
{
    // A zero-interval timer fires once the events already waiting (paint, input) are handled.
    next_.setSingleShot(true);
    next_.setInterval(0);
    connect(&next_, &QTimer::timeout, this, &SlicedRunner::runSlice);
}

void SlicedRunner::start(Slice slice)
{
    slice_ = std::move(slice);
    ++generation_;
    if (!running_) {
        running_ = true;
        slices_ = 0;
        clock_.start();
    }
    next_.stop();
    if (inSlice_)
        next_.start(); // started from inside a slice: the new work's first slice comes after it
    else
        runSlice();
}

void SlicedRunner::stop()
{
    next_.stop();
    running_ = false;
    slice_ = nullptr;
    setShown(false);
}

bool SlicedRunner::runBounded(const Slice& slice)
{
    std::uint64_t events = 0;
    QElapsedTimer sliceClock;
    sliceClock.start();
    const SliceLimits limits = limits_;
    const KeepGoing keepGoing = [&] {
        ++events;
        if (events >= limits.eventsPerSlice)
            return false;
        return limits.sliceMs <= 0 || events % kEventsPerClockRead != 0 || sliceClock.elapsed() < limits.sliceMs;
    };
    const bool finished = slice(keepGoing);
    lastEvents_ = events;
    return finished;
}

void SlicedRunner::runSlice()
{
    if (!running_)
        return;
    ++slices_;
    const Slice slice = slice_; // the work may stop or replace itself from inside
    const int generation = generation_;
    inSlice_ = true;
    const bool finished = runBounded(slice);
    inSlice_ = false;
    if (!running_ || generation != generation_)
        return; // stopped or replaced from inside the slice
    if (finished) {
        running_ = false;
        slice_ = nullptr;
        setShown(false);
        Q_EMIT done();
        return;
    }
    if (clock_.elapsed() >= limits_.showAfterMs)
        setShown(true);
    Q_EMIT sliced();
    next_.start();
}

void SlicedRunner::setShown(bool shown)
{
    if (shown_ == shown)
        return;
    shown_ = shown;
    Q_EMIT shownChanged(shown);
}

} // namespace tcplab
