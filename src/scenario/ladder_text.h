#pragma once
#include "scenario_spec.h"
#include "segment.h"
#include "trace_event.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplab {

enum class LadderFormat : std::uint8_t { Mermaid, PlantUml };
// "mermaid" or "plantuml".
bool parseLadderFormat(std::string_view name, LadderFormat& out);

// "ACK|PSH seq=1001 ack=5001 len=13 \"GET /old-page\"": flags, seq, ack when the ACK flag is
// set, len when there is payload, the payload text when the application sent text (raw).
std::string segmentLabel(const Segment& segment);
// Virtual time for people: "1.960 s" (microseconds shown only when there are any: "0.000250 s").
std::string secondsText(TimeUs t_us);

// The ladder (sequence) diagram of a run as text for slides and notes: a Mermaid
// `sequenceDiagram` or a PlantUML `@startuml` diagram. It reads the events the trace writer
// sees, so it is a TraceSink: add it to a Simulation (or feed it recorded events), then ask for
// the text. One message per segment, in the order segments first appear in the trace (the send;
// a duplicate made by the network has no send, so its message stands where it arrives or dies);
// a dropped segment ends in a cross with the reason; duplicates, delays, strays and segments
// still in flight are said in parentheses; every state change is a note over its peer, every
// stray one over its receiver where it arrives. Documented for users in docs/cli.md.
class LadderText : public TraceSink {
public:
    // The spec names the participants (client and server addresses) and gives the one-way
    // delay, against which a segment that arrives later is called delayed.
    explicit LadderText(const ScenarioSpec& spec);
    void onTrace(const TraceEvent& event) override;

    std::string text(LadderFormat format) const;

private:
    enum class Lane : std::uint8_t { Other, Client, Server };
    struct SegmentFate {
        Segment segment; // a copy: the event's pointer is valid during onTrace only
        std::optional<TimeUs> arrivedUs;
        std::optional<DropReason> dropped;
        std::optional<bool> strayAccepted;
    };
    struct Item {
        // Arrival: where a note stands if the segment turns out to be a stray (the trace says so
        // after the receiver has answered it).
        enum class Kind : std::uint8_t { Message, State, Arrival } kind = Kind::Message;
        std::uint64_t segmentId = 0; // Message, Arrival
        Peer peer = Peer::Client; // State, Arrival: over whom the note stands
        TcpState state = TcpState::Closed;
    };

    Lane laneOf(Address address) const;
    std::string laneTitle(Lane lane) const;
    std::string messageText(const SegmentFate& fate) const;
    std::string noteText(const Item& item) const;

    PeerSpec client_;
    PeerSpec server_;
    TimeUs delayUs_ = 0;
    std::map<std::uint64_t, SegmentFate> segments_;
    std::vector<Item> items_;
};

// The same for events already recorded (their `segment` pointers valid during the call).
std::string ladderText(const ScenarioSpec& spec, const std::vector<TraceEvent>& events, LadderFormat format);

} // namespace tcplab
