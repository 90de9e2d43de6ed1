#pragma once
#include "params.h"
#include "run_budget.h"
#include "tcp_state.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tcplab {

// Who calls close() first once the response has arrived.
enum class Closer : std::uint8_t { Client, Server, Simultaneous };
// How connection requests arrive: evenly spaced, or a Poisson process (seeded).
enum class ArrivalMode : std::uint8_t { Constant, Poisson };

std::string_view closerName(Closer closer);
std::string_view arrivalModeName(ArrivalMode mode);

// One explorer run: a client host opening short connections to one server at a rate, on the
// same core as the single-connection view. Every core parameter (`params`) applies.
struct ExplorerConfig {
    Params params = defaultParams();
    double rate_per_s = 100.0;
    ArrivalMode arrivals = ArrivalMode::Constant;
    std::uint16_t port_min = 32768; // Linux ip_local_port_range
    std::uint16_t port_max = 60999;
    std::uint32_t request_bytes = 100;
    std::uint32_t response_bytes = 100;
    Closer closer = Closer::Client;
    double leak_fraction = 0.0; // share of connections whose leaking side never closes
    Peer leak_side = Peer::Server;
    std::int64_t pool_limit = 0; // connections the leaking side's application can hold; 0 = no limit
    std::int64_t max_connections = 0; // stop opening after this many; 0 = no limit
    std::int64_t duration_ms = 180'000;
    std::int64_t sample_ms = 1000;
    RunBudget budget; // explorer_samples and events apply (docs/robustness.md, "Run budgets")

    // Linux profile, 25 ms one-way delay, clock-driven ISNs (so a new SYN on a 4-tuple the
    // server holds in TIME_WAIT carries a higher sequence number, as on a real kernel).
    static Params defaultParams();

    std::int64_t portCount() const { return std::int64_t(port_max) - port_min + 1; }
    double timeWaitS() const { return static_cast<double>(params.timeWaitMs()) / 1000.0; }
    // Little's law: sockets in TIME_WAIT on the side that closes first = rate x TIME_WAIT length.
    double littleTimeWait() const { return rate_per_s * timeWaitS(); }
    // The most connections per second the port range sustains when the client holds TIME_WAIT.
    double exhaustionRatePerS() const { return static_cast<double>(portCount()) / timeWaitS(); }
};

// Sets one key given as text: an explorer key (see explorerKeys()), "profile" (resets `params`
// to that profile, keeping the explorer's delay and ISN choices), or any core parameter key.
// Returns an empty string on success, or what was expected.
std::string setExplorerKey(ExplorerConfig& config, std::string_view key, std::string_view value);
// The checks that involve two keys (port_min <= port_max), made once every key is set so the
// order of the assignments does not matter. Returns an empty string, or what was expected.
std::string checkExplorerConfig(const ExplorerConfig& config);
// Current value of a key as text.
std::string explorerKeyValue(const ExplorerConfig& config, std::string_view key);

struct ExplorerKeyInfo {
    std::string key;
    std::string help;
};
// The explorer's own keys, in documentation order (core keys come from paramTable()).
const std::vector<ExplorerKeyInfo>& explorerKeys();

} // namespace tcplab
