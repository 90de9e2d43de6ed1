#include "pcap_command.h"

#include "cli_output.h"

#include "capture_state_inference.h"
#include "pcap_export.h"
#include "pcap_import.h"
#include "scenario_loader.h"
#include "scenario_runner.h"
#include "trace_fields.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace tcplab;

namespace {

constexpr int kExitBadInput = 2;

int fail(const QString& message)
{
    std::fprintf(stderr, "tcplab-cli pcap: %s\n", qPrintable(message));
    return kExitBadInput;
}

class PrintSink : public TraceSink {
public:
    void onTrace(const TraceEvent& event) override { cli::writeOut(traceToJsonLine(event), true); }
};

int exportCapture(const QStringList& args)
{
    QCommandLineParser parser;
    QCommandLineOption set(QStringLiteral("set"), QStringLiteral("key=value"), QStringLiteral("key=value"));
    QCommandLineOption at(QStringLiteral("at"), QStringLiteral("capture point"), QStringLiteral("client|server"),
        QStringLiteral("client"));
    QCommandLineOption budgetOption(QStringLiteral("budget"), QStringLiteral("run budget"), QStringLiteral("NAME=N"));
    parser.addOptions({ set, at, budgetOption });
    if (!parser.parse(args))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments(); // pcap export SCENARIO OUT
    if (positional.size() != 4)
        return fail(QStringLiteral(
            "export: expected a scenario and an output file: pcap export FILE.json|builtin:NAME OUT.pcap"));
    const auto point = parsePeer(parser.value(at).toStdString());
    if (!point)
        return fail(QStringLiteral("--at: expected client or server, got \"%1\"").arg(parser.value(at)));
    LoadResult loaded = ScenarioLoader::load(positional.at(2));
    if (!loaded.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
        return kExitBadInput;
    }
    for (const QString& assignment : parser.values(set)) {
        const QString error = ScenarioLoader::applySet(loaded.scenario, assignment);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return kExitBadInput;
        }
    }
    RunBudget budget;
    if (!cli::applyBudgets(budget, parser.values(budgetOption), QStringLiteral("pcap export")))
        return kExitBadInput;
    const QString out = positional.at(3);
    PcapExport capture(*point);
    // The capture streams to the file while the scenario runs: a failed write stops the run.
    if (const std::string error = capture.open(out.toStdString()); !error.empty())
        return fail(out + QStringLiteral(": cannot be written: ") + QString::fromStdString(error));
    const RunOutcome outcome = runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &capture }, budget,
        [&capture] { return !capture.failed(); });
    if (const std::string error = capture.close(); !error.empty())
        return fail(out + QStringLiteral(": cannot be written: ") + QString::fromStdString(error));
    std::fprintf(
        stderr, "%s: %zu packets captured at the %s", qPrintable(out), capture.packetCount(), peerName(*point).data());
    if (capture.splitSegments() > 0)
        std::fprintf(
            stderr, " (%zu segments larger than an IPv4 datagram written as several packets)", capture.splitSegments());
    std::fputc('\n', stderr);
    if (outcome.budgetStop)
        return cli::reportBudgetStop(*outcome.budgetStop, QStringLiteral("pcap export"));
    return 0;
}

int importCapture(const QStringList& args)
{
    if (args.size() != 4)
        return fail(QStringLiteral("import: expected one capture file: pcap import FILE.pcap"));
    const PcapImportResult capture = importPcap(args.at(3).toStdString());
    if (!capture.ok)
        return fail(QString::fromStdString(capture.error));
    PrintSink print;
    CaptureStateInference inference(print);
    for (const CapturedSegment& c : capture.segments()) {
        const bool fromClient = c.segment.srcAddr == capture.clientAddr && c.segment.srcPort == capture.clientPort;
        inference.onSegment(c.t_us, c.segment, fromClient ? Peer::Client : Peer::Server);
    }
    std::fprintf(stderr,
        "%s: %zu segments of %s:%u -> %s:%u, the client %s (%zu packets read, %zu skipped: %zu not IPv4 TCP, %zu IPv4 "
        "fragments, %zu of other connections)",
        qPrintable(args.at(3)), capture.segments().size(), addressToString(capture.clientAddr).c_str(),
        capture.clientPort, addressToString(capture.serverAddr).c_str(), capture.serverPort,
        capture.openedBySyn ? "sent the first SYN" : "sent the first packet (no SYN seen)", capture.packetsRead,
        capture.packetsSkipped, capture.skippedNotTcp, capture.skippedFragments, capture.skippedOtherConnections);
    if (capture.timesBackwards > 0)
        std::fprintf(
            stderr, "; %zu packets stamped earlier than the one before were kept at that time", capture.timesBackwards);
    std::fputc('\n', stderr);
    return 0;
}

} // namespace

int pcapCommand(const QStringList& args)
{
    // args: program, "pcap", verb, ...
    if (args.size() < 3)
        return fail(QStringLiteral("expected export or import"));
    if (args.at(2) == QStringLiteral("export"))
        return exportCapture(args);
    if (args.at(2) == QStringLiteral("import"))
        return importCapture(args);
    return fail(QStringLiteral("unknown verb \"%1\"; expected export or import").arg(args.at(2)));
}
