#pragma once
#include "expectation_checker.h"
#include "run_budget.h"
#include "scenario.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tcplab {

// Runs a scenario to its end the way the CLI and the tests do: every trace line goes to
// `lineOut` (may be empty), and the expectations are checked at the end.
struct RunOutcome {
    std::vector<std::string> failures;
    std::uint64_t events = 0;
    std::optional<BudgetStop> budgetStop; // the run stopped early on this budget (then `failures` are partial)
};

// `extraSinks` see the run too (a capture writer, for instance). The run stays within `budget`;
// `keepGoing`, asked after each instant, can end it early (the CLI's stdout has failed).
RunOutcome runScenario(const Scenario& scenario, std::int64_t untilUs,
    const std::function<void(const std::string& line)>& lineOut, const std::vector<TraceSink*>& extraSinks = {},
    const RunBudget& budget = {}, const std::function<bool()>& keepGoing = {});

} // namespace tcplab
