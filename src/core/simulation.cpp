#include "simulation.h"

#include <algorithm>

namespace tcplab {

namespace {
constexpr std::uint64_t kIsnSeedSalt = 0x5DEECE66Dull;

SegmentClass primaryClassOf(const Segment& s)
{
    for (SegmentClass c : {SegmentClass::Rst, SegmentClass::SynAck, SegmentClass::Syn, SegmentClass::Fin,
                           SegmentClass::Data, SegmentClass::PureAck})
        if (segmentMatches(s, c))
            return c;
    return SegmentClass::Any;
}
} // namespace

std::string_view actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Listen: return "listen";
    case ActionKind::Connect: return "connect";
    case ActionKind::Send: return "send";
    case ActionKind::Close: return "close";
    case ActionKind::Shutdown: return "shutdown";
    case ActionKind::Abort: return "abort";
    case ActionKind::Crash: return "crash";
    case ActionKind::NeverClose: return "never_close";
    case ActionKind::SynFlood: return "syn_flood";
    }
    return "listen";
}

std::string_view faultActionName(FaultAction action)
{
    switch (action) {
    case FaultAction::Drop: return "drop";
    case FaultAction::Delay: return "delay";
    case FaultAction::Duplicate: return "duplicate";
    }
    return "drop";
}

Simulation::Simulation(ScenarioSpec spec)
    : spec_(std::move(spec)), lossRng_(spec_.params.seed), isnRng_(spec_.params.seed ^ kIsnSeedSalt)
{
    client_ = std::make_unique<Host>(*this, Peer::Client, spec_.client.addr);
    server_ = std::make_unique<Host>(*this, Peer::Server, spec_.server.addr);
    faultMatches_.assign(spec_.faults.size(), 0);
    for (std::size_t i = 0; i < spec_.steps.size(); ++i)
        if (spec_.steps[i].independent)
            scheduler_.schedule(spec_.steps[i].trigger.atUs, kIndependentStep, 0, i);
    armNextStep();
}

Simulation::~Simulation() = default;

// ---------------------------------------------------------------- running

void Simulation::runUntil(TimeUs t)
{
    while (!scheduler_.empty() && scheduler_.nextTime() <= t) {
        dispatch(scheduler_.pop());
        client_->reap();
        server_->reap();
    }
    scheduler_.advanceTo(t);
}

bool Simulation::stepInstant()
{
    if (scheduler_.empty())
        return false;
    runUntil(scheduler_.nextTime());
    return true;
}

std::optional<TimeUs> Simulation::nextEventTime() const
{
    if (scheduler_.empty())
        return std::nullopt;
    return scheduler_.nextTime();
}

void Simulation::dispatch(const ScheduledEvent& event)
{
    ++eventsProcessed_;
    switch (event.kind) {
    case kArrival:
        arrive(static_cast<std::uint32_t>(event.b));
        return;
    case kTimer: {
        Peer peer = (event.a & 1u) ? Peer::Server : Peer::Client;
        auto kind = static_cast<TimerKind>(event.a >> 1);
        host(peer).timerFired(static_cast<int>(event.b >> 32), kind, static_cast<std::uint32_t>(event.b));
        return;
    }
    case kStep: {
        const Step& step = spec_.steps[event.b];
        nextStep_ = event.b + 1;
        perform(step.action);
        armNextStep();
        return;
    }
    case kIndependentStep:
        perform(spec_.steps[event.b].action);
        return;
    case kPendingStep: {
        // One SYN of a flood: a = which flood, b = which SYN.
        synFlood(event.a, static_cast<int>(event.b));
        return;
    }
    case kUser:
        if (appHandler_)
            appHandler_->onUserEvent(*this, event.b);
        return;
    }
}

void Simulation::finish()
{
    if (finished_)
        return;
    finished_ = true;
    for (std::size_t i = 0; i < spec_.faults.size(); ++i) {
        const FaultSpec& f = spec_.faults[i];
        if (faultMatches_[i] >= f.nth)
            continue;
        note(f.peer, 0,
             "fault never matched: faults[" + std::to_string(i) + "] (" + std::string(segmentClassName(f.match))
                 + " #" + std::to_string(f.nth) + ", " + std::string(faultActionName(f.action)) + "); only "
                 + std::to_string(faultMatches_[i]) + " matching segment(s) were sent");
    }
}

void Simulation::scheduleUser(TimeUs time, std::uint64_t tag) { scheduler_.schedule(time, kUser, 0, tag); }

void Simulation::scheduleTimer(Peer peer, int sock, TimerKind kind, TimeUs due, std::uint32_t generation)
{
    std::uint32_t a = (peer == Peer::Server ? 1u : 0u) | (static_cast<std::uint32_t>(kind) << 1);
    scheduler_.schedule(due, kTimer, a, (std::uint64_t(static_cast<std::uint32_t>(sock)) << 32) | generation);
}

// ---------------------------------------------------------------- the network

void Simulation::transmit(Peer from, Segment segment)
{
    segment.id = nextSegmentId_++;
    segment.bornUs = now();
    Flight flight;
    flight.from = from;
    flight.sentUs = now();
    flight.primaryClass = primaryClassOf(segment);
    auto& counts = classCounts_[static_cast<int>(from)];
    flight.nthOfClass = ++counts[static_cast<int>(flight.primaryClass)];
    flight.segment = std::move(segment);

    if (tracing()) {
        TraceEvent e;
        e.kind = TraceKind::Send;
        e.peer = from;
        e.segment = &flight.segment;
        publish(e);
    }
    if (spec_.params.loss > 0.0) {
        double draw = static_cast<double>(lossRng_() >> 11) * 0x1.0p-53;
        if (draw < spec_.params.loss) {
            flight.doomed = true;
            flight.doomReason = DropReason::Loss;
        }
    }
    TimeUs extraUs = 0;
    std::vector<TimeUs> duplicateDelays;
    for (std::size_t i = 0; i < spec_.faults.size(); ++i) {
        const FaultSpec& f = spec_.faults[i];
        if (f.peer != from || !segmentMatches(flight.segment, f.match))
            continue;
        if (++faultMatches_[i] != f.nth)
            continue;
        switch (f.action) {
        case FaultAction::Drop:
            flight.doomed = true;
            flight.doomReason = DropReason::Fault;
            break;
        case FaultAction::Delay:
            extraUs += msToUs(f.delayMs);
            break;
        case FaultAction::Duplicate:
            duplicateDelays.push_back(msToUs(f.delayMs));
            break;
        }
    }
    const TimeUs arriveUs = now() + msToUs(spec_.params.delay_ms) + extraUs;
    for (TimeUs d : duplicateDelays) {
        Flight copy = flight;
        copy.segment.copyOf = flight.segment.id;
        copy.segment.id = nextSegmentId_++;
        copy.doomed = false;
        launch(std::move(copy), arriveUs + d);
    }
    launch(std::move(flight), arriveUs);
}

std::uint32_t Simulation::launch(Flight flight, TimeUs arriveUs)
{
    flight.inUse = true;
    flight.arriveUs = arriveUs;
    flight.extraDelayUs = 0;
    // The network's promise: nothing older than MSL is delivered; it dies at MSL instead.
    const TimeUs deathUs = flight.segment.bornUs + msToUs(spec_.params.msl_ms);
    flight.expires = arriveUs > deathUs;
    std::uint32_t slot;
    if (!freeFlights_.empty()) {
        slot = freeFlights_.back();
        freeFlights_.pop_back();
        flights_[slot] = std::move(flight);
    } else {
        slot = static_cast<std::uint32_t>(flights_.size());
        flights_.push_back(std::move(flight));
    }
    const Flight& f = flights_[slot];
    scheduler_.schedule(f.expires ? deathUs : f.arriveUs, kArrival, 0, slot);
    return slot;
}

void Simulation::arrive(std::uint32_t slot)
{
    Flight& f = flights_[slot];
    if (f.extraDelayUs > 0 && !f.expires) {
        // Delayed by hand while in flight: it travels on.
        Flight moved = std::move(f);
        f.inUse = false;
        freeFlights_.push_back(slot);
        TimeUs arriveUs = now() + moved.extraDelayUs;
        launch(std::move(moved), arriveUs);
        return;
    }
    Flight flight = std::move(f);
    f.inUse = false;
    f.segment.text.reset();
    freeFlights_.push_back(slot);
    const Peer to = otherPeer(flight.from);
    if (flight.expires) {
        dropEvent(to, flight.segment, DropReason::Expired);
        return;
    }
    if (flight.doomed) {
        dropEvent(to, flight.segment, flight.doomReason);
        return;
    }
    if (flight.segment.dstAddr == host(to).address())
        host(to).deliver(flight.segment);
    else
        dropEvent(to, flight.segment, DropReason::NoRoute);
}

Simulation::Flight* Simulation::findFlight(std::uint64_t segmentId)
{
    for (Flight& f : flights_)
        if (f.inUse && f.segment.id == segmentId)
            return &f;
    return nullptr;
}

FaultSpec Simulation::ruleFor(const Flight& flight, FaultAction action, std::int64_t delayMs) const
{
    FaultSpec rule;
    rule.peer = flight.from;
    rule.match = flight.primaryClass;
    rule.nth = flight.nthOfClass;
    rule.action = action;
    rule.delayMs = delayMs;
    return rule;
}

std::optional<FaultSpec> Simulation::dropInFlight(std::uint64_t segmentId)
{
    Flight* f = findFlight(segmentId);
    if (!f || f->doomed || f->expires)
        return std::nullopt;
    f->doomed = true;
    f->doomReason = DropReason::Fault;
    if (f->segment.copyOf != 0)
        return std::nullopt;
    return ruleFor(*f, FaultAction::Drop, 0);
}

std::optional<FaultSpec> Simulation::delayInFlight(std::uint64_t segmentId, std::int64_t delayMs)
{
    Flight* f = findFlight(segmentId);
    if (!f || f->expires || delayMs <= 0)
        return std::nullopt;
    f->extraDelayUs += msToUs(delayMs);
    f->arriveUs += msToUs(delayMs);
    if (f->segment.copyOf != 0)
        return std::nullopt;
    return ruleFor(*f, FaultAction::Delay, delayMs);
}

std::optional<FaultSpec> Simulation::duplicateInFlight(std::uint64_t segmentId, std::int64_t delayMs)
{
    Flight* f = findFlight(segmentId);
    if (!f || f->expires || delayMs < 0)
        return std::nullopt;
    Flight copy = *f;
    FaultSpec rule = ruleFor(*f, FaultAction::Duplicate, delayMs);
    const bool isCopy = f->segment.copyOf != 0;
    copy.segment.copyOf = f->segment.id;
    copy.segment.id = nextSegmentId_++;
    copy.doomed = false;
    launch(std::move(copy), f->arriveUs + msToUs(delayMs));
    if (isCopy)
        return std::nullopt;
    return rule;
}

// ---------------------------------------------------------------- trace

void Simulation::publish(TraceEvent& event)
{
    event.t_us = now();
    for (TraceSink* sink : sinks_)
        sink->onTrace(event);
}

void Simulation::stateEvent(Peer peer, int sock, TcpState from, TcpState to, std::string_view cause)
{
    if (tracing()) {
        TraceEvent e;
        e.kind = TraceKind::State;
        e.peer = peer;
        e.sock = sock;
        e.from = from;
        e.to = to;
        e.cause = cause;
        publish(e);
    }
    scriptSawEvent(peer, true, to, AppEventKind::Connected);
}

void Simulation::timerEvent(Peer peer, int sock, TimerKind kind, TimerAction action, TimeUs due, int backoff)
{
    if (!tracing())
        return;
    TraceEvent e;
    e.kind = TraceKind::Timer;
    e.peer = peer;
    e.sock = sock;
    e.timer = kind;
    e.timerAction = action;
    e.due_us = due;
    e.backoff = backoff;
    publish(e);
}

void Simulation::appEvent(Peer peer, Endpoint& endpoint, AppEventKind kind, std::int64_t bytes, std::string_view detail)
{
    if (tracing()) {
        TraceEvent e;
        e.kind = TraceKind::App;
        e.peer = peer;
        e.sock = endpoint.sock();
        e.app = kind;
        e.bytes = bytes;
        e.cause = detail;
        publish(e);
    }
    scriptSawEvent(peer, false, TcpState::Closed, kind);
    if (appHandler_)
        appHandler_->onAppEvent(*this, peer, endpoint, kind, bytes);
}

void Simulation::appError(Peer peer, const std::string& what)
{
    if (tracing()) {
        TraceEvent e;
        e.kind = TraceKind::App;
        e.peer = peer;
        e.app = AppEventKind::Error;
        e.cause = what;
        publish(e);
    }
    scriptSawEvent(peer, false, TcpState::Closed, AppEventKind::Error);
}

void Simulation::arriveEvent(Peer peer, const Segment& segment)
{
    if (!tracing())
        return;
    TraceEvent e;
    e.kind = TraceKind::Arrive;
    e.peer = peer;
    e.segment = &segment;
    publish(e);
}

void Simulation::dropEvent(Peer peer, const Segment& segment, DropReason reason, TcpState at)
{
    if (!tracing())
        return;
    TraceEvent e;
    e.kind = TraceKind::Drop;
    e.peer = peer;
    e.segment = &segment;
    e.reason = reason;
    e.from = at;
    publish(e);
}

void Simulation::strayEvent(Peer peer, int sock, const Segment& segment, bool accepted)
{
    if (!tracing())
        return;
    TraceEvent e;
    e.kind = TraceKind::Stray;
    e.peer = peer;
    e.sock = sock;
    e.segment = &segment;
    e.accepted = accepted;
    publish(e);
}

void Simulation::note(Peer peer, int sock, std::string_view text)
{
    if (!tracing())
        return;
    TraceEvent e;
    e.kind = TraceKind::Note;
    e.peer = peer;
    e.sock = sock;
    e.cause = text;
    publish(e);
}

void Simulation::socketRemoved(Peer peer, const Endpoint& endpoint)
{
    if (appHandler_)
        appHandler_->onSocketRemoved(*this, peer, endpoint);
}

std::uint32_t Simulation::nextIncarnation(Peer peer, const FourTuple& tuple)
{
    const FourTuple key = peer == Peer::Client ? tuple : tuple.reversed();
    TupleIncarnation& inc = incarnations_[key];
    const int who = static_cast<int>(peer);
    // Both ends opening actively at once (simultaneous open) share one incarnation.
    if (inc.number == 0 || inc.used[who]) {
        ++inc.number;
        inc.used[0] = inc.used[1] = false;
    }
    inc.used[who] = true;
    return inc.number;
}

SeqNum Simulation::chooseIsn(Peer peer, std::uint32_t incarnation)
{
    (void)incarnation;
    switch (spec_.params.isn) {
    case IsnMode::Fixed:
        return SeqNum(peer == Peer::Client ? spec_.params.isn_client : spec_.params.isn_server);
    case IsnMode::Clock:
        // RFC 793's ISN clock: one tick every 4 microseconds.
        return SeqNum(static_cast<std::uint32_t>(now() / 4) + (peer == Peer::Server ? 0x40000000u : 0u));
    case IsnMode::Random:
        return SeqNum(static_cast<std::uint32_t>(isnRng_()));
    }
    return SeqNum(0);
}

// ---------------------------------------------------------------- snapshot

Snapshot Simulation::snapshot() const
{
    Snapshot snap;
    snap.nowUs = now();
    for (Peer peer : {Peer::Client, Peer::Server}) {
        const Host& h = host(peer);
        std::vector<SocketView> views;
        for (const auto& [port, listener] : h.listeners()) {
            SocketView v;
            v.peer = peer;
            v.sock = listener.sock;
            v.listener = true;
            v.state = TcpState::Listen;
            v.tuple = {h.address(), port, 0, 0};
            views.push_back(v);
        }
        h.forEachSocket([&](const Endpoint& ep) {
            SocketView v;
            v.peer = peer;
            v.sock = ep.sock();
            v.state = ep.state();
            v.tuple = ep.tuple();
            v.incarnation = ep.incarnation();
            v.orphaned = ep.orphaned();
            v.iss = ep.iss().value();
            v.sndUna = ep.sndUna().value();
            v.sndNxt = ep.sndNxt().value();
            v.irs = ep.irs().value();
            v.rcvNxt = ep.rcvNxt().value();
            v.retransmissions = ep.retransmissions();
            v.bytesDelivered = ep.bytesDelivered();
            for (int k = 0; k < kTimerKindCount; ++k) {
                auto kind = static_cast<TimerKind>(k);
                if (ep.timerDue(kind) >= 0)
                    v.timers.push_back({kind, ep.timerStart(kind), ep.timerDue(kind)});
            }
            views.push_back(std::move(v));
        });
        std::sort(views.begin(), views.end(), [](const SocketView& x, const SocketView& y) { return x.sock < y.sock; });
        snap.sockets.insert(snap.sockets.end(), views.begin(), views.end());
    }
    for (const Flight& f : flights_) {
        if (!f.inUse)
            continue;
        FlightView v;
        v.segment = f.segment;
        v.from = f.from;
        v.sentUs = f.sentUs;
        v.arriveUs = f.expires ? f.segment.bornUs + msToUs(spec_.params.msl_ms) : f.arriveUs;
        v.doomed = f.doomed;
        v.expires = f.expires;
        snap.inFlight.push_back(std::move(v));
    }
    std::sort(snap.inFlight.begin(), snap.inFlight.end(),
              [](const FlightView& x, const FlightView& y) { return x.segment.id < y.segment.id; });
    return snap;
}

} // namespace tcplab
