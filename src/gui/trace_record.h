#pragma once
#include "segment.h"
#include "trace_event.h"

#include <optional>

namespace tcplab {

// A trace event as the GUI keeps it. The core's TraceEvent only points at a segment for the
// duration of the call, so the segment is copied here and `event.segment` is left null.
struct TraceRecord {
    TraceEvent event;
    std::optional<Segment> segment;
};

} // namespace tcplab
