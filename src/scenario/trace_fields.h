#pragma once
#include "trace_event.h"

#include <string>
#include <utility>
#include <vector>

namespace tcplab {

// A trace event as the ordered fields of its JSON line. The JSON Lines writer prints them and
// the expectation checker filters on them, so both always agree on names and values.
struct TraceField {
    std::string key;
    std::string value; // as text: numbers and booleans unquoted, strings raw (unescaped)
    enum class Type { Number, Boolean, String, Object } type = Type::String;
};

using TraceFields = std::vector<TraceField>;

TraceFields traceFields(const TraceEvent& event);
// The segment's own fields ("id", "flags", …), also flattened into the event's for filtering.
TraceFields segmentFields(const Segment& segment);
std::string_view traceKindName(TraceKind kind);
bool parseTraceKind(std::string_view name, TraceKind& out);

// One JSON object on one line, keys in contract order (docs/trace-format.md).
std::string traceToJsonLine(const TraceEvent& event);
std::string jsonEscape(std::string_view text);
// RFC 3629 well-formed UTF-8.
bool isValidUtf8(std::string_view text);
// Every byte as two lowercase hex digits ("e4bd").
std::string hexBytes(std::string_view bytes);

} // namespace tcplab
