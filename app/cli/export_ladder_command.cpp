// The core's headers come before Qt's: Qt defines `emit` as a macro, the core has a member so named.
#include "ladder_text.h"
#include "scenario_runner.h"

#include "export_ladder_command.h"

#include "cli_output.h"
#include "scenario_input.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace tcplab;

namespace {

constexpr int kExitBadInput = 2;

const char* const kHelp
    = "Usage: tcplab-cli export-ladder FILE.json|builtin:NAME [--format mermaid|plantuml]\n"
      "                                [--until-ms N] [--set key=value]...\n"
      "\n"
      "Runs the scenario as 'run' does and prints its ladder (sequence) diagram as text for slides\n"
      "and notes: a Mermaid sequenceDiagram (the default) or a PlantUML @startuml ... @enduml.\n"
      "Participants Client and Server with their addresses (and \"Other\" for spoofed addresses);\n"
      "one message per segment in the order segments first appear in the trace (a duplicate made by\n"
      "the network where it arrives), e.g. Client->>Server: SYN seq=1000; a dropped segment ends in\n"
      "a cross (Mermaid -x, PlantUML ->x) with \"(dropped: REASON)\"; duplicates, delays, strays and\n"
      "segments still in flight at the end are said in parentheses; every state change is a note\n"
      "over its peer (Note over Client: FIN_WAIT_1), every stray a note over its receiver.\n"
      "\n"
      "  --format mermaid|plantuml   the text's language (default: mermaid)\n"
      "  --until-ms N                stops at N ms of virtual time instead of the scenario's run_until_ms\n"
      "  --budget NAME=N             raises a run budget (as for 'run')\n"
      "  --set key=value             overrides a parameter (repeatable; keys as for 'run')\n"
      "\n"
      "Exit 0 (whether or not the scenario's expectations hold), 2 on bad input or usage\n"
      "(stderr names the file, the JSON path and what was expected).\n";

int usage(const QString& message)
{
    std::fprintf(stderr, "tcplab-cli export-ladder: %s\nRun 'tcplab-cli export-ladder --help' for usage.\n",
        qPrintable(message));
    return kExitBadInput;
}

} // namespace

int exportLadderCommand(const QStringList& args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    QCommandLineParser parser;
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("mermaid|plantuml"),
        QStringLiteral("mermaid|plantuml"), QStringLiteral("mermaid"));
    QCommandLineOption set(QStringLiteral("set"), QStringLiteral("key=value"), QStringLiteral("key=value"));
    QCommandLineOption until(QStringLiteral("until-ms"), QStringLiteral("virtual ms"), QStringLiteral("N"));
    QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("run budget"), QStringLiteral("NAME=N"));
    parser.addOptions({ format, set, until, budget });
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(QStringLiteral("expected exactly one scenario (FILE.json or builtin:NAME)"));
    LadderFormat ladderFormat = LadderFormat::Mermaid;
    if (!parseLadderFormat(parser.value(format).toStdString(), ladderFormat))
        return usage(QStringLiteral("--format: expected mermaid or plantuml, got \"%1\"").arg(parser.value(format)));
    std::optional<Scenario> scenario = loadScenarioInput(positional.at(0), parser.values(set));
    if (!scenario)
        return kExitBadInput;
    std::int64_t untilUs = scenario->spec.runUntilUs;
    if (parser.isSet(until)) {
        QString error;
        const auto us = parseUntilMs(parser.value(until), error);
        if (!us)
            return usage(error);
        untilUs = *us;
    }
    RunBudget runBudget;
    if (!cli::applyBudgets(runBudget, parser.values(budget), QStringLiteral("export-ladder")))
        return kExitBadInput;
    LadderText ladder(scenario->spec);
    const RunOutcome outcome = runScenario(*scenario, untilUs, {}, { &ladder }, runBudget);
    if (outcome.budgetStop)
        return cli::reportBudgetStop(*outcome.budgetStop, QStringLiteral("export-ladder"));
    cli::writeOut(ladder.text(ladderFormat));
    return 0;
}
