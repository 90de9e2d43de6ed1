#pragma once
#include "core_event.h"
#include "segment.h"
#include "seq_num.h"
#include "sim_event.h"
#include "tcp_state.h"
#include "time_us.h"

#include <cstdint>
#include <variant>

namespace tcplab {

struct Params;

// The world as a Host, its Endpoints and the Network see it — the clock, the parameters, the
// event queue, the way onto the wire and the one way out — passed down once, as smoltcp passes
// `cx` to its sockets. The Simulation is the real one; tests/core's endpoint harness has a fake.
class Context {
public:
    virtual ~Context() = default;

    virtual TimeUs now() const = 0;
    virtual const Params& params() const = 0;
    // Queues `event` at `at` (clamped to now).
    virtual void schedule(TimeUs at, const SimEvent& event) = 0;
    // Everything observable (core_event.h): the trace, the script's triggers, the AppHandler.
    // An event only the trace reads (a segment sent, a timer started…) costs a test of one flag
    // when no sink listens, as the explorer's million connections run.
    void publish(Peer peer, const CoreEvent& event)
    {
        if (tracing_ || std::holds_alternative<event::StateChanged>(event)
            || std::holds_alternative<event::AppNotified>(event) || std::holds_alternative<event::SocketRemoved>(event))
            observe(peer, event);
    }
    // Hands a segment sent by `from` to the network, which gives it its id and birth time.
    virtual void transmit(Peer from, Segment segment) = 0;

    // Ground truth TCP does not keep: the incarnation of a 4-tuple (as seen from `peer`) that
    // a new connection starts, and the ISN generator of the scenario's `isn` mode.
    virtual std::uint32_t nextIncarnation(Peer peer, const FourTuple& tuple) = 0;
    virtual SeqNum chooseIsn(Peer peer) = 0;

protected:
    // What publish() passes on; `tracing_` says whether trace-only events are wanted too.
    virtual void observe(Peer peer, const CoreEvent& event) = 0;
    bool tracing_ = false;
};

} // namespace tcplab
