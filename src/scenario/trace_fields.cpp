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

// A text field as the trace shows it: the text itself (jsonEscape turns bytes that are not
// UTF-8 into U+FFFD), and when it is not valid UTF-8 also `KEY_hex`, every byte in hex, so the
// exact bytes stay readable (docs/trace-format.md). A send of "你好世界" at mss 4 cuts the
// characters across segments: each segment's text is then such a fragment.
void pushText(TraceFields& fields, const std::string& key, std::string_view value)
{
    fields.push_back(text(key, value));
    if (!isValidUtf8(value))
        fields.push_back(text(key + "_hex", hexBytes(value)));
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

std::size_t utf8SequenceLength(std::string_view in, std::size_t at)
{
    // RFC 3629 §4: the well-formed byte sequences (no overlong forms, no surrogates, at most U+10FFFF).
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(in[i]); };
    const unsigned char b0 = byte(at);
    if (b0 < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF)
        length = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        low = b0 == 0xE0 ? 0xA0 : 0x80;
        high = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        low = b0 == 0xF0 ? 0x90 : 0x80;
        high = b0 == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    if (at + length > in.size() || byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF)
            return 0;
    return length;
}

bool isValidUtf8(std::string_view in)
{
    for (std::size_t i = 0; i < in.size();) {
        const std::size_t length = utf8SequenceLength(in, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

std::string hexBytes(std::string_view in)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(in.size() * 2);
    for (char c : in) {
        out += kDigits[static_cast<unsigned char>(c) >> 4];
        out += kDigits[static_cast<unsigned char>(c) & 0x0F];
    }
    return out;
}

std::string jsonEscape(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const std::size_t length = utf8SequenceLength(in, i);
            if (length == 0) {
                out += "\\ufffd"; // a byte that is not part of a UTF-8 character: the replacement character
            } else {
                out.append(in.substr(i, length));
                i += length - 1;
            }
            continue;
        }
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
        pushText(f, "text", *s.text);
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
            pushText(f, e.app == AppEventKind::Data ? "text" : "detail", e.cause);
        break;
    case TraceKind::Note:
        pushText(f, "text", e.cause);
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
