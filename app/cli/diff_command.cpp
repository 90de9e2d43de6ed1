// The core's headers come before Qt's: Qt defines `emit` as a macro, the core has a member so named.
#include "ladder_text.h"
#include "params.h"
#include "scenario_runner.h"
#include "scenario_writer.h"
#include "trace_summary.h"

#include "diff_command.h"

#include "cli_output.h"
#include "diff_outcome.h"
#include "scenario_input.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace tcplab;

namespace {

constexpr int kExitDiffer = 1;
constexpr int kExitBadInput = 2;

const char* const kHelp
    = "Usage: tcplab-cli diff A.json|builtin:NAME [B.json|builtin:NAME] [--set-b key=value]...\n"
      "                       [--set key=value]... [--until-ms N] [--json]\n"
      "\n"
      "Runs A and B through the core exactly as 'run' does and compares their traces line by line.\n"
      "With one scenario, B is A with the --set-b overrides.\n"
      "Prints the first divergence (its instant and the two trace lines, or \"A ended\" / \"B ended\"),\n"
      "then what differs in outcome: the states each peer went through, the strays accepted and\n"
      "rejected, each application's events (data, eof, reset, refused, timeout, error) and the text\n"
      "it received, each peer's final state; and which inputs differ (parameters, steps, faults).\n"
      "\n"
      "  --set-b key=value   overrides a parameter of B only (repeatable; keys as for 'run')\n"
      "  --set key=value     overrides a parameter of both (applied before --set-b)\n"
      "  --budget NAME=N     raises a run budget (as for 'run'); each side keeps its trace in memory,\n"
      "                      so trace_lines is 1000000 here\n"
      "  --until-ms N        stops both runs at N ms of virtual time\n"
      "  --json              prints one JSON object instead (keys in docs/cli.md): identical, a, b,\n"
      "                      inputs_differ, first_divergence, outcome {a, b}, outcome_differs\n"
      "\n"
      "Exit 0 when the two traces are identical, 1 when they differ, 2 on bad input or usage\n"
      "(stderr names the file, the JSON path and what was expected).\n";

int usage(const QString& message)
{
    std::fprintf(stderr, "tcplab-cli diff: %s\nRun 'tcplab-cli diff --help' for usage.\n", qPrintable(message));
    return kExitBadInput;
}

struct Side {
    QString source;
    QStringList sets;
    Scenario scenario;
    std::vector<std::string> lines;
    TraceSummary summary;

    QString label() const
    {
        return sets.isEmpty() ? source : source + QStringLiteral(" with ") + sets.join(QLatin1Char(' '));
    }
};

// Both traces are kept in memory to be compared: a side stops at 1 000 000 lines unless
// --budget trace_lines=N says otherwise (docs/robustness.md, "Run budgets").
constexpr std::uint64_t kDiffTraceLines = 1'000'000;

std::optional<BudgetStop> run(Side& side, std::optional<std::int64_t> untilUs, const RunBudget& budget)
{
    auto collect = [&side](const std::string& line) { side.lines.push_back(line); };
    return runScenario(
        side.scenario, untilUs.value_or(side.scenario.spec.runUntilUs), collect, { &side.summary }, budget)
        .budgetStop;
}

std::int64_t lineTimeUs(const std::string& line)
{
    // Every trace line starts {"t_us":N,
    constexpr std::string_view kPrefix = "{\"t_us\":";
    return line.rfind(kPrefix, 0) == 0 ? std::strtoll(line.c_str() + kPrefix.size(), nullptr, 10) : 0;
}

struct InputDifference {
    QString key;
    QString a, b; // empty for a part compared whole (steps, faults…)
};

// Every parameter as the run sees it (profile defaults included), then the file's other parts.
std::vector<InputDifference> inputDifferences(const Side& a, const Side& b, std::optional<std::int64_t> untilUs)
{
    std::vector<InputDifference> out;
    if (a.scenario.profile != b.scenario.profile)
        out.push_back({ QStringLiteral("profile"), QString::fromStdString(a.scenario.profile),
            QString::fromStdString(b.scenario.profile) });
    for (const ParamInfo& info : paramTable()) {
        const std::string va = paramValueText(a.scenario.spec.params, info.key);
        const std::string vb = paramValueText(b.scenario.spec.params, info.key);
        if (va != vb)
            out.push_back({ QString::fromStdString(info.key), QString::fromStdString(va), QString::fromStdString(vb) });
    }
    const std::int64_t ua = untilUs.value_or(a.scenario.spec.runUntilUs);
    const std::int64_t ub = untilUs.value_or(b.scenario.spec.runUntilUs);
    if (ua != ub)
        out.push_back({ QStringLiteral("run_until_ms"), QString::number(ua / 1000), QString::number(ub / 1000) });
    const QJsonObject fa = ScenarioWriter::toJsonObject(a.scenario);
    const QJsonObject fb = ScenarioWriter::toJsonObject(b.scenario);
    for (const char* part : { "client", "server", "steps", "faults" }) {
        const QString key = QString::fromLatin1(part);
        if (fa.value(key) != fb.value(key))
            out.push_back({ key, {}, {} });
    }
    return out;
}

QJsonValue lineJson(const std::vector<std::string>& lines, std::size_t i)
{
    if (i >= lines.size())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(QByteArray::fromStdString(lines[i])).object();
}

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

// What diff found: where the traces part (`at`, 0-based; equal to both sizes when identical) and
// the facts of both outcomes, in the same order.
struct Comparison {
    bool identical = false;
    std::size_t at = 0;
    std::int64_t atUs = 0;
    std::vector<OutcomeFact> factsA, factsB;
    std::vector<InputDifference> inputs;
};

Comparison compare(const Side& a, const Side& b, std::optional<std::int64_t> untilUs)
{
    Comparison c;
    while (c.at < a.lines.size() && c.at < b.lines.size() && a.lines[c.at] == b.lines[c.at])
        ++c.at;
    c.identical = c.at == a.lines.size() && c.at == b.lines.size();
    if (!c.identical) {
        const bool bothThere = c.at < a.lines.size() && c.at < b.lines.size();
        c.atUs = bothThere ? std::min(lineTimeUs(a.lines[c.at]), lineTimeUs(b.lines[c.at]))
                           : lineTimeUs(c.at < a.lines.size() ? a.lines[c.at] : b.lines[c.at]);
    }
    c.factsA = outcomeFacts(a.summary);
    c.factsB = outcomeFacts(b.summary);
    c.inputs = inputDifferences(a, b, untilUs);
    return c;
}

void printJson(const Side& a, const Side& b, const Comparison& c)
{
    QJsonObject out;
    out.insert(QStringLiteral("identical"), c.identical);
    for (const Side* side : { &a, &b }) {
        out.insert(side == &a ? QStringLiteral("a") : QStringLiteral("b"),
            QJsonObject { { QStringLiteral("source"), side->source },
                { QStringLiteral("set"), QJsonArray::fromStringList(side->sets) },
                { QStringLiteral("lines"), static_cast<qint64>(side->lines.size()) } });
    }
    QJsonArray inputs;
    for (const InputDifference& d : c.inputs) {
        QJsonObject o { { QStringLiteral("key"), d.key } };
        if (!d.a.isEmpty() || !d.b.isEmpty()) {
            o.insert(QStringLiteral("a"), d.a);
            o.insert(QStringLiteral("b"), d.b);
        }
        inputs.append(o);
    }
    out.insert(QStringLiteral("inputs_differ"), inputs);
    if (c.identical)
        out.insert(QStringLiteral("first_divergence"), QJsonValue(QJsonValue::Null));
    else
        out.insert(QStringLiteral("first_divergence"),
            QJsonObject { { QStringLiteral("line"), static_cast<qint64>(c.at + 1) },
                { QStringLiteral("t_us"), static_cast<qint64>(c.atUs) },
                { QStringLiteral("a"), lineJson(a.lines, c.at) }, { QStringLiteral("b"), lineJson(b.lines, c.at) } });
    out.insert(QStringLiteral("outcome"),
        QJsonObject { { QStringLiteral("a"), outcomeJson(c.factsA) }, { QStringLiteral("b"), outcomeJson(c.factsB) } });
    QJsonArray differs;
    for (std::size_t i = 0; i < c.factsA.size(); ++i)
        if (c.factsA[i].json != c.factsB[i].json)
            differs.append(QString::fromStdString(c.factsA[i].key));
    out.insert(QStringLiteral("outcome_differs"), differs);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

void printText(const Side& a, const Side& b, const Comparison& c)
{
    print(QStringLiteral("A: %1\nB: %2\n").arg(a.label(), b.label()));
    if (!c.inputs.empty()) {
        QStringList parts;
        for (const InputDifference& d : c.inputs)
            parts << (d.a.isEmpty() && d.b.isEmpty() ? d.key : QStringLiteral("%1 (A %2, B %3)").arg(d.key, d.a, d.b));
        print(QStringLiteral("Inputs differ in: %1\n").arg(parts.join(QStringLiteral(", "))));
    }
    if (c.identical) {
        print(QStringLiteral("The traces are identical (%1 lines).\n").arg(a.lines.size()));
        return;
    }
    print(QStringLiteral("The traces differ (A %1 lines, B %2).\n").arg(a.lines.size()).arg(b.lines.size()));
    print(QStringLiteral("First divergence at %1, trace line %2:\n")
              .arg(QString::fromStdString(secondsText(c.atUs)))
              .arg(c.at + 1));
    for (const Side* side : { &a, &b }) {
        const QString name = side == &a ? QStringLiteral("A") : QStringLiteral("B");
        print(c.at < side->lines.size()
                ? QStringLiteral("  %1: %2\n").arg(name, QString::fromStdString(side->lines[c.at]))
                : QStringLiteral("  %1 ended\n").arg(name));
    }
    QStringList same;
    bool anyDiffers = false;
    for (std::size_t i = 0; i < c.factsA.size(); ++i) {
        if (c.factsA[i].json == c.factsB[i].json) {
            same << c.factsA[i].title;
            continue;
        }
        if (!anyDiffers)
            print(QStringLiteral("What differs in outcome:\n"));
        anyDiffers = true;
        print(QStringLiteral("  %1:\n").arg(c.factsA[i].title));
        for (const auto& [name, fact] : { std::pair { "A", &c.factsA[i] }, std::pair { "B", &c.factsB[i] } })
            for (const QString& line : fact->text)
                print(QStringLiteral("    %1: %2\n").arg(QLatin1String(name), line));
    }
    if (!anyDiffers)
        print(QStringLiteral("What differs in outcome: nothing (the runs differ in timing or detail only).\n"));
    if (!same.isEmpty())
        print(QStringLiteral("The same in both: %1.\n").arg(same.join(QStringLiteral(", "))));
}

} // namespace

int diffCommand(const QStringList& args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    QCommandLineParser parser;
    QCommandLineOption setB(QStringLiteral("set-b"), QStringLiteral("key=value"), QStringLiteral("key=value"));
    QCommandLineOption set(QStringLiteral("set"), QStringLiteral("key=value"), QStringLiteral("key=value"));
    QCommandLineOption until(QStringLiteral("until-ms"), QStringLiteral("virtual ms"), QStringLiteral("N"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("machine-readable"));
    QCommandLineOption budgetOption(QStringLiteral("budget"), QStringLiteral("run budget"), QStringLiteral("NAME=N"));
    parser.addOptions({ setB, set, until, json, budgetOption });
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usage(QStringLiteral("expected one or two scenarios (FILE.json or builtin:NAME)"));
    std::optional<std::int64_t> untilUs;
    if (parser.isSet(until)) {
        QString error;
        untilUs = parseUntilMs(parser.value(until), error);
        if (!untilUs)
            return usage(error);
    }

    Side a, b;
    a.source = positional.at(0);
    a.sets = parser.values(set);
    b.source = positional.value(1, a.source);
    b.sets = parser.values(set) + parser.values(setB);
    for (Side* side : { &a, &b }) {
        auto scenario = loadScenarioInput(side->source, parser.values(set));
        if (!scenario)
            return kExitBadInput;
        side->scenario = std::move(*scenario);
    }
    if (!applySetOption(b.scenario, parser.values(setB), QStringLiteral("--set-b")))
        return kExitBadInput;
    RunBudget budget;
    budget.traceLines = kDiffTraceLines;
    if (!cli::applyBudgets(budget, parser.values(budgetOption), QStringLiteral("diff")))
        return kExitBadInput;
    for (Side* side : { &a, &b })
        if (const auto stop = run(*side, untilUs, budget))
            return cli::reportBudgetStop(*stop, QStringLiteral("diff: ") + side->label());
    const Comparison comparison = compare(a, b, untilUs);
    if (parser.isSet(json))
        printJson(a, b, comparison);
    else
        printText(a, b, comparison);
    return comparison.identical ? 0 : kExitDiffer;
}
