#include "trace_fields.h"

#include "congestion_control.h"

#include <array>
#include <cstdio>

namespace tcplab {

namespace {
constexpr std::array<std::string_view, 8> kKindNames
    = { "state", "send", "arrive", "drop", "timer", "app", "stray", "note" };

TraceField number(std::string key, long long value)
{
    return { std::move(key), std::to_string(value), TraceField::Type::Number };
}
TraceField text(std::string key, std::string_view value)
{
    return { std::move(key), std::string(value), TraceField::Type::String };
}
TraceField boolean(std::string key, bool value)
{
    return { std::move(key), value ? "true" : "false", TraceField::Type::Boolean };
}

void appendJson(std::string& out, const TraceFields& fields)
{
    out += '{';
    bool first = true;
    for (const TraceField& f : fields) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += f.key;
        out += "\":";
        if (f.type == TraceField::Type::String) {
            out += '"';
            out += jsonEscape(f.value);
            out += '"';
        } else {
            out += f.value;
        }
    }
    out += '}';
}
} // namespace

std::string_view traceKindName(TraceKind kind)
{
    return kKindNames[static_cast<int>(kind)];
}

bool parseTraceKind(std::string_view name, TraceKind& out)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == name) {
            out = static_cast<TraceKind>(i);
            return true;
        }
    }
    return false;
}

std::string jsonEscape(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (char c : in) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out;
}

TraceFields segmentFields(const Segment& s)
{
    TraceFields f;
    f.push_back(number("id", static_cast<long long>(s.id)));
    f.push_back(text("flags", flagsToString(s.flags)));
    f.push_back(number("seq", s.seq.value()));
    f.push_back(number("ack", s.ack.value()));
    f.push_back(number("len", s.len));
    f.push_back(number("inc", s.incarnation));
    if (s.copyOf != 0)
        f.push_back(number("copy_of", static_cast<long long>(s.copyOf)));
    if (s.hasTimestamps) {
        f.push_back(number("tsval", s.tsVal));
        f.push_back(number("tsecr", s.tsEcr));
    }
    f.push_back(text("src", addressToString(s.srcAddr) + ":" + std::to_string(s.srcPort)));
    f.push_back(text("dst", addressToString(s.dstAddr) + ":" + std::to_string(s.dstPort)));
    if (s.text)
        f.push_back(text("text", *s.text));
    return f;
}

TraceFields traceFields(const TraceEvent& e)
{
    TraceFields f;
    f.push_back(number("t_us", e.t_us));
    f.push_back(text("ev", traceKindName(e.kind)));
    f.push_back(text("peer", peerName(e.peer)));
    if (e.sock != 0)
        f.push_back(number("sock", e.sock));
    switch (e.kind) {
    case TraceKind::State:
        f.push_back(text("from", stateName(e.from)));
        f.push_back(text("to", stateName(e.to)));
        f.push_back(text("cause", e.cause));
        break;
    case TraceKind::Send:
    case TraceKind::Arrive:
    case TraceKind::Drop:
    case TraceKind::Stray: {
        std::string seg;
        appendJson(seg, segmentFields(*e.segment));
        f.push_back({ "seg", seg, TraceField::Type::Object });
        if (e.kind == TraceKind::Send && e.segment->sender.known) {
            // The sender's window as it sent the segment (RFC 5681): added fields, after `seg`;
            // ssthresh is omitted while it is still "arbitrarily high" (no loss yet).
            const SenderWindow& w = e.segment->sender;
            f.push_back(number("cwnd", w.cwnd));
            if (w.ssthresh != CongestionControl::kInfiniteSsthresh)
                f.push_back(number("ssthresh", w.ssthresh));
            f.push_back(number("flight", w.inFlight));
        }
        if (e.kind == TraceKind::Drop)
            f.push_back(text("reason", dropReasonName(e.reason)));
        if (e.kind == TraceKind::Stray)
            f.push_back(boolean("accepted", e.accepted));
        break;
    }
    case TraceKind::Timer:
        f.push_back(text("timer", timerKindName(e.timer)));
        f.push_back(text("what", timerActionName(e.timerAction)));
        f.push_back(number("due_us", e.due_us));
        if (e.backoff > 0)
            f.push_back(number("backoff", e.backoff));
        break;
    case TraceKind::App:
        f.push_back(text("what", appEventName(e.app)));
        if (e.app == AppEventKind::Data)
            f.push_back(number("bytes", e.bytes));
        if (!e.cause.empty())
            f.push_back(text(e.app == AppEventKind::Data ? "text" : "detail", e.cause));
        break;
    case TraceKind::Note:
        f.push_back(text("text", e.cause));
        break;
    }
    return f;
}

std::string traceToJsonLine(const TraceEvent& event)
{
    std::string out;
    out.reserve(160);
    appendJson(out, traceFields(event));
    return out;
}

} // namespace tcplab
