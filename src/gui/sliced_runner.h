#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <functional>

namespace tcplab {

// How long one slice of work may hold the event loop.
struct SliceLimits {
    std::uint64_t eventsPerSlice = 100'000; // core events per slice (an instant may hold a million)
    qint64 sliceMs = 15; // real time per slice; 0: slices are bounded by the count only (tests)
    qint64 showAfterMs = 300; // work that takes longer says so (a progress indication appears)
    // A long catch-up shows where it has got to this often (the views take in its records a
    // few slices at a time, not all at its end); with no clock (sliceMs 0), every that many
    // slices instead, 0: only at the end (tests).
    qint64 tellViewsEveryMs = 15;
    int tellViewsEverySlices = 0;
};

// Runs a long piece of work from the event loop in slices, so the window keeps answering while
// the core catches up (a seek far ahead, a replay from time 0 after a rewind): each slice stops
// after `eventsPerSlice` events or `sliceMs` of real time, whichever comes first, and the
// window paints and takes input (Cancel, another seek) between two slices. The first slice runs
// at once, so work that fits in one is done before start() returns, as if run directly.
class SlicedRunner : public QObject {
    Q_OBJECT
public:
    // Asked after each event of a slice: false ends the slice there.
    using KeepGoing = std::function<bool()>;
    // Runs one slice; true when the work is done.
    using Slice = std::function<bool(const KeepGoing&)>;

    explicit SlicedRunner(QObject* parent = nullptr);

    void setLimits(const SliceLimits& limits) { limits_ = limits; }
    const SliceLimits& limits() const { return limits_; }

    // Starts `slice` (replacing the work in progress, which is dropped where it got to).
    void start(Slice slice);
    // One slice of `slice` now, within the limits, outside any work in progress (a frame of play).
    bool runBounded(const Slice& slice);
    // Stops the work where it got to; done() is not emitted.
    void stop();
    bool isRunning() const { return running_; }
    // The work has taken longer than showAfterMs: the progress indication is up.
    bool isShown() const { return shown_; }
    qint64 elapsedMs() const { return clock_.isValid() ? clock_.elapsed() : 0; }
    // Slices run for the work in progress (or the last one), and the events of the last slice.
    int slicesRun() const { return slices_; }
    std::uint64_t eventsInLastSlice() const { return lastEvents_; }

Q_SIGNALS:
    void done(); // the work finished (not after stop())
    void shownChanged(bool shown);
    void sliced(); // a slice ended and the work goes on

private:
    void runSlice();
    void setShown(bool shown);

    SliceLimits limits_;
    Slice slice_;
    QTimer next_; // the next slice, after the events waiting in the loop
    QElapsedTimer clock_;
    int slices_ = 0;
    int generation_ = 0; // counts start(): a slice knows whether its work was replaced
    std::uint64_t lastEvents_ = 0;
    bool running_ = false;
    bool shown_ = false;
    bool inSlice_ = false;
};

} // namespace tcplab
