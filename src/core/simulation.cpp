#include "simulation.h"

#include <algorithm>

namespace tcplab {

namespace {
constexpr std::uint64_t kIsnSeedSalt = 0x5DEECE66Dull;

template <typename... F> struct Overloaded : F... {
    using F::operator()...;
};
template <typename... F> Overloaded(F...) -> Overloaded<F...>;
} // namespace

std::string_view actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Listen:
        return "listen";
    case ActionKind::Connect:
        return "connect";
    case ActionKind::Send:
        return "send";
    case ActionKind::Close:
        return "close";
    case ActionKind::Shutdown:
        return "shutdown";
    case ActionKind::Abort:
        return "abort";
    case ActionKind::Crash:
        return "crash";
    case ActionKind::NeverClose:
        return "never_close";
    case ActionKind::SynFlood:
        return "syn_flood";
    case ActionKind::StopReading:
        return "stop_reading";
    }
    return "listen";
}

std::string_view faultActionName(FaultAction action)
{
    switch (action) {
    case FaultAction::Drop:
        return "drop";
    case FaultAction::Delay:
        return "delay";
    case FaultAction::Duplicate:
        return "duplicate";
    }
    return "drop";
}

Simulation::Simulation(ScenarioSpec spec)
    : spec_(std::move(spec))
    , network_(*this, spec_.params, spec_.faults)
    , script_(*this, spec_.steps)
    , isnRng_(spec_.params.seed ^ kIsnSeedSalt)
{
    client_ = std::make_unique<Host>(*this, Peer::Client, spec_.client.addr);
    server_ = std::make_unique<Host>(*this, Peer::Server, spec_.server.addr);
    network_.attach(*client_, *server_);
    script_.start();
}

Simulation::~Simulation() = default;

// ---------------------------------------------------------------- running

void Simulation::runUntil(TimeUs t)
{
    while (!queue_.empty() && queue_.nextTime() <= t) {
        dispatch(queue_.pop());
        client_->reap();
        server_->reap();
    }
    queue_.advanceTo(t);
}

bool Simulation::stepInstant()
{
    if (queue_.empty())
        return false;
    runUntil(queue_.nextTime());
    return true;
}

bool Simulation::stepEvent()
{
    if (queue_.empty())
        return false;
    dispatch(queue_.pop());
    client_->reap();
    server_->reap();
    return true;
}

std::optional<TimeUs> Simulation::nextEventTime() const
{
    if (queue_.empty())
        return std::nullopt;
    return queue_.nextTime();
}

void Simulation::dispatch(const QueuedEvent& queued)
{
    ++eventsProcessed_;
    std::visit(Overloaded {
                   [&](const FlightLands& e) { network_.land(e.slot); },
                   [&](const TimerDue& e) { host(e.peer).timerFired(e.sock, e.kind, e.generation); },
                   [&](const ScriptStepDue& e) { script_.run(e.step, [&](const Action& a) { perform(a); }); },
                   [&](const IndependentStepDue& e) { perform(script_.independentAction(e.step)); },
                   [&](const FloodSynDue& e) { synFlood(e.flood, e.index); },
                   [&](const UserTask& e) {
                       if (appHandler_)
                           appHandler_->onUserEvent(*this, e);
                   },
               },
        queued.what);
}

void Simulation::finish()
{
    if (finished_)
        return;
    finished_ = true;
    network_.reportUnmatchedFaults();
}

// ---------------------------------------------------------------- the one way out

void Simulation::observe(Peer peer, const CoreEvent& event)
{
    if (!sinks_.empty()) {
        if (std::optional<TraceEvent> e = traceEventOf(peer, event)) {
            e->t_us = now();
            for (TraceSink* sink : sinks_)
                sink->onTrace(*e);
        }
    }
    if (const auto* state = std::get_if<event::StateChanged>(&event)) {
        script_.saw(peer, state->to);
    } else if (const auto* app = std::get_if<event::AppNotified>(&event)) {
        script_.saw(peer, app->app);
        if (appHandler_ && app->endpoint)
            appHandler_->onAppEvent(*this, peer, *app->endpoint, app->app, app->bytes);
    } else if (const auto* removed = std::get_if<event::SocketRemoved>(&event)) {
        if (appHandler_)
            appHandler_->onSocketRemoved(*this, peer, *removed->endpoint);
    }
}

void Simulation::appError(Peer peer, std::string_view what, int sock)
{
    publish(peer, event::AppNotified { nullptr, sock, AppEventKind::Error, 0, what });
}

// ---------------------------------------------------------------- ground truth

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

SeqNum Simulation::chooseIsn(Peer peer)
{
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
    for (Peer peer : { Peer::Client, Peer::Server }) {
        const Host& h = host(peer);
        std::vector<SocketView> views;
        for (const auto& [port, listener] : h.listeners()) {
            SocketView v;
            v.peer = peer;
            v.sock = listener.sock;
            v.listener = true;
            v.state = TcpState::Listen;
            v.tuple = { h.address(), port, 0, 0 };
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
            v.cwnd = ep.cwnd();
            v.ssthresh = ep.ssthresh();
            v.inFlight = ep.inFlight();
            v.fastRecovery = ep.inFastRecovery();
            v.srttUs = ep.srttUs();
            v.rttvarUs = ep.rttvarUs();
            v.rtoUs = ep.rtoUs();
            v.heldOutOfOrder = ep.heldOutOfOrderBytes();
            for (int k = 0; k < kTimerKindCount; ++k) {
                auto kind = static_cast<TimerKind>(k);
                if (ep.timerDue(kind) >= 0)
                    v.timers.push_back({ kind, ep.timerStart(kind), ep.timerDue(kind) });
            }
            views.push_back(std::move(v));
        });
        std::sort(views.begin(), views.end(), [](const SocketView& x, const SocketView& y) { return x.sock < y.sock; });
        snap.sockets.insert(snap.sockets.end(), views.begin(), views.end());
    }
    snap.inFlight = network_.flights();
    return snap;
}

} // namespace tcplab
