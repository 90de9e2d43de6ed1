#pragma once
#include "context.h"
#include "host.h"
#include "network.h"
#include "params.h"
#include "scenario_spec.h"
#include "scheduler.h"
#include "script.h"
#include "sim_event.h"
#include "snapshot.h"
#include "trace_event.h"
#include "tuple_map.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace tcplab {

class Simulation;

// Applications beyond the scenario script (the explorer's many connections) listen here.
class AppHandler {
public:
    virtual ~AppHandler() = default;
    virtual void onAppEvent(Simulation&, Peer, Endpoint&, AppEventKind, std::int64_t /*bytes*/) { }
    virtual void onSocketRemoved(Simulation&, Peer, const Endpoint&) { }
    virtual void onUserEvent(Simulation&, UserTask) { }
};

// Two hosts, the network between them, the applications' script, one virtual clock — wired
// together: it is the Context of the hosts, their endpoints and the network, runs the event
// queue, keeps the ground truth TCP does not (incarnations, ISNs) and is the one way out.
// Deterministic: the same spec gives the same trace, byte for byte.
class Simulation final : public Context {
public:
    explicit Simulation(ScenarioSpec spec);
    ~Simulation() override;
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    void addSink(TraceSink* sink)
    {
        sinks_.push_back(sink);
        tracing_ = true;
    }
    void setAppHandler(AppHandler* handler) { appHandler_ = handler; }

    // Runs every event due at or before `t`, then sets the clock to `t`.
    void runUntil(TimeUs t);
    // Runs every event of the next instant; false when nothing is pending.
    bool stepInstant();
    // Runs the next event alone (the rest of its instant stays queued, in order): an instant can
    // hold a million events (a 1 MB send at mss 1), and the GUI must be able to stop inside it.
    // A run of stepEvent() calls traces exactly what runUntil() does.
    bool stepEvent();
    std::optional<TimeUs> nextEventTime() const;
    // Reports what never happened (faults that matched nothing); call once at the end.
    void finish();

    TimeUs now() const override { return queue_.now(); }
    const Params& params() const override { return spec_.params; }
    const ScenarioSpec& spec() const { return spec_; }
    Host& host(Peer peer) { return peer == Peer::Client ? *client_ : *server_; }
    const Host& host(Peer peer) const { return peer == Peer::Client ? *client_ : *server_; }
    std::uint64_t eventsProcessed() const { return eventsProcessed_; }
    std::size_t pendingEvents() const { return queue_.pending(); }
    std::size_t segmentsInFlight() const { return network_.inFlight(); }
    // The segments-in-flight budget (run_budget.h, BudgetedRun): see Network::setFlightLimit.
    void setFlightLimit(std::size_t limit) { network_.setFlightLimit(limit); }
    bool flightLimitHit() const { return network_.flightLimitHit(); }
    Snapshot snapshot() const;

    // Application actions now (the GUI's buttons; the script goes through the same path).
    void perform(const Action& action);
    // The fault rule that, added to the scenario, does `action` to the segment now in flight
    // with this id when the run is replayed from the start; nothing when the segment is gone,
    // already doomed (drop), about to expire, or a network copy (its `nth` counts no sender's
    // segments). Read-only: the caller replays with the rule added.
    std::optional<FaultSpec> faultRuleFor(std::uint64_t segmentId, FaultAction action, std::int64_t delayMs) const
    {
        return network_.faultRuleFor(segmentId, action, delayMs);
    }
    // Queues an AppHandler::onUserEvent.
    void scheduleUser(TimeUs time, UserTask task) { schedule(time, task); }

    // --- Context ---
    void schedule(TimeUs at, const SimEvent& event) override { queue_.schedule({ at, event }); }
    void transmit(Peer from, Segment segment) override { network_.transmit(from, std::move(segment)); }
    std::uint32_t nextIncarnation(Peer peer, const FourTuple& tuple) override;
    SeqNum chooseIsn(Peer peer) override;

private:
    void observe(Peer peer, const CoreEvent& event) override;
    void dispatch(const QueuedEvent& event);
    void note(Peer peer, std::string_view text) { publish(peer, event::Noted { 0, text }); }
    // `sock`: the socket the failed call concerns (0 when there is none: ENOTCONN, a crashed host).
    void appError(Peer peer, std::string_view what, int sock = 0);
    void synFlood(std::uint32_t flood, int index);

    ScenarioSpec spec_;
    EventQueue<QueuedEvent> queue_;
    Network network_;
    Script script_;
    std::unique_ptr<Host> client_;
    std::unique_ptr<Host> server_;
    std::vector<TraceSink*> sinks_;
    AppHandler* appHandler_ = nullptr;
    std::mt19937_64 isnRng_;

    struct TupleIncarnation {
        std::uint32_t number = 0;
        bool used[2] = { false, false };
    };
    TupleMap<TupleIncarnation> incarnations_;
    std::array<bool, 2> neverClose_ {};
    std::vector<Action> floods_;
    std::uint64_t eventsProcessed_ = 0;
    bool finished_ = false;
};

} // namespace tcplab
