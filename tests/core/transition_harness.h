#pragma once
#include "simulation.h"
#include "step_builders.h"

#include <string>
#include <vector>

namespace tcplab::testing {

// A trace event with its segment copied, so tests can look at it after the run.
struct RecordedEvent {
    TraceEvent event;
    Segment segment;
    bool hasSegment = false;
};

class RecordingSink : public TraceSink {
public:
    void onTrace(const TraceEvent& event) override;
    std::vector<RecordedEvent> events;

    // The state sequence of a peer: the first `from`, then every `to`.
    std::vector<TcpState> states(Peer peer) const;
    // Segments a peer sent, as "FLAGS seq ack" (len appended when non-zero: "ACK|PSH 1001 5001 len=100").
    std::vector<std::string> sent(Peer peer) const;
    // Times (ms) at which a peer sent segments whose flags equal `flags`.
    std::vector<long long> sendTimesMs(Peer peer, const std::string& flags) const;
    int count(TraceKind kind, Peer peer) const;
    std::vector<RecordedEvent> timerEvents(Peer peer, TimerKind kind, TimerAction action) const;
    std::vector<RecordedEvent> appEvents(Peer peer, AppEventKind kind) const;
};

ScenarioSpec baseSpec(const char* profile = "rfc9293");

// Runs the spec to `untilMs` and records everything.
RecordingSink run(const ScenarioSpec& spec, long long untilMs);

std::string statesText(const std::vector<TcpState>& states);

} // namespace tcplab::testing
