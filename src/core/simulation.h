#pragma once
#include "host.h"
#include "params.h"
#include "scenario_spec.h"
#include "scheduler.h"
#include "snapshot.h"
#include "trace_event.h"
#include "tuple_map.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace tcplab {

class Simulation;

// Applications beyond the scenario script (the explorer's many connections) listen here.
class AppHandler {
public:
    virtual ~AppHandler() = default;
    virtual void onAppEvent(Simulation&, Peer, Endpoint&, AppEventKind, std::int64_t /*bytes*/) {}
    virtual void onSocketRemoved(Simulation&, Peer, const Endpoint&) {}
    virtual void onUserEvent(Simulation&, std::uint64_t /*tag*/) {}
};

// Two hosts, the network between them, the applications' script, one virtual clock.
// Deterministic: the same spec gives the same trace, byte for byte.
class Simulation {
public:
    explicit Simulation(ScenarioSpec spec);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    void addSink(TraceSink* sink) { sinks_.push_back(sink); }
    void setAppHandler(AppHandler* handler) { appHandler_ = handler; }

    // Runs every event due at or before `t`, then sets the clock to `t`.
    void runUntil(TimeUs t);
    // Runs every event of the next instant; false when nothing is pending.
    bool stepInstant();
    std::optional<TimeUs> nextEventTime() const;
    // Reports what never happened (faults that matched nothing); call once at the end.
    void finish();

    TimeUs now() const { return scheduler_.now(); }
    const Params& params() const { return spec_.params; }
    const ScenarioSpec& spec() const { return spec_; }
    Host& host(Peer peer) { return peer == Peer::Client ? *client_ : *server_; }
    const Host& host(Peer peer) const { return peer == Peer::Client ? *client_ : *server_; }
    std::uint64_t eventsProcessed() const { return eventsProcessed_; }
    std::size_t pendingEvents() const { return scheduler_.pending(); }
    Snapshot snapshot() const;

    // Application actions now (the GUI's buttons; the script goes through the same path).
    void perform(const Action& action);
    // Faults on a segment already in flight; each returns the rule that reproduces it from the
    // start (for "save as scenario"), or nothing when the segment is no longer in flight.
    std::optional<FaultSpec> dropInFlight(std::uint64_t segmentId);
    std::optional<FaultSpec> delayInFlight(std::uint64_t segmentId, std::int64_t delayMs);
    std::optional<FaultSpec> duplicateInFlight(std::uint64_t segmentId, std::int64_t delayMs);
    // Schedules an AppHandler::onUserEvent.
    void scheduleUser(TimeUs time, std::uint64_t tag);

    // --- called by hosts and endpoints ---
    void transmit(Peer from, Segment segment);
    void scheduleTimer(Peer peer, int sock, TimerKind kind, TimeUs due, std::uint32_t generation);
    void stateEvent(Peer peer, int sock, TcpState from, TcpState to, std::string_view cause);
    void timerEvent(Peer peer, int sock, TimerKind kind, TimerAction action, TimeUs due, int backoff);
    void appEvent(Peer peer, Endpoint& endpoint, AppEventKind kind, std::int64_t bytes, std::string_view detail);
    void arriveEvent(Peer peer, const Segment& segment);
    void dropEvent(Peer peer, const Segment& segment, DropReason reason, TcpState at = TcpState::Closed);
    void strayEvent(Peer peer, int sock, const Segment& segment, bool accepted);
    void note(Peer peer, int sock, std::string_view text);
    void socketRemoved(Peer peer, const Endpoint& endpoint);
    std::uint32_t nextIncarnation(Peer peer, const FourTuple& tuple);
    SeqNum chooseIsn(Peer peer, std::uint32_t incarnation);
    bool tracing() const { return !sinks_.empty(); }

private:
    struct Flight {
        Segment segment;
        Peer from = Peer::Client;
        TimeUs sentUs = 0;
        TimeUs arriveUs = 0;
        TimeUs extraDelayUs = 0;
        bool inUse = false;
        bool doomed = false;
        DropReason doomReason = DropReason::Fault;
        bool expires = false;
        SegmentClass primaryClass = SegmentClass::Any;
        int nthOfClass = 0;
    };
    enum EventKind : std::uint32_t { kArrival, kTimer, kStep, kUser, kPendingStep, kIndependentStep };

    void dispatch(const ScheduledEvent& event);
    void publish(TraceEvent& event);  // not `emit`: that is a Qt keyword in the GUI
    std::uint32_t launch(Flight flight, TimeUs arriveUs);
    void arrive(std::uint32_t slot);
    Flight* findFlight(std::uint64_t segmentId);
    FaultSpec ruleFor(const Flight& flight, FaultAction action, std::int64_t delayMs) const;

    // Script: steps run in order (DESIGN.md §3).
    void armNextStep();
    bool triggerMatches(const Trigger& trigger, Peer peer, bool isState, TcpState state, AppEventKind app) const;
    void scriptSawEvent(Peer peer, bool isState, TcpState state, AppEventKind app);
    void appError(Peer peer, const std::string& what);
    void synFlood(std::uint32_t flood, int index);

    ScenarioSpec spec_;
    Scheduler scheduler_;
    std::unique_ptr<Host> client_;
    std::unique_ptr<Host> server_;
    std::vector<TraceSink*> sinks_;
    AppHandler* appHandler_ = nullptr;
    std::mt19937_64 lossRng_;
    std::mt19937_64 isnRng_;

    std::vector<Flight> flights_;
    std::vector<std::uint32_t> freeFlights_;
    std::uint64_t nextSegmentId_ = 1;
    std::vector<int> faultMatches_;
    // Per sender, how many segments of each class it has sent (for fault rules' `nth`).
    std::array<std::array<int, 7>, 2> classCounts_{};

    struct TupleIncarnation {
        std::uint32_t number = 0;
        bool used[2] = {false, false};
    };
    TupleMap<TupleIncarnation> incarnations_;
    std::array<bool, 2> neverClose_{};
    std::vector<Action> floods_;

    std::size_t nextStep_ = 0;           // index of the step waiting to be armed or matched
    bool stepWaiting_ = false;           // armed `after` step waiting for its event
    struct SeenEvent {
        Peer peer;
        bool isState;
        TcpState state;
        AppEventKind app;
    };
    std::vector<SeenEvent> seenThisInstant_;
    TimeUs seenInstant_ = -1;
    std::uint64_t eventsProcessed_ = 0;
    bool finished_ = false;
};

} // namespace tcplab
