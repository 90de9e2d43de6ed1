// Issue 14 through the real tcplab-cli: run budgets stop a run with what ran kept and a message
// naming the budget and the option that raises it; every write is checked; traces are valid
// UTF-8; inputs that are not regular files are refused at once; the small CLI promises.
#include "cli_runner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

using tcplab::testing::CliResult;

CliResult cli(const QStringList& args)
{
    return tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}

// A connection that sends `bytes` at the given mss and window, run for 10 minutes.
QByteArray sendScenario(int bytes, int mss, long long window, const QByteArray& extraParams = {})
{
    return QStringLiteral(R"({"format":"tcplab-scenario/1","profile":"linux",
 "params":{"delay_ms":1,"seed":1,"mss":%1,"window":%2%4},
 "client":{"addr":"192.0.2.1","port":49152},"server":{"addr":"198.51.100.2","port":80},
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},{"at_ms":1,"peer":"client","do":"connect"},
          {"after":"client:ESTABLISHED","peer":"client","do":"send","bytes":%3}],
 "run_until_ms":600000})")
        .arg(mss)
        .arg(window)
        .arg(bytes)
        .arg(QString::fromUtf8(extraParams))
        .toUtf8();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("test_run_limits: cannot write %s", qPrintable(path));
    return path;
}

bool isUtf8(const QByteArray& bytes)
{
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    return !decode.hasError();
}

} // namespace

class TestRunLimits : public QObject {
    Q_OBJECT
private slots:
    void budgetStopsTheRun_data()
    {
        QTest::addColumn<QString>("scenario"); // a file written from sendScenario, or builtin:NAME
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("budget"); // the budget the message must name
        QTest::newRow("events") << "builtin:01-handshake-client-closes" << QStringList { "--budget", "events=5" }
                                << "events";
        QTest::newRow("trace lines") << "builtin:01-handshake-client-closes"
                                     << QStringList { "--budget", "trace_lines=10" } << "trace_lines";
        QTest::newRow("trace lines, quiet") << "builtin:01-handshake-client-closes"
                                            << QStringList { "--quiet", "--budget", "trace_lines=10" } << "trace_lines";
        // A gigabyte window at mss 1: slow start doubles the flight every round trip until the
        // network holds more segments than its budget (the trace budget raised out of the way).
        QTest::newRow("segments in flight, default budget")
            << "window" << QStringList { "--budget", "trace_lines=20000000" } << "segments_in_flight";
        QTest::newRow("bytes buffered") << "big" << QStringList { "--quiet", "--budget", "bytes_buffered=100000" }
                                        << "bytes_buffered";
    }

    void budgetStopsTheRun()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, args);
        QFETCH(QString, budget);
        QTemporaryDir dir;
        QString source = scenario;
        if (scenario == QStringLiteral("window"))
            source = writeFile(dir, QStringLiteral("window.json"), sendScenario(1000000, 1, 1073741824));
        else if (scenario == QStringLiteral("big"))
            source = writeFile(dir, QStringLiteral("big.json"), sendScenario(10000000, 1460, 65535));
        const CliResult r = cli(QStringList { QStringLiteral("run"), source, QStringLiteral("--quiet") } + args);
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        const QString want = QStringLiteral("tcplab-cli run: %1: run budget %2=").arg(source, budget);
        QVERIFY2(err.startsWith(want), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("raise it with --budget %1=N").arg(budget)), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    void budgetKeepsWhatRan()
    {
        const CliResult r = cli({ QStringLiteral("run"), QStringLiteral("builtin:01-handshake-client-closes"),
            QStringLiteral("--budget"), QStringLiteral("trace_lines=10") });
        QCOMPARE(r.exitCode, 2);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 10, r.out.constData()); // the lines of the last instant run are all there
        for (const QByteArray& line : lines)
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        const CliResult whole = cli({ QStringLiteral("run"), QStringLiteral("builtin:01-handshake-client-closes") });
        QVERIFY(whole.out.startsWith(r.out)); // a prefix of the full trace, not another run
    }

    void badBudgets_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown name") << "memory=5"
                                      << "expected NAME=N with NAME one of events, trace_lines";
        QTest::newRow("zero") << "events=0"
                              << "expected events as an integer from 1 to 1000000000000, got \"0\"";
        QTest::newRow("word") << "events=many"
                              << "got \"many\"";
        QTest::newRow("no value") << "events"
                                  << "expected NAME=N";
    }

    void badBudgets()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const CliResult r = cli({ QStringLiteral("run"), QStringLiteral("builtin:01-handshake-client-closes"),
            QStringLiteral("--budget"), value });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(
            r.err.startsWith("tcplab-cli run: --budget: ") && r.err.contains(expected.toUtf8()), r.err.constData());
    }

    // Issue 14, item 1: 30 days at one sample per millisecond asked 705 GB and aborted.
    void explorerSamplesAreBudgeted()
    {
        const CliResult r = cli({ QStringLiteral("explore"), QStringLiteral("--set"), QStringLiteral("sample_ms=1"),
            QStringLiteral("--set"), QStringLiteral("duration_ms=2592000000"), QStringLiteral("--budget"),
            QStringLiteral("explorer_samples=2000") });
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out.trimmed().split('\n').size(), 1 + 2000); // the header and the rows that ran
        QVERIFY2(r.err.startsWith("tcplab-cli explore: run budget explorer_samples=2000 reached"), r.err.constData());
        QVERIFY(r.err.contains("--budget explorer_samples=N"));
    }

    void sweepPointsAreBudgeted()
    {
        const CliResult r = cli({ QStringLiteral("explore"), QStringLiteral("--sweep"), QStringLiteral("sample_ms=1,2"),
            QStringLiteral("--set"), QStringLiteral("duration_ms=2592000000"), QStringLiteral("--budget"),
            QStringLiteral("explorer_samples=1000"), QStringLiteral("--jobs"), QStringLiteral("2") });
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out.trimmed().split('\n').size(), 3); // header + both points
        QVERIFY2(r.err.startsWith("tcplab-cli explore: --sweep sample_ms=1: run budget explorer_samples=1000"),
            r.err.constData());
    }

    void explorerEventsAreBudgeted()
    {
        const CliResult r = cli({ QStringLiteral("explore"), QStringLiteral("--set"),
            QStringLiteral("duration_ms=2592000000"), QStringLiteral("--budget"), QStringLiteral("events=20000") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("tcplab-cli explore: run budget events=20000 reached"), r.err.constData());
    }

    // Issue 14, item 6: a full disk is an error with the OS's reason, never "success".
    void writeFailuresExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("run") << QStringList { "run", "builtin:01-handshake-client-closes" };
        QTest::newRow("list") << QStringList { "list" };
        QTest::newRow("params") << QStringList { "params" };
        QTest::newRow("explore") << QStringList { "explore", "--set", "duration_ms=5000" };
        QTest::newRow("help") << QStringList { "--help" };
        QTest::newRow("diff") << QStringList { "diff", "builtin:01-handshake-client-closes", "--set-b", "msl_ms=1000" };
        QTest::newRow("export-ladder") << QStringList { "export-ladder", "builtin:01-handshake-client-closes" };
    }

    void writeFailuresExit2()
    {
        QFETCH(QStringList, args);
        const CliResult r
            = tcplab::testing::runCliToFile(QStringLiteral(TCPLAB_CLI), args, QStringLiteral("/dev/full"));
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.endsWith("tcplab-cli: standard output: cannot be written: No space left on device\n"),
            r.err.constData());
    }

    void pcapExportWriteFailures_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("reason");
        QTest::newRow("full disk") << "/dev/full"
                                   << "No space left on device";
        QTest::newRow("no such directory") << "/nonexistent-dir/x.pcap"
                                           << "No such file or directory";
    }

    void pcapExportWriteFailures()
    {
        QFETCH(QString, out);
        QFETCH(QString, reason);
        const CliResult r = cli({ QStringLiteral("pcap"), QStringLiteral("export"),
            QStringLiteral("builtin:01-handshake-client-closes"), out });
        QCOMPARE(r.exitCode, 2);
        // The path once, then the OS's reason (libpcap's own text would repeat the path).
        QCOMPARE(
            QString::fromUtf8(r.err), QStringLiteral("tcplab-cli pcap: %1: cannot be written: %2\n").arg(out, reason));
    }

    // Issue 14, item 5: text cut across segments at byte boundaries stays valid UTF-8 JSON.
    void traceIsValidUtf8()
    {
        QTemporaryDir dir;
        QByteArray scenario = sendScenario(1, 4, 65535);
        scenario.replace("\"bytes\":1", "\"text\":\"你好世界\"");
        const QString path = writeFile(dir, QStringLiteral("utf8.json"), scenario);
        const CliResult r = cli({ QStringLiteral("run"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(isUtf8(r.out));
        int pieces = 0;
        QByteArray received;
        for (const QByteArray& line : r.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            const QJsonObject seg = o.value(QStringLiteral("seg")).toObject();
            if (o.value(QStringLiteral("ev")).toString() == QStringLiteral("send")
                && seg.contains(QStringLiteral("text"))) {
                ++pieces;
                // 4 bytes of 3-byte characters: never whole, so the exact bytes are in text_hex.
                QVERIFY2(seg.contains(QStringLiteral("text_hex")), line.constData());
                received += QByteArray::fromHex(seg.value(QStringLiteral("text_hex")).toString().toLatin1());
            }
        }
        QCOMPARE(pieces, 3); // 12 bytes at mss 4
        QCOMPARE(received, QByteArray("你好世界"));
    }

    // Issue 14, item 10: a FIFO would block the reader forever.
    void fifosAreRefusedAtOnce_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("run") << QStringList { "run" } << ": expected a scenario file, got a FIFO, a device or a socket";
        QTest::newRow("pcap import") << QStringList { "pcap", "import" } << ": expected a capture file, got a FIFO";
    }

    void fifosAreRefusedAtOnce()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CliResult r = tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args + QStringList { fifo }, 20'000);
        QVERIFY2(r.finished, "tcplab-cli waited on the FIFO");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((fifo + message).toUtf8()), r.err.constData());
    }

    void jobsOnlyWithSweep()
    {
        const CliResult r = cli({ QStringLiteral("explore"), QStringLiteral("--jobs"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("tcplab-cli explore: --jobs: expected only with --sweep"), r.err.constData());
    }

    void portRangeOrderDoesNotMatter_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("min first") << QStringList { "port_min=61000", "port_max=62000" } << 0;
        QTest::newRow("max first") << QStringList { "port_max=62000", "port_min=61000" } << 0;
        QTest::newRow("inverted, min first") << QStringList { "port_min=62000", "port_max=61000" } << 2;
        QTest::newRow("inverted, max first") << QStringList { "port_max=61000", "port_min=62000" } << 2;
    }

    void portRangeOrderDoesNotMatter()
    {
        QFETCH(QStringList, sets);
        QFETCH(int, exitCode);
        QStringList args { QStringLiteral("explore"), QStringLiteral("--set"), QStringLiteral("duration_ms=2000") };
        for (const QString& set : sets)
            args << QStringLiteral("--set") << set;
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        if (exitCode == 2)
            QVERIFY2(r.err.contains("expected port_min <= port_max, got port_min 62000 > port_max 61000"),
                r.err.constData());
    }

    void everySubcommandAnswersHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const char* command : { "run", "list", "params", "diff", "export-ladder", "explore", "coverage" })
            QTest::newRow(command) << QStringList { command, "--help" };
        QTest::newRow("pcap") << QStringList { "pcap", "--help" };
        QTest::newRow("pcap export") << QStringList { "pcap", "export", "--help" };
        QTest::newRow("pcap import") << QStringList { "pcap", "import", "--help" };
    }

    void everySubcommandAnswersHelp()
    {
        QFETCH(QStringList, args);
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("Usage: tcplab-cli"));
        QVERIFY(r.err.isEmpty());
    }

    // Issue 14, item 9: a seed the file accepts is the seed --set accepts, bit for bit.
    void seedsAreExact()
    {
        QTemporaryDir dir;
        auto run = [&](const QByteArray& seed, const QStringList& extra) {
            QByteArray scenario = sendScenario(1000, 1460, 65535, ",\"isn\":\"random\"");
            scenario.replace("\"seed\":1", "\"seed\":" + seed);
            const QString path
                = writeFile(dir, QStringLiteral("seed-%1.json").arg(QString::fromLatin1(seed)), scenario);
            return cli(QStringList { QStringLiteral("run"), path } + extra);
        };
        const CliResult inFile = run("9223372036854775807", {});
        QVERIFY2(inFile.exitCode == 0, inFile.err.constData());
        const CliResult bySet = run("1", { QStringLiteral("--set"), QStringLiteral("seed=9223372036854775807") });
        QVERIFY2(bySet.exitCode == 0, bySet.err.constData());
        QCOMPARE(inFile.out, bySet.out);
        // 2^53 + 1 and 2^53 + 2 are one double: read as doubles they would give one trace.
        const CliResult a = run("9007199254740993", {});
        const CliResult b = run("9007199254740994", {});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, a.err.constData());
        QVERIFY(a.out != b.out);
    }
};

QTEST_GUILESS_MAIN(TestRunLimits)
#include "test_run_limits.moc"
