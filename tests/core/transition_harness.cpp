#include "transition_harness.h"

namespace tcplab::testing {

void RecordingSink::onTrace(const TraceEvent& event)
{
    RecordedEvent r;
    r.event = event;
    if (event.segment) {
        r.segment = *event.segment;
        r.hasSegment = true;
    }
    r.event.segment = nullptr;
    events.push_back(std::move(r));
}

std::vector<TcpState> RecordingSink::states(Peer peer) const
{
    std::vector<TcpState> out;
    for (const RecordedEvent& r : events) {
        if (r.event.kind != TraceKind::State || r.event.peer != peer)
            continue;
        if (out.empty())
            out.push_back(r.event.from);
        out.push_back(r.event.to);
    }
    return out;
}

std::vector<std::string> RecordingSink::sent(Peer peer) const
{
    std::vector<std::string> out;
    for (const RecordedEvent& r : events) {
        if (r.event.kind != TraceKind::Send || r.event.peer != peer)
            continue;
        std::string line = flagsToString(r.segment.flags) + " " + std::to_string(r.segment.seq.value()) + " "
            + std::to_string(r.segment.ack.value());
        if (r.segment.len)
            line += " len=" + std::to_string(r.segment.len);
        out.push_back(line);
    }
    return out;
}

std::vector<long long> RecordingSink::sendTimesMs(Peer peer, const std::string& flags) const
{
    std::vector<long long> out;
    for (const RecordedEvent& r : events)
        if (r.event.kind == TraceKind::Send && r.event.peer == peer && flagsToString(r.segment.flags) == flags)
            out.push_back(r.event.t_us / 1000);
    return out;
}

int RecordingSink::count(TraceKind kind, Peer peer) const
{
    int n = 0;
    for (const RecordedEvent& r : events)
        n += r.event.kind == kind && r.event.peer == peer;
    return n;
}

std::vector<RecordedEvent> RecordingSink::timerEvents(Peer peer, TimerKind kind, TimerAction action) const
{
    std::vector<RecordedEvent> out;
    for (const RecordedEvent& r : events)
        if (r.event.kind == TraceKind::Timer && r.event.peer == peer && r.event.timer == kind
            && r.event.timerAction == action)
            out.push_back(r);
    return out;
}

std::vector<RecordedEvent> RecordingSink::appEvents(Peer peer, AppEventKind kind) const
{
    std::vector<RecordedEvent> out;
    for (const RecordedEvent& r : events)
        if (r.event.kind == TraceKind::App && r.event.peer == peer && r.event.app == kind)
            out.push_back(r);
    return out;
}

ScenarioSpec baseSpec(const char* profile)
{
    ScenarioSpec spec;
    spec.params = *profileDefaults(profile);
    spec.params.delay_ms = 50;
    spec.params.isn = IsnMode::Fixed;
    spec.params.isn_client = 1000;
    spec.params.isn_server = 5000;
    return spec;
}

RecordingSink run(const ScenarioSpec& spec, long long untilMs)
{
    RecordingSink sink;
    Simulation sim(spec);
    sim.addSink(&sink);
    sim.runUntil(msToUs(untilMs));
    sim.finish();
    return sink;
}

std::string statesText(const std::vector<TcpState>& states)
{
    std::string out;
    for (TcpState s : states) {
        if (!out.empty())
            out += ' ';
        out += stateName(s);
    }
    return out;
}

} // namespace tcplab::testing
