#include "script.h"

#include <algorithm>

namespace tcplab {

Script::Script(Context& cx, const std::vector<Step>& steps)
    : cx_(cx)
    , steps_(steps)
{
}

void Script::start()
{
    for (std::size_t i = 0; i < steps_.size(); ++i)
        if (steps_[i].independent)
            cx_.schedule(steps_[i].trigger.atUs, IndependentStepDue { static_cast<std::uint32_t>(i) });
    armNext();
}

void Script::queue(TimeUs at)
{
    cx_.schedule(at, ScriptStepDue { static_cast<std::uint32_t>(next_) });
}

void Script::armNext()
{
    waiting_ = false;
    while (next_ < steps_.size() && steps_[next_].independent)
        ++next_; // queued once at the start, outside the script's order
    if (next_ >= steps_.size())
        return;
    const Trigger& trigger = steps_[next_].trigger;
    if (!trigger.after) {
        queue(std::max(trigger.atUs, cx_.now()));
        return;
    }
    // An event at the instant the previous step fired counts (docs/scenario-format.md).
    if (seenInstant_ == cx_.now()) {
        for (const AwaitedEvent& seen : seenThisInstant_) {
            if (*trigger.after == seen) {
                queue(cx_.now() + trigger.delayUs);
                return;
            }
        }
    }
    waiting_ = true;
}

void Script::saw(const AwaitedEvent& event)
{
    if (next_ >= steps_.size())
        return;
    if (seenInstant_ != cx_.now()) {
        seenInstant_ = cx_.now();
        seenThisInstant_.clear();
    }
    seenThisInstant_.push_back(event);
    if (!waiting_)
        return;
    const Trigger& trigger = steps_[next_].trigger;
    if (trigger.after && *trigger.after == event) {
        waiting_ = false;
        queue(cx_.now() + trigger.delayUs);
    }
}

} // namespace tcplab
