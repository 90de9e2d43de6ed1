#include "coverage_command.h"

#include "scenario_input.h"
#include "scenario_loader.h"
#include "scenario_runner.h"
#include "transition_coverage.h"

#include <cstdio>
#include <string>

using namespace tcplab;

namespace {

constexpr int kExitBadInput = 2;

const char* const kCoverageUsage
    = "Usage: tcplab-cli coverage FILE.json|builtin:NAME... | --all\n"
      "\n"
      "Runs each scenario and prints, per scenario, the arrows of RFC 9293 Figure 5 it walks\n"
      "(\"edge FROM -> TO\") and the transitions the figure does not draw (\"off KIND ID: FROM -> TO,\n"
      "summary\": resets, timeouts giving up, aborts, crashes, extensions such as SYN cookies or\n"
      "RFC 6191). After all of them: the figure edges no scenario walked, the off-figure\n"
      "transitions no scenario walked, and last \"N of 20 figure edges\" for all of them together.\n"
      "--all runs every built-in scenario. Exit 0, or 2 on bad input.\n";

std::string edgeLine(int index)
{
    const FigureEdge& e = figureEdges()[std::size_t(index)];
    std::string line = "edge ";
    line.append(stateName(e.from)).append(" -> ").append(stateName(e.to));
    return line;
}

std::string offLine(int index)
{
    const OffFigureTransition& t = offFigureTransitions()[std::size_t(index)];
    std::string line = "off ";
    line.append(offFigureKindName(t.kind)).append(" ").append(t.id).append(": ");
    line.append(t.from.size() == 1 ? stateName(t.from.front()) : std::string_view("*"));
    line.append(" -> ").append(stateName(t.to)).append(", ").append(t.summary);
    return line;
}

void printCoverage(const TransitionCoverage& coverage)
{
    for (int edge : coverage.figureEdges())
        std::printf("  %s\n", edgeLine(edge).c_str());
    for (int off : coverage.offFigure())
        std::printf("  %s\n", offLine(off).c_str());
    for (const std::string& other : coverage.unknown())
        std::printf("  other %s\n", other.c_str());
}

} // namespace

int coverageCommand(const QStringList& args)
{
    // args: "coverage", then the scenarios or --all.
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kCoverageUsage, stdout);
        return 0;
    }
    QStringList specs = args.mid(1);
    if (specs.contains(QStringLiteral("--all"))) {
        if (specs.size() != 1) {
            std::fprintf(stderr, "tcplab-cli: coverage: expected --all or scenarios, not both\n");
            return kExitBadInput;
        }
        specs.clear();
        for (const QString& name : ScenarioLoader::builtinNames())
            specs << QStringLiteral("builtin:") + name;
    }
    if (specs.isEmpty()) {
        std::fprintf(stderr, "tcplab-cli: coverage: expected FILE.json|builtin:NAME... or --all\n");
        return kExitBadInput;
    }
    TransitionCoverage total;
    for (const QString& spec : specs) {
        if (spec.startsWith(QStringLiteral("--"))) {
            std::fprintf(stderr, "tcplab-cli: coverage: unknown option \"%s\"\n", qPrintable(spec));
            return kExitBadInput;
        }
        const std::optional<Scenario> scenario = loadScenarioInput(spec, {});
        if (!scenario)
            return kExitBadInput;
        TransitionCoverage coverage;
        runScenario(*scenario, scenario->spec.runUntilUs, {}, { &coverage });
        std::printf("%s: %zu of %d figure edges\n", qPrintable(spec), coverage.figureEdges().size(), kFigureEdgeCount);
        printCoverage(coverage);
        total.merge(coverage);
    }
    for (int i = 0; i < kFigureEdgeCount; ++i)
        if (!total.figureEdges().count(i))
            std::printf("not walked: %s\n", edgeLine(i).c_str());
    for (int i = 0; i < int(offFigureTransitions().size()); ++i)
        if (!total.offFigure().count(i))
            std::printf("not walked: %s\n", offLine(i).c_str());
    std::printf("%zu of %zu off-figure transitions\n", total.offFigure().size(), offFigureTransitions().size());
    std::printf("%zu of %d figure edges\n", total.figureEdges().size(), kFigureEdgeCount);
    return 0;
}
