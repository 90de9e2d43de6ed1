#include "ladder_text.h"

#include <cstdio>
#include <set>

namespace tcplab {

namespace {

// A control character as it is written in C and JSON ("\r", "\n", "\t", else "\x1b"), so that a
// request's "\r\n" stays visible on one line of the diagram.
std::string controlText(char c)
{
    switch (c) {
    case '\r':
        return "\\r";
    case '\n':
        return "\\n";
    case '\t':
        return "\\t";
    default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
        return buf;
    }
    }
}

bool isControl(char c)
{
    return static_cast<unsigned char>(c) < 0x20;
}

// Mermaid ends a statement at ';' and reads '#…;' as an entity code: both, and '<' '>' (its labels
// take HTML), are written as entity codes. In both formats control characters are written out.
std::string escapeMermaid(std::string_view in)
{
    std::string out;
    for (char c : in) {
        switch (c) {
        case '#':
            out += "#35;";
            break;
        case ';':
            out += "#59;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        default:
            out += isControl(c) ? controlText(c) : std::string(1, c);
        }
    }
    return out;
}

// PlantUML reads "\n" in a label as a line break, '<' as the start of a tag and doubled marks
// (**bold**, //italic//, ""mono"", __underline__, --strike--) as creole: a backslash is doubled,
// '<' and doubled marks get PlantUML's escape character '~'.
std::string escapePlantUml(std::string_view in)
{
    constexpr std::string_view kDoubled = "*/\"_-";
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\\') {
            out += "\\\\";
        } else if (isControl(c)) {
            out += '\\'; // its own backslash doubled too
            out += controlText(c);
        } else if (c == '<') {
            out += "~<";
        } else if (kDoubled.find(c) != std::string_view::npos && i + 1 < in.size() && in[i + 1] == c) {
            out += '~';
            out += c;
            out += c;
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

const char* laneId(int lane)
{
    static const char* const kIds[] = { "Other", "Client", "Server" };
    return kIds[lane];
}

} // namespace

bool parseLadderFormat(std::string_view name, LadderFormat& out)
{
    if (name == "mermaid")
        out = LadderFormat::Mermaid;
    else if (name == "plantuml")
        out = LadderFormat::PlantUml;
    else
        return false;
    return true;
}

std::string segmentLabel(const Segment& s)
{
    std::string out = flagsToString(s.flags);
    out += " seq=" + std::to_string(s.seq.value());
    if (s.has(kAck))
        out += " ack=" + std::to_string(s.ack.value());
    if (s.len > 0)
        out += " len=" + std::to_string(s.len);
    if (s.text) {
        out += " \"";
        out += *s.text;
        out += '"';
    }
    return out;
}

std::string secondsText(TimeUs t_us)
{
    char buf[40];
    const char* sign = t_us < 0 ? "-" : "";
    const TimeUs magnitude = t_us < 0 ? -t_us : t_us;
    if (magnitude % 1000 == 0)
        std::snprintf(buf, sizeof buf, "%s%lld.%03lld s", sign, static_cast<long long>(magnitude / 1'000'000),
            static_cast<long long>(magnitude / 1000 % 1000));
    else
        std::snprintf(buf, sizeof buf, "%s%lld.%06lld s", sign, static_cast<long long>(magnitude / 1'000'000),
            static_cast<long long>(magnitude % 1'000'000));
    return buf;
}

LadderText::LadderText(const ScenarioSpec& spec)
    : client_(spec.client)
    , server_(spec.server)
    , delayUs_(msToUs(spec.params.delay_ms))
{
}

void LadderText::onTrace(const TraceEvent& event)
{
    if (event.kind == TraceKind::State) {
        Item item;
        item.kind = Item::Kind::State;
        item.peer = event.peer;
        item.state = event.to;
        items_.push_back(item);
        return;
    }
    if (!event.segment
        || (event.kind != TraceKind::Send && event.kind != TraceKind::Arrive && event.kind != TraceKind::Drop
            && event.kind != TraceKind::Stray))
        return;
    const std::uint64_t id = event.segment->id;
    auto [it, first] = segments_.try_emplace(id);
    SegmentFate& fate = it->second;
    if (first) {
        fate.segment = *event.segment;
        Item item;
        item.segmentId = id;
        items_.push_back(item);
    }
    switch (event.kind) {
    case TraceKind::Arrive: {
        fate.arrivedUs = event.t_us;
        Item item;
        item.kind = Item::Kind::Arrival;
        item.segmentId = id;
        item.peer = event.peer;
        items_.push_back(item);
        break;
    }
    case TraceKind::Drop:
        fate.dropped = event.reason;
        break;
    case TraceKind::Stray: {
        fate.strayAccepted = event.accepted;
        break;
    }
    default:
        break;
    }
}

LadderText::Lane LadderText::laneOf(Address address) const
{
    if (address == client_.addr)
        return Lane::Client;
    if (address == server_.addr)
        return Lane::Server;
    return Lane::Other;
}

// "Client 192.0.2.1:49152"; the ports the run used when they are not just the scenario's.
std::string LadderText::laneTitle(Lane lane) const
{
    if (lane == Lane::Other)
        return "other addresses";
    const PeerSpec& spec = lane == Lane::Client ? client_ : server_;
    std::set<std::uint16_t> ports;
    for (const auto& [id, fate] : segments_) {
        const Segment& s = fate.segment;
        if (s.srcAddr == spec.addr)
            ports.insert(s.srcPort);
        if (s.dstAddr == spec.addr)
            ports.insert(s.dstPort);
    }
    if (ports.empty())
        ports.insert(spec.port);
    std::string out = lane == Lane::Client ? "Client " : "Server ";
    out += addressToString(spec.addr);
    // Appended piece by piece: GCC 12 warns wrongly (-Wrestrict) on chains of operator+.
    if (ports.size() == 1) {
        out += ':';
        out += std::to_string(*ports.begin());
        return out;
    }
    out += " ports";
    for (std::uint16_t port : ports) {
        out += ' ';
        out += std::to_string(port);
    }
    return out;
}

std::string LadderText::messageText(const SegmentFate& fate) const
{
    const Segment& s = fate.segment;
    std::vector<std::string> notes;
    if (laneOf(s.srcAddr) == Lane::Other)
        notes.push_back("from " + addressToString(s.srcAddr) + ":" + std::to_string(s.srcPort));
    if (laneOf(s.dstAddr) == Lane::Other)
        notes.push_back("to " + addressToString(s.dstAddr) + ":" + std::to_string(s.dstPort));
    if (s.copyOf != 0)
        notes.push_back("network duplicate, sent " + secondsText(s.bornUs));
    if (fate.arrivedUs && (s.copyOf != 0 || *fate.arrivedUs - s.bornUs > delayUs_))
        notes.push_back((s.copyOf != 0 ? "arrives " : "delayed, arrives ") + secondsText(*fate.arrivedUs));
    if (fate.strayAccepted)
        notes.push_back("stray of incarnation " + std::to_string(s.incarnation)
            + (*fate.strayAccepted ? ": accepted" : ": rejected"));
    if (fate.dropped)
        notes.push_back("dropped: " + std::string(dropReasonName(*fate.dropped)));
    else if (!fate.arrivedUs)
        notes.push_back("still in flight when the run ends");
    std::string out = segmentLabel(s);
    for (std::size_t i = 0; i < notes.size(); ++i)
        out += (i == 0 ? " (" : ", ") + notes[i];
    if (!notes.empty())
        out += ')';
    return out;
}

std::string LadderText::noteText(const Item& item) const
{
    if (item.kind == Item::Kind::State)
        return std::string(stateName(item.state));
    const SegmentFate& fate = segments_.at(item.segmentId);
    return std::string(*fate.strayAccepted ? "STRAY ACCEPTED" : "stray rejected") + ": " + segmentLabel(fate.segment)
        + " of incarnation " + std::to_string(fate.segment.incarnation);
}

std::string LadderText::text(LadderFormat format) const
{
    const bool mermaid = format == LadderFormat::Mermaid;
    auto escape = [mermaid](std::string_view in) { return mermaid ? escapeMermaid(in) : escapePlantUml(in); };
    const std::string indent = mermaid ? "    " : "";
    std::string out = mermaid ? "sequenceDiagram\n" : "@startuml\n";

    bool otherUsed = false;
    for (const auto& [id, fate] : segments_)
        otherUsed
            = otherUsed || laneOf(fate.segment.srcAddr) == Lane::Other || laneOf(fate.segment.dstAddr) == Lane::Other;
    for (Lane lane : { Lane::Other, Lane::Client, Lane::Server }) {
        if (lane == Lane::Other && !otherUsed)
            continue;
        const int index = static_cast<int>(lane);
        if (mermaid)
            out += indent + "participant " + laneId(index) + " as " + escape(laneTitle(lane)) + "\n";
        else
            out += "participant \"" + escape(laneTitle(lane)) + "\" as " + laneId(index) + "\n";
    }

    for (const Item& item : items_) {
        if (item.kind == Item::Kind::Arrival && !segments_.at(item.segmentId).strayAccepted)
            continue;
        if (item.kind != Item::Kind::Message) {
            const char* over = item.peer == Peer::Client ? "Client" : "Server";
            out += indent + (mermaid ? "Note over " : "note over ") + over + (mermaid ? ": " : " : ")
                + escape(noteText(item)) + "\n";
            continue;
        }
        const SegmentFate& fate = segments_.at(item.segmentId);
        const char* from = laneId(static_cast<int>(laneOf(fate.segment.srcAddr)));
        const char* to = laneId(static_cast<int>(laneOf(fate.segment.dstAddr)));
        const bool dropped = fate.dropped.has_value();
        if (mermaid)
            out += indent + from + (dropped ? "-x" : "->>") + to + ": ";
        else
            out += std::string(from) + (dropped ? " ->x " : " -> ") + to + " : ";
        out += escape(messageText(fate)) + "\n";
    }
    if (!mermaid)
        out += "@enduml\n";
    return out;
}

std::string ladderText(const ScenarioSpec& spec, const std::vector<TraceEvent>& events, LadderFormat format)
{
    LadderText ladder(spec);
    for (const TraceEvent& event : events)
        ladder.onTrace(event);
    return ladder.text(format);
}

} // namespace tcplab
