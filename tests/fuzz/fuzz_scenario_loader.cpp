// libFuzzer target: any bytes through ScenarioLoader::fromJson. Besides "no crash, no sanitizer
// report", it checks what the loader promises:
//  - a rejection names the source first ("fuzz.json: PATH: what was expected");
//  - an accepted scenario survives ScenarioWriter -> loader unchanged (the GUI's "save as");
//  - an accepted small scenario runs in the core without tripping a sanitizer.
#include "expectation_checker.h"
#include "scenario_loader.h"
#include "scenario_writer.h"
#include "simulation.h"
#include "trace_fields.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tcplab;

namespace {

[[noreturn]] void failWith(const char* what, const QByteArray& detail)
{
    std::fprintf(stderr, "fuzz_scenario_loader: %s\n%s\n", what, detail.constData());
    std::abort();
}

// Small enough to simulate within the fuzzer's time budget per input.
bool cheapToRun(const Scenario& s)
{
    if (s.spec.steps.size() > 40 || s.spec.params.keepalive.enabled)
        return false;
    for (const Step& step : s.spec.steps)
        if (step.action.kind == ActionKind::SynFlood && step.action.count > 200)
            return false;
    return true;
}

// Formats every trace line, so the JSON Lines writer sees whatever the fuzzer makes happen.
class FormattingSink : public TraceSink {
public:
    void onTrace(const TraceEvent& event) override { bytes += traceToJsonLine(event).size(); }
    std::size_t bytes = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const LoadResult loaded = ScenarioLoader::fromJson(bytes, QStringLiteral("fuzz.json"), QStringLiteral("fuzz"));
    if (!loaded.ok) {
        if (!loaded.error.startsWith(QStringLiteral("fuzz.json: ")) || loaded.error.size() <= 11)
            failWith("a rejection that does not name the file", loaded.error.toUtf8());
        return 0;
    }
    const QByteArray written = ScenarioWriter::toJson(loaded.scenario);
    const LoadResult again = ScenarioLoader::fromJson(written, QStringLiteral("written.json"), QStringLiteral("fuzz"));
    if (!again.ok)
        failWith("the writer produced a file the loader rejects", again.error.toUtf8() + '\n' + written);
    if (ScenarioWriter::toJson(again.scenario) != written)
        failWith("writing the reloaded scenario gives another file", written);
    if (again.scenario.spec.params.loss != loaded.scenario.spec.params.loss)
        failWith("loss changed on the way through the writer", written);
    if (cheapToRun(loaded.scenario)) {
        Simulation sim(loaded.scenario.spec);
        FormattingSink lines;
        ExpectationChecker checker(loaded.scenario.expect);
        sim.addSink(&lines);
        sim.addSink(&checker);
        // Bounded work per input: a few thousand instants of at most the first simulated hour.
        const TimeUs endUs = std::min<TimeUs>(loaded.scenario.spec.runUntilUs, msToUs(3'600'000));
        for (int i = 0; i < 5000 && sim.nextEventTime() && *sim.nextEventTime() <= endUs; ++i)
            sim.stepInstant();
        sim.finish();
        (void)checker.failures();
    }
    return 0;
}
