// `tcplab-cli diff` through the real binary (README.md, "The command line"; issue 11): identical runs exit 0, the
// old-duplicate lessons 06a and 06b (or 06a against itself with a short TIME_WAIT) exit 1 and name
// the accepted stray, bad input exits 2 naming the file. The first divergence is checked against
// the traces `run` prints, so diff runs the scenarios exactly as run does.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using tcplab::testing::CliResult;

const QString k06a = QStringLiteral("builtin:06a-old-duplicate-with-time-wait");
const QString k06b = QStringLiteral("builtin:06b-old-duplicate-short-time-wait");

CliResult runCli(const QStringList& args)
{
    return tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}

QString writeTemp(QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

// The 1-based number of the first line where the two traces `run` prints differ.
qsizetype firstDifferingLine(const QStringList& runA, const QStringList& runB)
{
    const QList<QByteArray> a = runCli(runA).out.split('\n');
    const QList<QByteArray> b = runCli(runB).out.split('\n');
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return i + 1;
}

// "The traces differ …\nFirst divergence at 0.630 s, trace line 48:\n  A: {…}\n  B: {…}\n"
QByteArray divergenceLine(const QByteArray& out, char side)
{
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith(QByteArray("  ") + side + ": {") || line == QByteArray("  ") + side + " ended")
            return line.mid(2);
    return {};
}

const QByteArray kStray06b = "B: 1.960 s: server sock 3 accepted ACK|PSH seq=1001 ack=5001 len=13 \"GET /old-page\" "
                             "of incarnation 1 (segment 5, a copy of segment 4 made by the network)";

} // namespace

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void identicalRunsExitZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("one file") << QStringList { QStringLiteral("diff"), k06a };
        QTest::newRow("same file twice") << QStringList { QStringLiteral("diff"), k06a, k06a };
        QTest::newRow("--set-b to the value it has")
            << QStringList { QStringLiteral("diff"), k06a, QStringLiteral("--set-b"), QStringLiteral("msl_ms=10000") };
        QTest::newRow("--set on both") << QStringList { QStringLiteral("diff"), k06b, k06b, QStringLiteral("--set"),
            QStringLiteral("time_wait_ms=20000") };
    }

    void identicalRunsExitZero()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(args);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("The traces are identical"), r.out.constData());
        QVERIFY(r.err.isEmpty());
        const CliResult json = runCli(args + QStringList { QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("identical")), QJsonValue(true));
        QVERIFY(o.value(QStringLiteral("first_divergence")).isNull());
        QVERIFY(o.value(QStringLiteral("outcome_differs")).toArray().isEmpty());
    }

    void oldDuplicateLessonsDifferByTheAcceptedStray()
    {
        const CliResult r = runCli({ QStringLiteral("diff"), k06a, k06b });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains("Inputs differ in: time_wait_ms (A null, B 1000)"), r.out.constData());
        const qsizetype line = firstDifferingLine({ QStringLiteral("run"), k06a }, { QStringLiteral("run"), k06b });
        QVERIFY2(r.out.contains(QStringLiteral("First divergence at 0.630 s, trace line %1:").arg(line).toUtf8()),
            r.out.constData());
        QVERIFY(divergenceLine(r.out, 'A').contains("\"timer\":\"TIME_WAIT\",\"what\":\"start\",\"due_us\":20630000"));
        QVERIFY(divergenceLine(r.out, 'B').contains("\"timer\":\"TIME_WAIT\",\"what\":\"start\",\"due_us\":1630000"));
        QVERIFY2(r.out.contains("  strays accepted:\n    A: none\n    " + kStray06b + "\n"), r.out.constData());
        QVERIFY2(r.out.contains("  server received:\n    A: sock 2 \"GET /old-page\", sock 3 \"GET /new-page\"\n"
                                "    B: sock 2 \"GET /old-page\", sock 3 \"GET /old-page\"\n"),
            r.out.constData());
        // Both lessons walk the same states: the stray changes what the server reads, not its states.
        QVERIFY2(r.out.contains("The same in both: client states, server states,"), r.out.constData());
    }

    void oldDuplicateLessonsAsJson()
    {
        const CliResult r = runCli({ QStringLiteral("diff"), k06a, k06b, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(o.value(QStringLiteral("identical")), QJsonValue(false));
        const qsizetype line = firstDifferingLine({ QStringLiteral("run"), k06a }, { QStringLiteral("run"), k06b });
        const QJsonObject divergence = o.value(QStringLiteral("first_divergence")).toObject();
        QCOMPARE(divergence.value(QStringLiteral("line")).toInteger(), line);
        QCOMPARE(divergence.value(QStringLiteral("t_us")).toInteger(), 630000);
        QCOMPARE(divergence.value(QStringLiteral("b")).toObject().value(QStringLiteral("due_us")).toInteger(), 1630000);
        const QJsonArray differs = o.value(QStringLiteral("outcome_differs")).toArray();
        QVERIFY(differs.contains(QStringLiteral("strays.accepted")));
        QVERIFY(differs.contains(QStringLiteral("server.received")));
        QVERIFY(!differs.contains(QStringLiteral("client.states")));
        const QJsonObject outcome = o.value(QStringLiteral("outcome")).toObject();
        const auto accepted = [&outcome](const char* side) {
            return outcome.value(QLatin1String(side))
                .toObject()
                .value(QStringLiteral("strays"))
                .toObject()
                .value(QStringLiteral("accepted"))
                .toArray();
        };
        QVERIFY(accepted("a").isEmpty());
        QCOMPARE(accepted("b").size(), 1);
        const QJsonObject stray = accepted("b").first().toObject();
        QCOMPARE(stray.value(QStringLiteral("t_us")).toInteger(), 1960000);
        QCOMPARE(stray.value(QStringLiteral("peer")).toString(), QStringLiteral("server"));
        const QJsonObject seg = stray.value(QStringLiteral("seg")).toObject();
        QCOMPARE(seg.value(QStringLiteral("id")).toInteger(), 5);
        QCOMPARE(seg.value(QStringLiteral("inc")).toInteger(), 1);
        QCOMPARE(seg.value(QStringLiteral("text")).toString(), QStringLiteral("GET /old-page"));
        const QJsonObject serverB
            = outcome.value(QStringLiteral("b")).toObject().value(QStringLiteral("server")).toObject();
        QCOMPARE(serverB.value(QStringLiteral("app")).toObject().value(QStringLiteral("data")).toInteger(), 2);
        QCOMPARE(serverB.value(QStringLiteral("final")).toString(), QStringLiteral("CLOSED"));
    }

    void shortTimeWaitBySetBDiffersToo()
    {
        const CliResult r
            = runCli({ QStringLiteral("diff"), k06a, QStringLiteral("--set-b"), QStringLiteral("time_wait_ms=1000") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("B: " + k06a.toUtf8() + " with time_wait_ms=1000\n"), r.out.constData());
        QVERIFY2(r.out.contains("Inputs differ in: time_wait_ms (A null, B 1000)\n"), r.out.constData());
        QVERIFY2(r.out.contains("  strays accepted:\n    A: none\n    " + kStray06b + "\n"), r.out.constData());
    }

    void shorterRunEnds()
    {
        const CliResult r
            = runCli({ QStringLiteral("diff"), k06a, QStringLiteral("--set-b"), QStringLiteral("run_until_ms=5000") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(divergenceLine(r.out, 'B'), QByteArray("B ended"));
        QVERIFY(divergenceLine(r.out, 'A').startsWith("A: {\"t_us\":20630000,"));
        QVERIFY2(r.out.contains("  client final state:\n    A: CLOSED\n    B: TIME_WAIT\n"), r.out.constData());
    }

    void badInputExitsTwo()
    {
        QTemporaryDir dir;
        const QString bad = writeTemp(dir, QStringLiteral("bad.json"), R"({"format":"tcplab-scenario/1","steps":[
            {"at_ms":0,"peer":"server","do":"listen"},{"at_ms":10,"peer":"client","do":"conect"}]})");
        for (const QStringList& args :
            { QStringList { QStringLiteral("diff"), bad }, QStringList { QStringLiteral("diff"), k06a, bad } }) {
            const CliResult r = runCli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains((bad + QStringLiteral(": steps[1].do: expected one of listen, connect")).toUtf8()),
                r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const CliResult missing = runCli({ QStringLiteral("diff"), k06a, QStringLiteral("/nonexistent/b.json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("/nonexistent/b.json: no such file"), missing.err.constData());
        const CliResult badKey
            = runCli({ QStringLiteral("diff"), k06a, QStringLiteral("--set-b"), QStringLiteral("msl=5") });
        QCOMPARE(badKey.exitCode, 2);
        QVERIFY2(badKey.err.contains("--set-b msl: expected a known parameter"), badKey.err.constData());
        const CliResult badValue
            = runCli({ QStringLiteral("diff"), k06a, QStringLiteral("--set"), QStringLiteral("msl_ms=-1") });
        QCOMPARE(badValue.exitCode, 2);
        QVERIFY2(badValue.err.contains("--set msl_ms: expected an integer from"), badValue.err.constData());
        QCOMPARE(runCli({ QStringLiteral("diff") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("diff"), k06a, k06b, k06a }).exitCode, 2);
        QCOMPARE(
            runCli({ QStringLiteral("diff"), k06a, QStringLiteral("--until-ms"), QStringLiteral("soon") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("diff"), k06a, QStringLiteral("--frobnicate") }).exitCode, 2);
    }

    void helpExitsZero()
    {
        const CliResult r = runCli({ QStringLiteral("diff"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.out.startsWith("Usage: tcplab-cli diff A.json|builtin:NAME [B.json|builtin:NAME] [--set-b key=value]"));
        QVERIFY(r.out.contains("--json"));
        const CliResult all = runCli({ QStringLiteral("--help") });
        QVERIFY(all.out.contains("  diff A.json|builtin:NAME [B.json|builtin:NAME] [--set-b key=value]..."));
        QVERIFY(all.out.contains("  export-ladder FILE.json|builtin:NAME [--format mermaid|plantuml]"));
        // Every subcommand answers --help with exit 0 (README.md, "The command line").
        for (const char* command : { "run", "list", "params", "explore", "pcap", "export-ladder" })
            QVERIFY2(runCli({ QLatin1String(command), QStringLiteral("--help") }).exitCode == 0, command);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "test_diff.moc"
