#pragma once
#include "time_us.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tcplab {

// The virtual clock and its event queue, ordered by (time, insertion sequence) so that runs
// are reproducible. A radix heap: the clock never goes back, so every pending time is >= the
// last one taken, and an event lives in the bucket named by the highest bit in which its time
// differs from that last time. A push is O(1); a pop is amortised O(1) (each event moves down
// at most 64 times, in practice a few), with no comparisons of the whole queue — several times
// faster than a binary heap with 100,000 events pending. Equal times stay FIFO: every bucket
// is kept in insertion order, and bucket 0 holds exactly the events due at the last time.
//
// `Event` is plain data with a `TimeUs time` member; the queue never allocates per event. The
// simulation queues a typed `SimEvent` (sim_event.h); `Scheduler` below is the queue of a kind
// and two integers that the scheduler's own tests and benchmark drive.
template <typename Event> class EventQueue {
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

    // Queues `event` at its time (clamped to now: the past cannot be scheduled).
    void schedule(Event event)
    {
        if (event.time < now_)
            event.time = now_;
        push(event);
        ++size_;
    }

    // Removes the earliest event, advances the clock to its time and returns it.
    Event pop()
    {
        refill();
        const Event top = buckets_[0][head0_++];
        --size_;
        now_ = top.time;
        return top;
    }

    // Advances the clock without running anything (only forward; used by run-until).
    void advanceTo(TimeUs time)
    {
        if (time > now_)
            now_ = time;
    }

    // Capacity hint: room for `n` events due at one instant without reallocating.
    void reserve(std::size_t n) { buckets_[0].reserve(n); }
    void clear()
    {
        for (auto& bucket : buckets_)
            bucket.clear();
        nonEmpty_ = 0;
        bucketMin_ = emptyMins();
        head0_ = 0;
        last_ = 0;
        size_ = 0;
        now_ = 0;
    }

private:
    static constexpr int kBuckets = 65;
    static constexpr std::array<std::uint64_t, kBuckets> emptyMins()
    {
        std::array<std::uint64_t, kBuckets> mins {};
        mins.fill(~std::uint64_t(0));
        return mins;
    }

    int bucketFor(std::uint64_t time) const
    {
        // 0 for the last time itself, else 1 + the highest bit in which the two differ.
        const std::uint64_t diff = time ^ last_;
        return diff == 0 ? 0 : 64 - __builtin_clzll(diff);
    }

    void file(const Event& event)
    {
        const auto time = static_cast<std::uint64_t>(event.time);
        const int bucket = bucketFor(time);
        buckets_[bucket].push_back(event);
        if (bucket > 0) {
            nonEmpty_ |= std::uint64_t(1) << (bucket - 1);
            if (time < bucketMin_[bucket])
                bucketMin_[bucket] = time;
        }
    }

    void push(const Event& event) { file(event); }

    // Makes bucket 0 hold the earliest events (moves the smallest non-empty bucket down).
    // Only pop() calls it, so `last_` never passes the time of the event being taken.
    void refill()
    {
        auto& zero = buckets_[0];
        if (head0_ < zero.size() || nonEmpty_ == 0)
            return;
        zero.clear();
        head0_ = 0;
        const int bucket = __builtin_ctzll(nonEmpty_) + 1;
        auto& source = buckets_[bucket];
        last_ = bucketMin_[bucket];
        bucketMin_[bucket] = ~std::uint64_t(0);
        // Every event of the source lands in a lower bucket, in its order (insertion order), so
        // each bucket stays FIFO and bucket 0 receives exactly the events due at the bucket's
        // earliest time.
        nonEmpty_ &= ~(std::uint64_t(1) << (bucket - 1));
        for (const Event& e : source)
            file(e);
        source.clear();
    }

    std::array<std::vector<Event>, kBuckets> buckets_;
    std::uint64_t nonEmpty_ = 0; // bit i set when bucket i (i >= 1) holds events
    // Earliest time per bucket; the lowest non-empty bucket holds the earliest events of all.
    std::array<std::uint64_t, kBuckets> bucketMin_ = emptyMins();
    std::size_t head0_ = 0; // next event of bucket 0 (taken from the front)
    std::uint64_t last_ = 0; // every pending time is >= this one (<= now)
    std::size_t size_ = 0;
    TimeUs now_ = 0;
};

// An event of the untyped queue: a kind and two integers, read by whoever queued it.
struct ScheduledEvent {
    TimeUs time = 0;
    std::uint32_t kind = 0;
    std::uint32_t a = 0;
    std::uint64_t b = 0;
};

class Scheduler : public EventQueue<ScheduledEvent> {
public:
    using EventQueue::schedule;
    void schedule(TimeUs time, std::uint32_t kind, std::uint32_t a, std::uint64_t b) { schedule({ time, kind, a, b }); }
};

} // namespace tcplab
