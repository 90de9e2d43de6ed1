#pragma once
#include "time_us.h"

#include <cstdint>
#include <vector>

namespace tcplab {

// One pending event: plain data, so the queue never allocates per event.
// `kind`, `a` and `b` are interpreted by whoever scheduled it (the Simulation).
struct ScheduledEvent {
    TimeUs time = 0;
    std::uint64_t sequence = 0;  // insertion order: equal times run FIFO
    std::uint32_t kind = 0;
    std::uint32_t a = 0;
    std::uint64_t b = 0;
};

// The virtual clock and its event queue, ordered by (time, insertion sequence) so that runs
// are reproducible. A 4-ary implicit heap: shallower than a binary one, cache friendly.
class Scheduler {
public:
    TimeUs now() const { return now_; }
    bool empty() const { return heap_.empty(); }
    std::size_t pending() const { return heap_.size(); }
    // Time of the next event; only meaningful when !empty().
    TimeUs nextTime() const { return heap_.front().time; }

    // Schedules at `time` (clamped to now: the past cannot be scheduled).
    void schedule(TimeUs time, std::uint32_t kind, std::uint32_t a, std::uint64_t b);

    // Removes the earliest event, advances the clock to its time and returns it.
    ScheduledEvent pop();

    // Advances the clock without running anything (only forward; used by run-until).
    void advanceTo(TimeUs time);

    void reserve(std::size_t n) { heap_.reserve(n); }
    void clear();

private:
    static bool earlier(const ScheduledEvent& x, const ScheduledEvent& y)
    {
        return x.time < y.time || (x.time == y.time && x.sequence < y.sequence);
    }
    void siftUp(std::size_t index);
    void siftDown(std::size_t index);

    std::vector<ScheduledEvent> heap_;
    TimeUs now_ = 0;
    std::uint64_t nextSequence_ = 0;
};

} // namespace tcplab
