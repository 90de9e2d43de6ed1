#pragma once
#include "explorer_config.h"
#include "explorer_result.h"
#include "port_allocator.h"
#include "simulation.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace tcplab {

// Many connections on the real core: a client application opening connections to one server
// at a rate, each doing a request and a response and closing, per ExplorerConfig. It plays
// the applications of both hosts through Simulation's AppHandler, with tracing off for speed.
class ExplorerModel final : public AppHandler {
public:
    explicit ExplorerModel(const ExplorerConfig& config);
    ~ExplorerModel() override;
    ExplorerModel(const ExplorerModel&) = delete;
    ExplorerModel& operator=(const ExplorerModel&) = delete;

    // Called after each sample with the fraction done; returning false cancels the run.
    using Progress = std::function<bool(double fraction)>;
    // Runs the whole duration, sampling every sample_ms (one run per model).
    ExplorerResult run(const Progress& progress = {});

    const Simulation& simulation() const { return *sim_; }

    void onAppEvent(Simulation& sim, Peer peer, Endpoint& endpoint, AppEventKind kind, std::int64_t bytes) override;
    void onSocketRemoved(Simulation& sim, Peer peer, const Endpoint& endpoint) override;
    void onUserEvent(Simulation& sim, UserTask task) override;

private:
    // Per-socket application flags, indexed by socket number (never reused within a run).
    enum Flag : std::uint8_t { kAppClosed = 1, kSlotHeld = 2, kLeaked = 4 };
    enum Task : std::uint32_t { kArrival, kRespond, kClientClose, kServerClose, kServerAbort };

    void scheduleNextArrival();
    void openConnection();
    std::optional<std::uint16_t> reusableTimeWaitPort();
    void appClose(Peer peer, Endpoint& endpoint);
    void releaseSlot(Peer peer, int sock);
    std::uint8_t& flags(Peer peer, int sock);
    void schedule(TimeUs at, Task task, int sock);
    ExplorerSample sample() const;

    ExplorerConfig config_;
    std::unique_ptr<Simulation> sim_;
    PortAllocator ports_;
    std::mt19937_64 arrivalRng_;
    std::mt19937_64 leakRng_;
    std::array<std::vector<std::uint8_t>, 2> flags_;
    std::int64_t arrivalsScheduled_ = 0;
    TimeUs nextArrivalUs_ = 0;
    std::uint16_t connectingPort_ = 0; // a TIME_WAIT port being reused: not freed by its old socket
    bool poolOn_ = false;

    std::int64_t opened_ = 0;
    std::int64_t eaddrnotavail_ = 0;
    std::int64_t poolRejected_ = 0;
    std::int64_t responses_ = 0;
    std::int64_t resets_ = 0;
    std::int64_t timeouts_ = 0;
    std::int64_t leaked_ = 0;
    std::int64_t poolInUse_ = 0;
};

} // namespace tcplab
