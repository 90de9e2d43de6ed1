#pragma once
#include "tcp_state.h"
#include "time_us.h"
#include "trace_event.h"

#include <cstdint>
#include <variant>

namespace tcplab {

// What a queued event of the simulation is for: one type per purpose, so nothing is packed
// into integers and every handler names what it reads.

// A segment in flight reaches the other end, or dies at MSL (the network's promise).
struct FlightLands {
    std::uint32_t slot = 0; // Network's flight slot
};
// A timer of one socket expires (unless cancelled or restarted since: `generation` tells).
struct TimerDue {
    Peer peer = Peer::Client;
    TimerKind kind = TimerKind::Retransmit;
    int sock = 0;
    std::uint32_t generation = 0;
};
// The script's next step, in the script's order.
struct ScriptStepDue {
    std::uint32_t step = 0; // index into ScenarioSpec::steps
};
// An independent step (a hand action saved by the GUI), outside the script's order.
struct IndependentStepDue {
    std::uint32_t step = 0;
};
// The next spoofed SYN of a `syn_flood` step with an interval.
struct FloodSynDue {
    std::uint32_t flood = 0; // which flood of the run
    int index = 0; // which of its SYNs
};
// A task of an application beyond the script (the explorer), handed to AppHandler::onUserEvent.
struct UserTask {
    std::uint32_t task = 0; // the handler's own task number
    int sock = 0; // the socket it concerns (0 = none)
};

using SimEvent = std::variant<FlightLands, TimerDue, ScriptStepDue, IndependentStepDue, FloodSynDue, UserTask>;

// An entry of the simulation's event queue.
struct QueuedEvent {
    TimeUs time = 0;
    SimEvent what;
};

} // namespace tcplab
