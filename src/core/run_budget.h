#pragma once
#include "time_us.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tcplab {

// What one run may cost at most (docs/robustness.md, "Run budgets"). A valid scenario can still
// ask for billions of events (keepalive every millisecond for 30 days) or a gigabyte window at
// mss 1; a budget stops such a run at a clear point instead of letting it run for an hour or
// take all the memory. The defaults keep a run under about 1 GB and a minute on a small
// machine; each is raised with `--budget NAME=N` on the command line.
enum class BudgetKind : std::uint8_t { Events, TraceLines, SegmentsInFlight, BytesBuffered, ExplorerSamples };
constexpr int kBudgetKindCount = 5;

struct RunBudget {
    std::uint64_t events = 50'000'000; // core events processed (timers, arrivals, steps)
    std::uint64_t traceLines = 2'000'000; // trace events published to the sinks
    std::uint64_t segmentsInFlight = 250'000; // segments in the network at one instant
    std::uint64_t bytesBuffered = 1ull << 30; // application bytes queued, not yet sent, all sockets
    std::uint64_t explorerSamples = 1'000'000; // rows of an explorer run (one per sample_ms)

    std::uint64_t limit(BudgetKind kind) const;
    void setLimit(BudgetKind kind, std::uint64_t value);
};

// The budget's name as `--budget` spells it: events, trace_lines, segments_in_flight,
// bytes_buffered, explorer_samples.
std::string_view budgetName(BudgetKind kind);
std::optional<BudgetKind> parseBudgetName(std::string_view name);

// Applies "NAME=N" (N from 1 to 10^12); returns an empty string, or what was expected.
std::string setBudgetFromText(RunBudget& budget, std::string_view assignment);

// Where a run stopped on a budget.
struct BudgetStop {
    BudgetKind kind = BudgetKind::Events;
    std::uint64_t limit = 0;
    TimeUs atUs = 0; // virtual time of the last instant run

    // "run budget events=50000000 reached at t = 12.345678 s of virtual time: the run stops
    // there, what ran so far is kept; raise it with --budget events=N"
    std::string message() const;
};

} // namespace tcplab
