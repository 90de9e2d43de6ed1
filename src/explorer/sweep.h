#pragma once
#include "explorer_config.h"
#include "steady_state.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplab {

struct SweepPoint {
    std::string value; // the swept key's value, as text
    double x = 0.0; // ... as a number for the chart's axis
    SteadyState outcome;
    bool cancelled = false;
    std::optional<BudgetStop> budgetStop; // its run stopped on a budget: the means cover what ran
};

// One parameter varied over a range, every other one held: each point is an independent run
// (own simulation, same seed), so points may run in parallel in any order and the result is
// the same, byte for byte.
class Sweep {
public:
    Sweep(std::string key, std::vector<std::string> values);
    // "KEY=FROM:TO:STEP" (inclusive) or "KEY=V1,V2,...". Empty with `error` set when malformed.
    static std::optional<Sweep> parse(std::string_view text, std::string& error);

    const std::string& key() const { return key_; }
    const std::vector<std::string>& values() const { return values_; }

    // The configuration of every point, or empty with `error` set when a value is rejected.
    std::vector<ExplorerConfig> configs(const ExplorerConfig& base, std::string& error) const;
    // Runs one point (what each worker does).
    static SweepPoint runPoint(
        const ExplorerConfig& config, const std::string& value, const std::atomic<bool>* cancel = nullptr);
    // Runs every point on `threads` worker threads; points come back in value order.
    // `pointDone` (may be empty) is called from the workers after each point.
    std::vector<SweepPoint> run(const ExplorerConfig& base, int threads, std::string& error,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(std::size_t done)>& pointDone = {}) const;

private:
    std::string key_;
    std::vector<std::string> values_;
};

} // namespace tcplab
