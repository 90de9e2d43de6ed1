#include "scheduler.h"

#include <utility>

namespace tcplab {

namespace {
constexpr std::size_t kArity = 4;
}

void Scheduler::schedule(TimeUs time, std::uint32_t kind, std::uint32_t a, std::uint64_t b)
{
    if (time < now_)
        time = now_;
    heap_.push_back({time, nextSequence_++, kind, a, b});
    siftUp(heap_.size() - 1);
}

ScheduledEvent Scheduler::pop()
{
    ScheduledEvent top = heap_.front();
    ScheduledEvent last = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) {
        heap_.front() = last;
        siftDown(0);
    }
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
    heap_.clear();
    now_ = 0;
    nextSequence_ = 0;
}

void Scheduler::siftUp(std::size_t index)
{
    ScheduledEvent moving = heap_[index];
    while (index > 0) {
        std::size_t parent = (index - 1) / kArity;
        if (!earlier(moving, heap_[parent]))
            break;
        heap_[index] = heap_[parent];
        index = parent;
    }
    heap_[index] = moving;
}

void Scheduler::siftDown(std::size_t index)
{
    const std::size_t size = heap_.size();
    ScheduledEvent moving = heap_[index];
    for (;;) {
        std::size_t first = index * kArity + 1;
        if (first >= size)
            break;
        std::size_t best = first;
        std::size_t end = first + kArity < size ? first + kArity : size;
        for (std::size_t child = first + 1; child < end; ++child)
            if (earlier(heap_[child], heap_[best]))
                best = child;
        if (!earlier(heap_[best], moving))
            break;
        heap_[index] = heap_[best];
        index = best;
    }
    heap_[index] = moving;
}

} // namespace tcplab
