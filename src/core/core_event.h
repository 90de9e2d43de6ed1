#pragma once
#include "segment.h"
#include "tcp_state.h"
#include "time_us.h"
#include "trace_event.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

namespace tcplab {

class Endpoint;

// What the core publishes, one type per kind and only the fields that kind has. Hosts,
// endpoints and the network publish these through their Context; the Simulation hands them
// to the script's triggers and the AppHandler, and — when a sink listens — flattens them into
// the TraceEvent of the trace contract (traceEventOf). Text is borrowed for the call only.
namespace event {

// A socket changed state. `from` is the state it left: LISTEN for a connection a listener
// spawned, TIME_WAIT for the RFC 6191 successor of a TIME_WAIT socket.
struct StateChanged {
    int sock = 0;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    std::string_view cause;
};
// A segment entered the network (it has its id and birth time).
struct SegmentSent {
    const Segment* segment = nullptr;
};
// A segment reached a host that exists.
struct SegmentArrived {
    const Segment* segment = nullptr;
};
// A segment was discarded; `at` is the state of the socket that discarded it (CLOSED when no
// socket did: the network, or a host with no socket for it).
struct SegmentDropped {
    const Segment* segment = nullptr;
    DropReason reason = DropReason::Fault;
    TcpState at = TcpState::Closed;
};
struct TimerChanged {
    int sock = 0;
    TimerKind timer = TimerKind::Retransmit;
    TimerAction action = TimerAction::Start;
    TimeUs dueUs = 0;
    int backoff = 0; // retransmissions behind this timer (KEEPALIVE: unanswered probes sent)
};
// What an application hears. `endpoint` is the socket it concerns, or null for an error of a
// call that has no socket (EADDRINUSE, ENOTCONN, a crashed host).
struct AppNotified {
    Endpoint* endpoint = nullptr;
    int sock = 0;
    AppEventKind app = AppEventKind::Connected;
    std::int64_t bytes = 0;
    std::string_view detail;
};
// A segment of an older incarnation reached a newer one.
struct StrayArrived {
    int sock = 0;
    const Segment* segment = nullptr;
    bool accepted = false; // its data or control was taken
};
struct Noted {
    int sock = 0;
    std::string_view text;
};
// A socket left its host's table (no trace line: the state line already says CLOSED).
struct SocketRemoved {
    const Endpoint* endpoint = nullptr;
};

} // namespace event

using CoreEvent = std::variant<event::StateChanged, event::SegmentSent, event::SegmentArrived, event::SegmentDropped,
    event::TimerChanged, event::AppNotified, event::StrayArrived, event::Noted, event::SocketRemoved>;

// The trace line of an event (t_us left 0 for the caller), or nothing for SocketRemoved.
std::optional<TraceEvent> traceEventOf(Peer peer, const CoreEvent& event);

} // namespace tcplab
