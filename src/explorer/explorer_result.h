#pragma once
#include "explorer_config.h"
#include "run_budget.h"
#include "tcp_state.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace tcplab {

// What the explorer saw at one instant. Counters are cumulative since the start.
struct ExplorerSample {
    std::int64_t t_ms = 0;
    std::array<std::int64_t, kTcpStateCount> client {}; // sockets per state on the client host
    std::array<std::int64_t, kTcpStateCount> server {}; // ... and on the server host
    std::int64_t opened = 0; // connections the client application asked for
    std::int64_t eaddrnotavail = 0; // connects that found no free ephemeral port
    std::int64_t poolRejected = 0; // requests refused because the leaking side's pool was full
    std::int64_t responses = 0; // complete responses the client received
    std::int64_t resets = 0; // connections ended by RST (ECONNRESET / ECONNREFUSED)
    std::int64_t timeouts = 0; // connections ended by a timeout (ETIMEDOUT)
    std::int64_t leaked = 0; // connections whose leaking side never called close()
    std::int64_t poolInUse = 0; // connections the leaking side's application holds now
    std::int64_t twOverflowsClient = 0; // TIME_WAIT destroyed early by tcp_max_tw_buckets
    std::int64_t twOverflowsServer = 0;
    std::int64_t freePorts = 0; // ephemeral ports no client socket holds

    std::int64_t count(Peer peer, TcpState state) const
    {
        return (peer == Peer::Client ? client : server)[static_cast<int>(state)];
    }
};

struct ExplorerResult {
    ExplorerConfig config;
    std::vector<ExplorerSample> samples;
    std::uint64_t events = 0; // core events processed
    bool cancelled = false;
    std::optional<BudgetStop> budgetStop; // the run stopped early on a budget (samples so far kept)

    // Little's law expectation at time t: the TIME_WAIT population ramps up for one
    // TIME_WAIT length, then stays at rate x TIME_WAIT length.
    double expectedTimeWait(std::int64_t t_ms) const;
};

} // namespace tcplab
