#pragma once
#include "context.h"
#include "scenario_spec.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tcplab {

// The scenario's steps run as a script (docs/scenario-format.md): in order, each `after` step
// firing on the first matching event at or after the instant the step before it fired (an
// event at that same instant counts, even the one that fired the previous step). Independent
// steps (hand actions saved by the GUI) are queued once at their time, outside the order.
class Script {
public:
    Script(Context& cx, const std::vector<Step>& steps);

    // Queues the independent steps and arms the first step of the order.
    void start();
    // ScriptStepDue: runs the step's action through `perform`, then arms the next step (after
    // the action, so events the action caused at this instant count for it).
    template <typename Perform> void run(std::uint32_t index, Perform&& perform)
    {
        next_ = index + 1;
        perform(steps_[index].action);
        armNext();
    }
    const Action& independentAction(std::uint32_t index) const { return steps_[index].action; }

    // The events `after` triggers wait for.
    void saw(Peer peer, TcpState state)
    {
        if (next_ < steps_.size())
            saw({ peer, state });
    }
    void saw(Peer peer, AppEventKind app)
    {
        if (next_ < steps_.size())
            saw({ peer, app });
    }

private:
    void armNext();
    void saw(const AwaitedEvent& event);
    void queue(TimeUs at);

    Context& cx_;
    const std::vector<Step>& steps_;
    std::size_t next_ = 0; // index of the step waiting to be armed or matched
    bool waiting_ = false; // the armed `after` step waits for its event
    std::vector<AwaitedEvent> seenThisInstant_;
    TimeUs seenInstant_ = -1;
};

} // namespace tcplab
