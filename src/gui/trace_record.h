#pragma once
#include "segment.h"
#include "trace_event.h"

#include <optional>

namespace tcplab {

// A trace event as the GUI keeps it. The core's TraceEvent only points at a segment for the
// duration of the call, so the segment is copied here and `event.segment` is left null.
struct TraceRecord {
    // Where the event comes from: the simulation, or a capture (capture_replay.h), which sees
    // one end's segments and infers the rest.
    enum class Evidence : std::uint8_t {
        Simulated,
        Seen, // a segment leaving or reaching the capture point, that end's states
        Inferred, // the far end: when it sent and received, its states
        Implied, // a timer the capture implies (the gap before a retransmission, measured)
        Assumed, // what an application could read: the payload that arrived, in order
    };
    TraceEvent event;
    std::optional<Segment> segment;
    Evidence evidence = Evidence::Simulated;
};

} // namespace tcplab
