#include "scheduler.h"

#include <algorithm>

namespace tcplab {

int Scheduler::bucketFor(std::uint64_t time) const
{
    // 0 for the last time itself, else 1 + the highest bit in which the two differ.
    const std::uint64_t diff = time ^ last_;
    return diff == 0 ? 0 : 64 - __builtin_clzll(diff);
}

void Scheduler::push(const ScheduledEvent& event)
{
    const int bucket = bucketFor(static_cast<std::uint64_t>(event.time));
    buckets_[bucket].push_back(event);
    if (bucket > 0) {
        nonEmpty_ |= std::uint64_t(1) << (bucket - 1);
        bucketMin_[bucket] = std::min(bucketMin_[bucket], static_cast<std::uint64_t>(event.time));
    }
}

void Scheduler::schedule(TimeUs time, std::uint32_t kind, std::uint32_t a, std::uint64_t b)
{
    if (time < now_)
        time = now_;
    push({time, kind, a, b});
    ++size_;
}

void Scheduler::refill()
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
    // each bucket stays FIFO and bucket 0 receives exactly the events due at the bucket's earliest time.
    nonEmpty_ &= ~(std::uint64_t(1) << (bucket - 1));
    for (const ScheduledEvent& e : source) {
        const int to = bucketFor(static_cast<std::uint64_t>(e.time));
        buckets_[to].push_back(e);
        if (to > 0) {
            nonEmpty_ |= std::uint64_t(1) << (to - 1);
            bucketMin_[to] = std::min(bucketMin_[to], static_cast<std::uint64_t>(e.time));
        }
    }
    source.clear();
}

ScheduledEvent Scheduler::pop()
{
    refill();
    const ScheduledEvent top = buckets_[0][head0_++];
    --size_;
    now_ = top.time;
    return top;
}

void Scheduler::advanceTo(TimeUs time)
{
    if (time > now_)
        now_ = time;
}

void Scheduler::clear()
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

} // namespace tcplab
