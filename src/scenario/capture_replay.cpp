#include "capture_replay.h"

#include "capture_state_inference.h"

#include <algorithm>
#include <map>

namespace tcplab {

namespace {

// When the capture shows no exchange to measure (one direction only), a guess: 1 ms.
constexpr TimeUs kUnmeasuredOneWayUs = 1000;

// The inference places every transition at the instant it is told; this one collects them so
// the replay can put the sender's at its send instant and the receiver's at its arrival.
class StateCollector : public TraceSink {
public:
    void onTrace(const TraceEvent& e) override
    {
        if (e.kind == TraceKind::State)
            states.push_back(e);
    }
    std::vector<TraceEvent> states;
};

} // namespace

CaptureReplay::CaptureReplay(const CaptureConnection& connection)
    : data_(std::make_shared<Data>())
{
    data_->connection = connection;
}

CaptureReplay::CaptureReplay(const CaptureConnection& connection, std::vector<CapturedSegment> segments)
    : CaptureReplay(connection)
{
    estimateTiming(segments);
    buildEvents(segments, {});
}

std::optional<CaptureReplay> CaptureReplay::build(
    const CaptureConnection& connection, std::vector<CapturedSegment> segments, const CaptureProgress& progress)
{
    CaptureReplay replay(connection);
    replay.estimateTiming(segments);
    if (!replay.buildEvents(segments, progress))
        return std::nullopt;
    return replay;
}

void CaptureReplay::estimateTiming(const std::vector<CapturedSegment>& segments)
{
    // The shortest wait, per end, from one of its segments to the other end's next one.
    std::array<std::optional<TimeUs>, 2> shortest;
    for (std::size_t i = 1; i < segments.size(); ++i) {
        const bool prevClient = data_->connection.sentByClient(segments[i - 1].segment);
        if (prevClient == data_->connection.sentByClient(segments[i].segment))
            continue;
        auto& best = shortest[prevClient ? 0 : 1];
        const TimeUs gap = segments[i].t_us - segments[i - 1].t_us;
        best = best ? std::min(*best, gap) : gap;
    }
    const TimeUs client = shortest[0].value_or(-1);
    const TimeUs server = shortest[1].value_or(-1);
    data_->capturePoint = server > client ? Peer::Server : Peer::Client;
    const TimeUs roundTrip = std::max(client, server);
    data_->oneWayUs = roundTrip < 0 ? kUnmeasuredOneWayUs : std::max<TimeUs>(1, roundTrip / 2);
}

bool CaptureReplay::buildEvents(const std::vector<CapturedSegment>& segments, const CaptureProgress& progress)
{
    // Where the time goes on a big capture: the loop below (a few events a segment), then the
    // events put in order (the sort of their keys cannot be stopped midway).
    constexpr double kLoopShare = 0.6;
    const double total = segments.empty() ? 1.0 : double(segments.size());
    struct Ordered {
        Event e;
        std::size_t order;
    };
    std::vector<Ordered> ordered;
    std::size_t counter = 0;
    const auto push = [&](TraceEvent ev, int flight) {
        ordered.push_back({ { std::move(ev), flight }, 2 * counter++ });
        return ordered.back().order;
    };
    std::vector<std::size_t> sendOrder; // per flight: the order key of its send event
    // Per sender: the flight that last carried each sequence number (a retransmission repeats it).
    std::array<std::map<std::uint32_t, int>, 2> lastCarrier;
    std::array<std::map<std::uint32_t, int>, 2> retries;

    StateCollector collector;
    CaptureStateInference inference(collector);
    bool first = true;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i % kProgressEveryPackets == 0 && progress && !progress(kLoopShare * double(i) / total))
            return false;
        const CapturedSegment& c = segments[i];
        const Peer sender = data_->connection.sentByClient(c.segment) ? Peer::Client : Peer::Server;
        const Peer receiver = otherPeer(sender);
        Flight f;
        f.segment = c.segment;
        f.from = sender;
        // Seen at the capture point: our segments when they leave, the far end's when they arrive.
        f.sentUs = sender == data_->capturePoint ? c.t_us + data_->oneWayUs : c.t_us;
        f.arriveUs = f.sentUs + data_->oneWayUs;
        f.segment.bornUs = f.sentUs;
        const int flight = int(data_->flights.size());
        data_->flights.push_back(f);

        if (f.segment.seqLength() > 0) {
            auto& carriers = lastCarrier[index(sender)];
            const auto earlier = carriers.find(f.segment.seq.value());
            if (earlier != carriers.end()) {
                // What the capture implies: the sender's timer ran from the last transmission
                // to this one (RFC 6298 §5.4; a SYN's own timer for a SYN).
                const Flight& before = data_->flights[std::size_t(earlier->second)];
                ImpliedTimer timer { sender, f.segment.has(kSyn) ? TimerKind::SynRetry : TimerKind::Retransmit,
                    before.sentUs, f.sentUs };
                data_->impliedTimers.push_back(timer);
                const int backoff = ++retries[index(sender)][f.segment.seq.value()];
                TraceEvent start;
                start.t_us = timer.startUs;
                start.kind = TraceKind::Timer;
                start.peer = sender;
                start.sock = 1;
                start.timer = timer.kind;
                start.timerAction = TimerAction::Start;
                start.due_us = timer.dueUs;
                start.backoff = backoff - 1;
                ordered.push_back({ { start, -1 }, sendOrder[std::size_t(earlier->second)] + 1 });
                TraceEvent fire = start;
                fire.t_us = timer.dueUs;
                fire.timerAction = TimerAction::Fire;
                fire.backoff = backoff;
                push(fire, -1);
            }
            carriers[f.segment.seq.value()] = flight;
        }

        TraceEvent send;
        send.t_us = f.sentUs;
        send.kind = TraceKind::Send;
        send.peer = sender;
        sendOrder.push_back(push(send, flight));

        collector.states.clear();
        if (first && !c.segment.has(kSyn)) {
            assumeMidConnection(inference, 0); // before anything of the capture: at 0
            for (const TraceEvent& state : collector.states)
                push(state, -1);
            collector.states.clear();
        }
        first = false;
        inference.onSegment(c.t_us, c.segment, sender);
        for (TraceEvent state : collector.states) {
            if (state.peer != sender)
                continue;
            // A listener was listening before anything arrived: from the start.
            state.t_us = state.to == TcpState::Listen ? 0 : f.sentUs;
            push(state, -1);
        }
        TraceEvent arrive;
        arrive.t_us = f.arriveUs;
        arrive.kind = TraceKind::Arrive;
        arrive.peer = receiver;
        push(arrive, flight);
        if (f.segment.len > 0) {
            // What the receiving application could read: the payload's length (the capture
            // keeps no text), assumed delivered in order.
            TraceEvent data;
            data.t_us = f.arriveUs;
            data.kind = TraceKind::App;
            data.peer = receiver;
            data.sock = 1;
            data.app = AppEventKind::Data;
            data.bytes = f.segment.len;
            push(data, -1);
        }
        for (TraceEvent state : collector.states) {
            if (state.peer != receiver)
                continue;
            state.t_us = state.to == TcpState::Listen ? 0 : f.arriveUs;
            push(state, -1);
        }
    }
    if (progress && !progress(kLoopShare))
        return false;
    // Sorted by small keys, not the events themselves (a few times faster on a million
    // segments, and what follows can stop); `order` is unique, so the order is stable's.
    struct Key {
        TimeUs t_us;
        std::size_t order;
        std::size_t at;
    };
    std::vector<Key> keys;
    keys.reserve(ordered.size());
    for (std::size_t i = 0; i < ordered.size(); ++i)
        keys.push_back({ ordered[i].e.event.t_us, ordered[i].order, i });
    std::sort(keys.begin(), keys.end(),
        [](const Key& a, const Key& b) { return a.t_us != b.t_us ? a.t_us < b.t_us : a.order < b.order; });
    data_->events.reserve(ordered.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i % kProgressEveryPackets == 0 && progress
            && !progress(kLoopShare + (1 - kLoopShare) * double(i) / double(keys.size())))
            return false;
        data_->events.push_back(std::move(ordered[keys[i].at].e));
    }
    return true;
}

void CaptureReplay::apply(const Event& e)
{
    PeerProgress& p = progress_[index(e.event.peer)];
    switch (e.event.kind) {
    case TraceKind::State:
        p.state = e.event.to;
        break;
    case TraceKind::Send: {
        const Segment& s = data_->flights[std::size_t(e.flight)].segment;
        if (s.has(kSyn))
            p.iss = s.seq.value();
        const SeqNum end = s.seq + s.seqLength();
        // RFC 1982 order: a retransmission does not move SND.NXT back.
        if (!p.sentAny || SeqNum(p.sndNxt).before(end))
            p.sndNxt = end.value();
        p.sentAny = true;
        if (s.has(kAck))
            p.rcvNxt = s.ack.value();
        for (const ImpliedTimer& timer : data_->impliedTimers)
            p.retransmissions += timer.peer == e.event.peer && timer.dueUs == e.event.t_us ? 1 : 0;
        break;
    }
    case TraceKind::Arrive: {
        const Segment& s = data_->flights[std::size_t(e.flight)].segment;
        if (s.has(kSyn))
            p.irs = s.seq.value();
        if (s.has(kAck))
            p.sndUna = s.ack.value();
        p.bytesDelivered += s.len;
        break;
    }
    default:
        break;
    }
}

void CaptureReplay::runUntil(TimeUs t)
{
    for (; next_ < data_->events.size() && data_->events[next_].event.t_us <= t; ++next_) {
        const Event& e = data_->events[next_];
        apply(e);
        TraceEvent published = e.event;
        published.segment = e.flight >= 0 ? &data_->flights[std::size_t(e.flight)].segment : nullptr;
        for (TraceSink* sink : sinks_)
            sink->onTrace(published);
    }
    nowUs_ = std::max(nowUs_, t);
}

std::optional<TimeUs> CaptureReplay::nextEventTime() const
{
    if (next_ < data_->events.size())
        return data_->events[next_].event.t_us;
    return std::nullopt;
}

Snapshot CaptureReplay::snapshot() const
{
    Snapshot s;
    s.nowUs = nowUs_;
    for (const Peer peer : { Peer::Client, Peer::Server }) {
        const PeerProgress& p = progress_[index(peer)];
        SocketView v;
        v.peer = peer;
        v.sock = 1;
        v.listener = p.state == TcpState::Listen;
        v.state = p.state;
        const bool client = peer == Peer::Client;
        v.tuple = { client ? data_->connection.clientAddr : data_->connection.serverAddr,
            client ? data_->connection.clientPort : data_->connection.serverPort,
            client ? data_->connection.serverAddr : data_->connection.clientAddr,
            client ? data_->connection.serverPort : data_->connection.clientPort };
        v.incarnation = 1;
        v.iss = p.iss, v.sndUna = p.sndUna, v.sndNxt = p.sndNxt, v.irs = p.irs, v.rcvNxt = p.rcvNxt;
        v.retransmissions = p.retransmissions;
        v.bytesDelivered = p.bytesDelivered;
        for (const ImpliedTimer& timer : data_->impliedTimers)
            if (timer.peer == peer && timer.startUs <= nowUs_ && nowUs_ < timer.dueUs)
                v.timers.push_back({ timer.kind, timer.startUs, timer.dueUs });
        s.sockets.push_back(std::move(v));
    }
    for (const Flight& f : data_->flights)
        if (f.sentUs <= nowUs_ && nowUs_ < f.arriveUs)
            s.inFlight.push_back({ f.segment, f.from, f.sentUs, f.arriveUs, false, false });
    return s;
}

} // namespace tcplab
