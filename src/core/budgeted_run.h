#pragma once
#include "run_budget.h"
#include "simulation.h"
#include "trace_event.h"

#include <functional>
#include <optional>

namespace tcplab {

// Runs a Simulation within a RunBudget: instant by instant, so a run stops at the first instant
// after which a budget is exceeded, with everything up to there traced and kept. It counts the
// trace lines as one of the simulation's sinks and sets the network's in-flight limit.
class BudgetedRun : public TraceSink {
public:
    BudgetedRun(Simulation& sim, const RunBudget& budget);

    // Runs every instant up to `untilUs` (then sets the clock there, as Simulation::runUntil),
    // unless a budget is reached or `keepGoing` says no. Returns the budget that stopped it.
    // `keepGoing` is asked after each event, so a caller can stop inside an instant of a million
    // events (the GUI's slices); the next call goes on with the rest of that instant. Budgets are
    // checked when an instant is complete, with or without it.
    std::optional<BudgetStop> runUntil(TimeUs untilUs, const std::function<bool()>& keepGoing = {});
    const std::optional<BudgetStop>& stopped() const { return stopped_; }
    std::uint64_t traceLines() const { return traceLines_; }

    void onTrace(const TraceEvent&) override { ++traceLines_; }

private:
    std::optional<BudgetKind> exceeded();
    std::uint64_t bytesBuffered(); // also schedules the next check

    Simulation& sim_;
    RunBudget budget_;
    std::uint64_t traceLines_ = 0;
    std::uint64_t instants_ = 0;
    std::uint64_t nextBufferCheck_ = 0;
    std::optional<BudgetStop> stopped_;
};

} // namespace tcplab
