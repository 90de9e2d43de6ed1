#include "scenario_runner.h"

#include "budgeted_run.h"
#include "simulation.h"
#include "trace_fields.h"

namespace tcplab {

namespace {
class LineSink : public TraceSink {
public:
    explicit LineSink(const std::function<void(const std::string&)>& out)
        : out_(out)
    {
    }
    void onTrace(const TraceEvent& event) override { out_(traceToJsonLine(event)); }

private:
    const std::function<void(const std::string&)>& out_;
};
} // namespace

RunOutcome runScenario(const Scenario& scenario, std::int64_t untilUs,
    const std::function<void(const std::string& line)>& lineOut, const std::vector<TraceSink*>& extraSinks,
    const RunBudget& budget, const std::function<bool()>& keepGoing)
{
    Simulation sim(scenario.spec);
    ExpectationChecker checker(scenario.expect);
    LineSink lines(lineOut);
    if (lineOut)
        sim.addSink(&lines);
    sim.addSink(&checker);
    for (TraceSink* sink : extraSinks)
        sim.addSink(sink);
    BudgetedRun budgeted(sim, budget);
    RunOutcome outcome;
    outcome.budgetStop = budgeted.runUntil(untilUs, keepGoing);
    if (!outcome.budgetStop)
        sim.finish();
    outcome.failures = checker.failures();
    outcome.events = sim.eventsProcessed();
    return outcome;
}

} // namespace tcplab
