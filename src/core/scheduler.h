#pragma once
#include "time_us.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tcplab {

// One pending event: plain data, so the queue never allocates per event.
// `kind`, `a` and `b` are interpreted by whoever scheduled it (the Simulation).
// Equal times run FIFO: the queue keeps insertion order itself, so no sequence number is stored.
struct ScheduledEvent {
    TimeUs time = 0;
    std::uint32_t kind = 0;
    std::uint32_t a = 0;
    std::uint64_t b = 0;
};

// The virtual clock and its event queue, ordered by (time, insertion sequence) so that runs
// are reproducible. A radix heap: the clock never goes back, so every pending time is >= the
// last one taken, and an event lives in the bucket named by the highest bit in which its time
// differs from that last time. A push is O(1); a pop is amortised O(1) (each event moves down
// at most 64 times, in practice a few), with no comparisons of the whole queue — several times
// faster than a binary heap with 100,000 events pending. Equal times stay FIFO: every bucket
// is kept in insertion order, and bucket 0 holds exactly the events due at the last time.
class Scheduler {
public:
    TimeUs now() const { return now_; }
    bool empty() const { return size_ == 0; }
    std::size_t pending() const { return size_; }
    // Time of the next event; only meaningful when !empty().
    // A pure peek: it must not move `last_` past `now()`, or an event scheduled afterwards
    // for an earlier time (a GUI action between two runs) would be filed out of order.
    TimeUs nextTime() const
    {
        if (head0_ < buckets_[0].size())
            return static_cast<TimeUs>(last_);
        return static_cast<TimeUs>(bucketMin_[__builtin_ctzll(nonEmpty_) + 1]);
    }

    // Schedules at `time` (clamped to now: the past cannot be scheduled).
    void schedule(TimeUs time, std::uint32_t kind, std::uint32_t a, std::uint64_t b);

    // Removes the earliest event, advances the clock to its time and returns it.
    ScheduledEvent pop();

    // Advances the clock without running anything (only forward; used by run-until).
    void advanceTo(TimeUs time);

    // Capacity hint: room for `n` events due at one instant without reallocating.
    void reserve(std::size_t n) { buckets_[0].reserve(n); }
    void clear();

private:
    static constexpr int kBuckets = 65;
    static constexpr std::array<std::uint64_t, kBuckets> emptyMins()
    {
        std::array<std::uint64_t, kBuckets> mins{};
        mins.fill(~std::uint64_t(0));
        return mins;
    }
    int bucketFor(std::uint64_t time) const;
    void push(const ScheduledEvent& event);
    // Makes bucket 0 hold the earliest events (moves the smallest non-empty bucket down).
    // Only pop() calls it, so `last_` never passes the time of the event being taken.
    void refill();

    std::array<std::vector<ScheduledEvent>, kBuckets> buckets_;
    std::uint64_t nonEmpty_ = 0;   // bit i set when bucket i (i >= 1) holds events
    // Earliest time per bucket; the lowest non-empty bucket holds the earliest events of all.
    std::array<std::uint64_t, kBuckets> bucketMin_ = emptyMins();
    std::size_t head0_ = 0;        // next event of bucket 0 (taken from the front)
    std::uint64_t last_ = 0;       // every pending time is >= this one (<= now)
    std::size_t size_ = 0;
    TimeUs now_ = 0;
};

} // namespace tcplab
