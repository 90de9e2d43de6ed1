// tcplab-cli: the headless face of TCP State Lab (its contract: README.md, "The command line").
#include "cli_output.h"
#include "coverage_command.h"
#include "diff_command.h"
#include "explore_command.h"
#include "export_ladder_command.h"
#include "mission_check.h"
#include "mission_report.h"
#include "pcap_command.h"
#include "scenario_input.h"
#include "scenario_loader.h"
#include "scenario_runner.h"

#include "params.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <string>

using namespace tcplab;

namespace {

constexpr int kExitExpectFailed = 1;
int usageError(const QString& message);

// "ms, 0 to 86400000", "true|false", "clock|random|fixed", "probability, 0 to 1".
std::string paramKind(const ParamInfo& info)
{
    switch (info.type) {
    case ParamType::Boolean:
        return "true|false";
    case ParamType::Isn:
        return "clock|random|fixed";
    case ParamType::Real:
        return std::string(info.unit) + ", 0 to 1";
    case ParamType::Integer:
    case ParamType::OptionalInteger:
        break;
    }
    std::string kind = info.unit.empty() ? std::string() : std::string(info.unit) + ", ";
    kind += std::to_string(info.min) + " to " + std::to_string(info.max);
    if (info.type == ParamType::OptionalInteger)
        kind += " or null";
    return kind;
}
constexpr int kExitBadInput = 2;

const char* const kUsage
    = "Usage: tcplab-cli COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  run FILE.json|builtin:NAME|mission:NAME [--set key=value]... [--until-ms N] [--quiet]\n"
      "      [--mission MISSION.json|mission:NAME]\n"
      "      Runs a scenario and prints its trace as JSON Lines on stdout.\n"
      "      Exit 0 when every \"expect\" holds, 1 when one fails (stderr says which),\n"
      "      A mission (a file with \"mission\") ends with \"Mission goal met: GOAL\" or \"Mission goal\n"
      "      not met: GOAL\" on stderr; exit 1 too when --set changes what its may_change does not allow.\n"
      "      --mission M       checks the scenario as an answer to mission M: exit 1 when it changes\n"
      "                        anything M's may_change does not allow (stderr names what)\n"
      "      2 on bad input or usage (stderr names the file, the JSON path and what was expected).\n"
      "      --set key=value   overrides a parameter (repeatable): profile (rfc9293|linux|windows),\n"
      "                        run_until_ms, or any params key (listed at the end of this text)\n"
      "      --until-ms N      stops at N ms of virtual time instead of the scenario's run_until_ms\n"
      "      --quiet           prints no trace, only the verdict\n"
      "      --budget NAME=N   raises a run budget (repeatable; 'run', 'diff', 'export-ladder', 'pcap\n"
      "                        export' and 'explore' take it). A run that reaches one stops there\n"
      "                        with what ran so far printed, names the budget on stderr, exit 2:\n"
      "                        events (50000000 core events), trace_lines (2000000; diff 1000000),\n"
      "                        segments_in_flight (250000), bytes_buffered (1073741824 bytes queued\n"
      "                        by applications, not yet sent), explorer_samples (1000000 rows).\n"
      "  diff A.json|builtin:NAME [B.json|builtin:NAME] [--set-b key=value]... [--json]\n"
      "      Runs both (with one scenario, B is A with the --set-b overrides) and prints where the\n"
      "      traces first differ and what differs in outcome: states, strays, application events and\n"
      "      received text, final states. Exit 0 identical, 1 different, 2 bad input ('diff --help').\n"
      "  export-ladder FILE.json|builtin:NAME [--format mermaid|plantuml] [--until-ms N] [--set k=v]...\n"
      "      Prints the run's ladder diagram as Mermaid or PlantUML text ('export-ladder --help').\n"
      "  coverage FILE.json|builtin:NAME... | --all\n"
      "      Runs each scenario and prints the RFC 9293 Figure 5 edges and the off-figure transitions\n"
      "      (resets, timeouts, aborts) it walks; last line \"N of 20 figure edges\" ('coverage --help').\n"
      "  list\n"
      "      Lists the built-in scenarios: NAME<TAB>title, then the missions: mission:NAME<TAB>title.\n"
      "  params [--markdown]\n"
      "      Lists every parameter: key, unit, range, its value in each profile, what it does\n"
      "      (--markdown: as the table of docs/profiles.md).\n"
      "  pcap export FILE.json|builtin:NAME OUT.pcap [--at client|server] [--set key=value]...\n"
      "      Runs the scenario and writes the segments seen at one host (default: the client) as a\n"
      "      capture file with real IPv4/TCP headers and checksums, for Wireshark or tcpdump. A\n"
      "      segment larger than an IPv4 datagram (mss above 65495) is written as several packets.\n"
      "  pcap import FILE.pcap\n"
      "      Reads the first TCP connection of a capture (raw IP, Ethernet, Linux cooked, loopback)\n"
      "      and prints it as a trace: a send event per segment and the states both peers went\n"
      "      through as seen from the capture point. The client is whoever sent the first SYN;\n"
      "      times count from the first packet (a clock stepping back keeps the previous time);\n"
      "      IPv4 fragments are skipped and counted.\n"
      "  explore [--set key=value]... [--sweep KEY=FROM:TO:STEP | --sweep KEY=V1,V2,...] [--jobs N]\n"
      "      Many connections on the same core: a client opens connections to one server at a rate\n"
      "      (request, response, close). Prints CSV on stdout; exit 2 on bad input.\n"
      "      --set key=value   explorer keys: profile (first), rate_per_s, arrivals (constant|poisson),\n"
      "                        port_min, port_max, port_count, request_bytes, response_bytes,\n"
      "                        closer (client|server|simultaneous), leak_fraction, leak_side\n"
      "                        (server|client), pool_limit, max_connections, duration_ms, sample_ms;\n"
      "                        and any params key of 'run' (time_wait_ms, msl_ms, tw_reuse, ...).\n"
      "                        Defaults: linux profile, delay_ms=25, isn=clock, 100/s for 180 s.\n"
      "      Without --sweep, one row per sample_ms of virtual time with the columns:\n"
      "        t_ms; client_<state> and server_<state> (sockets in syn_sent, syn_received,\n"
      "        established, fin_wait_1, fin_wait_2, close_wait, closing, last_ack, time_wait);\n"
      "        opened, eaddrnotavail (connects with no free port), pool_rejected, responses,\n"
      "        resets, timeouts, leaked (cumulative counts); pool_in_use, tw_overflows_client,\n"
      "        tw_overflows_server (tcp_max_tw_buckets), free_ports; little_time_wait (Little's\n"
      "        law: rate x TIME_WAIT length, ramping up over the first TIME_WAIT length);\n"
      "        port_ceiling (ports in the range: the most TIME_WAIT sockets a client can hold).\n"
      "      --sweep           varies one key; one row per value, means over the run's second half:\n"
      "        KEY, client_time_wait, server_time_wait, client_established, server_close_wait,\n"
      "        client_close_wait, client_fin_wait_2, eaddrnotavail_per_s, pool_rejected_per_s,\n"
      "        responses_per_s, final_server_close_wait, final_leaked, tw_overflows,\n"
      "        little_time_wait, exhaustion_rate_per_s (ports / TIME_WAIT length), cancelled.\n"
      "      --jobs N          sweep points run in parallel on N threads (default: all cores);\n"
      "                        the output does not depend on N.\n"
      "  --help, help\n"
      "      This text.\n"
      "\n"
      "Trace lines: {\"t_us\":…,\"ev\":\"state|send|arrive|drop|timer|app|stray|note\",\"peer\":…}\n"
      "as documented in docs/trace-format.md.\n"
      "\n"
      "Parameters (scenario \"params\", --set key=value):\n";

// "  msl_ms (ms, 0 to 86400000): maximum segment lifetime: …", one line per key of the table.
std::string paramHelp()
{
    std::string out;
    for (const ParamInfo& info : paramTable()) {
        const std::string kind = paramKind(info);
        for (std::string_view part : { std::string_view("  "), std::string_view(info.key), std::string_view(" ("),
                 std::string_view(kind), std::string_view("): "), info.help, std::string_view("\n") })
            out.append(part);
    }
    return out;
}

int paramsCommand(const QStringList& args)
{
    const bool markdown = args.contains(QStringLiteral("--markdown"));
    if (args.size() > (markdown ? 3 : 2))
        return usageError(QStringLiteral("params: expected no argument but --markdown"));
    const std::vector<std::string> profiles = profileNames();
    std::vector<Params> defaults;
    for (const std::string& name : profiles)
        defaults.push_back(*profileDefaults(name));
    std::string out;
    if (markdown) {
        out += "| parameter | unit, range |";
        for (const std::string& name : profiles)
            out += " `" + name + "` |";
        out += " meaning |\n|---|---|";
        for (std::size_t i = 0; i < profiles.size(); ++i)
            out += "---|";
        out += "---|\n";
    }
    // Cells joined by appending: GCC 12 warns wrongly (-Wrestrict) on chains of operator+.
    auto cells = [&out](std::initializer_list<std::string_view> parts) {
        for (std::string_view part : parts)
            out.append(part);
    };
    for (const ParamInfo& info : paramTable()) {
        const std::string kind = paramKind(info);
        if (markdown)
            cells({ "| `", info.key, "` | ", kind, " |" });
        else
            cells({ info.key, "\t", kind });
        for (std::size_t i = 0; i < profiles.size(); ++i) {
            const std::string value = paramValueText(defaults[i], info.key);
            if (markdown)
                cells({ " ", value, " |" });
            else
                cells({ "\t", profiles[i], "=", value });
        }
        if (markdown)
            cells({ " ", info.help, " |\n" });
        else
            cells({ "\t", info.help, "\n" });
    }
    cli::writeOut(out);
    return 0;
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "tcplab-cli: %s\nRun 'tcplab-cli --help' for usage.\n", qPrintable(message));
    return kExitBadInput;
}

int runCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("FILE.json or builtin:NAME"));
    QCommandLineOption set(QStringLiteral("set"), QStringLiteral("key=value"), QStringLiteral("key=value"));
    QCommandLineOption until(QStringLiteral("until-ms"), QStringLiteral("virtual ms"), QStringLiteral("N"));
    QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("no trace"));
    QCommandLineOption budgetOption(QStringLiteral("budget"), QStringLiteral("run budget"), QStringLiteral("NAME=N"));
    QCommandLineOption missionOption(QStringLiteral("mission"), QStringLiteral("mission"), QStringLiteral("FILE"));
    parser.addOptions({ set, until, quiet, budgetOption, missionOption });
    if (!parser.parse(args))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QStringLiteral("run: expected exactly one scenario (FILE.json or builtin:NAME)"));
    std::optional<Scenario> scenario = loadScenarioInput(positional.at(1), parser.values(set));
    if (!scenario)
        return kExitBadInput;
    // The mission the run answers: --mission, else the file itself as written (before --set).
    std::optional<Scenario> mission;
    if (parser.isSet(missionOption)) {
        mission = loadScenarioInput(parser.value(missionOption), {});
        if (!mission)
            return kExitBadInput;
        if (!mission->mission) {
            std::fprintf(stderr, "%s: (top level): expected a mission (a \"mission\" object)\n",
                qPrintable(parser.value(missionOption)));
            return kExitBadInput;
        }
    } else if (scenario->mission) {
        mission = loadScenarioInput(positional.at(1), {});
    }
    std::int64_t untilUs = scenario->spec.runUntilUs;
    if (parser.isSet(until)) {
        QString error;
        const auto us = parseUntilMs(parser.value(until), error);
        if (!us)
            return usageError(error);
        untilUs = *us;
    }
    RunBudget budget;
    if (!cli::applyBudgets(budget, parser.values(budgetOption), QStringLiteral("run")))
        return kExitBadInput;
    std::function<void(const std::string&)> out;
    if (!parser.isSet(quiet))
        out = [](const std::string& line) { cli::writeOut(line, true); };
    // A failed write (a full disk) ends the run: main() reports it with the OS's reason.
    const RunOutcome outcome = runScenario(*scenario, untilUs, out, {}, budget, [] { return !cli::outputFailed(); });
    if (cli::outputFailed())
        return kExitBadInput;
    std::fflush(stdout);
    if (outcome.budgetStop)
        return cli::reportBudgetStop(*outcome.budgetStop, QStringLiteral("run: ") + positional.at(1));
    for (const std::string& failure : outcome.failures)
        std::fprintf(stderr, "%s: %s\n", qPrintable(positional.at(1)), failure.c_str());
    if (mission) {
        // An answer that rewrote the goal (`expect`) is caught as a change no mission allows.
        return reportMission(positional.at(1), *mission, outcome.failures, disallowedChanges(*mission, *scenario));
    }
    return outcome.failures.empty() ? 0 : kExitExpectFailed;
}

int listCommand()
{
    for (const QString& name : ScenarioLoader::builtinNames()) {
        const LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + name);
        const QString title = loaded.ok ? QString::fromStdString(loaded.scenario.title.en) : loaded.error;
        cli::writeOut((name + QLatin1Char('\t') + title).toStdString(), true);
    }
    for (const QString& name : ScenarioLoader::missionNames()) {
        const QString spec = QStringLiteral("mission:") + name;
        const LoadResult loaded = ScenarioLoader::load(spec);
        const QString title = loaded.ok ? QString::fromStdString(loaded.scenario.title.en) : loaded.error;
        cli::writeOut((spec + QLatin1Char('\t') + title).toStdString(), true);
    }
    return 0;
}

} // namespace

static int dispatch(const QStringList& args);

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tcplab-cli"));
    return cli::finishOutput(dispatch(QCoreApplication::arguments()));
}

static int dispatch(const QStringList& args)
{
    if (args.size() < 2)
        return usageError(QStringLiteral("expected a command: run, list"));
    const QString command = args.at(1);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        cli::writeOut(kUsage);
        cli::writeOut(paramHelp());
        return 0;
    }
    if (command == QStringLiteral("diff"))
        return diffCommand(args.mid(1));
    if (command == QStringLiteral("export-ladder"))
        return exportLadderCommand(args.mid(1));
    if (command == QStringLiteral("coverage"))
        return coverageCommand(args.mid(1));
    // Every subcommand answers --help (README.md, "The command line"); the ones above have their own text.
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        cli::writeOut(kUsage);
        cli::writeOut(paramHelp());
        return 0;
    }
    if (command == QStringLiteral("params"))
        return paramsCommand(args);
    if (command == QStringLiteral("run"))
        return runCommand(QStringList { args.at(0) } + args.mid(1));
    if (command == QStringLiteral("list"))
        return listCommand();
    if (command == QStringLiteral("explore"))
        return exploreCommand(args.mid(1));
    if (command == QStringLiteral("pcap"))
        return pcapCommand(args);
    return usageError(QStringLiteral(
        "unknown command \"%1\"; expected run, list, params, diff, export-ladder, coverage, explore or pcap")
                          .arg(command));
}
