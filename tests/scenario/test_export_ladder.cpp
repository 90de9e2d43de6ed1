// `tcplab-cli export-ladder` through the real binary (issue 11): the structure of the Mermaid and
// PlantUML text checked against the trace `run` prints for the same lesson — the participants,
// exactly one message per segment in the order segments first appear, a cross on exactly the
// dropped ones, a note for every state change in trace order — and the library function the GUI
// calls gives the same text.
#include "cli_runner.h"

#include "ladder_text.h"
#include "scenario_loader.h"
#include "scenario_runner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using tcplab::testing::CliResult;

CliResult runCli(const QStringList& args)
{
    return tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}

const QStringList kStates = { QStringLiteral("CLOSED"), QStringLiteral("LISTEN"), QStringLiteral("SYN_SENT"),
    QStringLiteral("SYN_RECEIVED"), QStringLiteral("ESTABLISHED"), QStringLiteral("FIN_WAIT_1"),
    QStringLiteral("FIN_WAIT_2"), QStringLiteral("CLOSE_WAIT"), QStringLiteral("CLOSING"), QStringLiteral("LAST_ACK"),
    QStringLiteral("TIME_WAIT") };

// What the ladder must show, read from the trace: one token per segment at its first appearance
// ("msg Client Server SYN seq=1000 drop=fault" / "… drop=-") and one per state change
// ("note Server LISTEN").
struct Expected {
    QStringList tokens;
    QSet<QString> dropReasons;
};

Expected expectedFromTrace(const QByteArray& trace, const QString& clientAddr, const QString& serverAddr)
{
    auto lane = [&](const QString& endpoint) {
        const QString addr = endpoint.section(QLatin1Char(':'), 0, 0);
        return addr == clientAddr ? QStringLiteral("Client")
            : addr == serverAddr  ? QStringLiteral("Server")
                                  : QStringLiteral("Other");
    };
    QList<QJsonObject> events;
    QHash<qint64, QString> dropped;
    for (const QByteArray& line : trace.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        events.append(e);
        if (e.value(QStringLiteral("ev")).toString() == QStringLiteral("drop"))
            dropped.insert(e.value(QStringLiteral("seg")).toObject().value(QStringLiteral("id")).toInteger(),
                e.value(QStringLiteral("reason")).toString());
    }
    Expected out;
    QSet<qint64> seen;
    for (const QJsonObject& e : events) {
        const QString ev = e.value(QStringLiteral("ev")).toString();
        if (ev == QStringLiteral("state")) {
            const QString peer = e.value(QStringLiteral("peer")).toString() == QStringLiteral("client")
                ? QStringLiteral("Client")
                : QStringLiteral("Server");
            out.tokens << QStringLiteral("note %1 %2").arg(peer, e.value(QStringLiteral("to")).toString());
            continue;
        }
        if (!e.contains(QStringLiteral("seg")))
            continue;
        const QJsonObject seg = e.value(QStringLiteral("seg")).toObject();
        const qint64 id = seg.value(QStringLiteral("id")).toInteger();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const QString reason = dropped.value(id, QStringLiteral("-"));
        if (reason != QStringLiteral("-"))
            out.dropReasons.insert(reason);
        out.tokens << QStringLiteral("msg %1 %2 %3 seq=%4 drop=%5")
                          .arg(lane(seg.value(QStringLiteral("src")).toString()),
                              lane(seg.value(QStringLiteral("dst")).toString()),
                              seg.value(QStringLiteral("flags")).toString())
                          .arg(seg.value(QStringLiteral("seq")).toInteger())
                          .arg(reason);
    }
    return out;
}

// The same tokens read back from the ladder text; stray notes are left out (not state changes).
QStringList tokensFromLadder(const QStringList& lines, bool mermaid, int& strayNotes)
{
    const QRegularExpression message(mermaid ? QStringLiteral(R"(^    (\w+)(->>|-x)(\w+): (\S+) seq=(\d+)(.*)$)")
                                             : QStringLiteral(R"(^(\w+) (->|->x) (\w+) : (\S+) seq=(\d+)(.*)$)"));
    const QRegularExpression note(
        mermaid ? QStringLiteral(R"(^    Note over (\w+): (.*)$)") : QStringLiteral(R"(^note over (\w+) : (.*)$)"));
    const QRegularExpression droppedBecause(QStringLiteral(R"((?:\(|, )dropped: ([a-z-]+)\)$)"));
    QStringList tokens;
    strayNotes = 0;
    for (const QString& line : lines) {
        if (const auto m = message.match(line); m.hasMatch()) {
            const bool cross = m.captured(2).endsWith(QLatin1Char('x'));
            const auto because = droppedBecause.match(m.captured(6));
            // A cross exactly when the text says why it was dropped.
            if (cross != because.hasMatch())
                return { QStringLiteral("cross and reason disagree: ") + line };
            tokens << QStringLiteral("msg %1 %2 %3 seq=%4 drop=%5")
                          .arg(m.captured(1), m.captured(3), m.captured(4), m.captured(5),
                              cross ? because.captured(1) : QStringLiteral("-"));
        } else if (const auto n = note.match(line); n.hasMatch()) {
            if (kStates.contains(n.captured(2)))
                tokens << QStringLiteral("note %1 %2").arg(n.captured(1), n.captured(2));
            else if (n.captured(2).startsWith(QStringLiteral("STRAY ACCEPTED: "))
                || n.captured(2).startsWith(QStringLiteral("stray rejected: ")))
                ++strayNotes;
            else
                return { QStringLiteral("a note that is neither a state nor a stray: ") + line };
        }
    }
    return tokens;
}

} // namespace

class TestExportLadder : public QObject {
    Q_OBJECT
private slots:
    void structureFollowsTheTrace_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("strays");
        for (const QString& format : { QStringLiteral("mermaid"), QStringLiteral("plantuml") }) {
            // A lost last ACK (fault drops) and the old duplicate accepted by the new connection.
            QTest::newRow(qPrintable(QStringLiteral("05a %1").arg(format)))
                << QStringLiteral("05a-lost-last-ack-with-time-wait") << format << 0;
            QTest::newRow(qPrintable(QStringLiteral("06b %1").arg(format)))
                << QStringLiteral("06b-old-duplicate-short-time-wait") << format << 1;
        }
    }

    void structureFollowsTheTrace()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, format);
        QFETCH(int, strays);
        const QString spec = QStringLiteral("builtin:") + lesson;
        const CliResult trace = runCli({ QStringLiteral("run"), spec });
        QCOMPARE(trace.exitCode, 0);
        const CliResult ladder = runCli({ QStringLiteral("export-ladder"), spec, QStringLiteral("--format"), format });
        QVERIFY2(ladder.exitCode == 0, ladder.err.constData());
        QVERIFY(ladder.err.isEmpty());
        const QStringList lines = QString::fromUtf8(ladder.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const bool mermaid = format == QStringLiteral("mermaid");
        QVERIFY(lines.size() > 3);
        if (mermaid) {
            QCOMPARE(lines[0], QStringLiteral("sequenceDiagram"));
            QCOMPARE(lines[1], QStringLiteral("    participant Client as Client 192.0.2.1:49152"));
            QCOMPARE(lines[2], QStringLiteral("    participant Server as Server 198.51.100.2:80"));
        } else {
            QCOMPARE(lines[0], QStringLiteral("@startuml"));
            QCOMPARE(lines[1], QStringLiteral("participant \"Client 192.0.2.1:49152\" as Client"));
            QCOMPARE(lines[2], QStringLiteral("participant \"Server 198.51.100.2:80\" as Server"));
            QCOMPARE(lines.last(), QStringLiteral("@enduml"));
        }
        const Expected expected
            = expectedFromTrace(trace.out, QStringLiteral("192.0.2.1"), QStringLiteral("198.51.100.2"));
        int strayNotes = 0;
        const QStringList got = tokensFromLadder(lines, mermaid, strayNotes);
        for (qsizetype i = 0; i < std::min(got.size(), expected.tokens.size()); ++i)
            QVERIFY2(got[i] == expected.tokens[i],
                qPrintable(QStringLiteral("item %1:\n want %2\n got  %3").arg(i).arg(expected.tokens[i], got[i])));
        QCOMPARE(got.size(), expected.tokens.size());
        QCOMPARE(strayNotes, strays);
        // Every line is a header, a participant, a message or a note: nothing else slipped in.
        const qsizetype framing = mermaid ? 3 : 4;
        QCOMPARE(lines.size(), expected.tokens.size() + strays + framing);
        if (lesson.startsWith(QStringLiteral("05a")))
            QVERIFY(expected.dropReasons.contains(QStringLiteral("fault")));
        if (lesson.startsWith(QStringLiteral("06b"))) {
            const QByteArray copy = "ACK|PSH seq=1001 ack=5001 len=13 \"GET /old-page\" (network duplicate, sent 0.110 "
                                    "s, arrives 1.960 s, stray of incarnation 1: accepted)";
            QVERIFY2(ladder.out.contains(copy), ladder.out.constData());
        }
    }

    void otherAddressesGetTheirOwnLane()
    {
        const CliResult ladder
            = runCli({ QStringLiteral("export-ladder"), QStringLiteral("builtin:12a-syn-flood-backlog-full") });
        QCOMPARE(ladder.exitCode, 0);
        QVERIFY(ladder.out.startsWith("sequenceDiagram\n    participant Other as other addresses\n"));
        QVERIFY(ladder.out.contains("    Other->>Server: SYN seq=268435456 (from 203.0.113.1:1024)\n"));
        QVERIFY(ladder.out.contains(
            "Server-xOther: SYN|ACK seq=5000 ack=268435457 (to 203.0.113.1:1024, dropped: no-route)\n"));
    }

    void payloadTextIsEscaped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Not a raw string: with this text in one, moc (Qt 6.4) no longer finds the test class.
        file.write("{\"format\":\"tcplab-scenario/1\",\"run_until_ms\":1000,\"steps\":["
                   "{\"at_ms\":0,\"peer\":\"server\",\"do\":\"listen\"},"
                   "{\"at_ms\":10,\"peer\":\"client\",\"do\":\"connect\"},"
                   "{\"after\":\"client:ESTABLISHED\",\"peer\":\"client\",\"do\":\"send\","
                   "\"text\":\"a;b#c<i>d **e** \\\\n\\tz\"}]}");
        file.close();
        const CliResult mermaid = runCli({ QStringLiteral("export-ladder"), path });
        QCOMPARE(mermaid.exitCode, 0);
        QVERIFY2(mermaid.out.contains(": ACK|PSH seq=1001 ack=5001 len=20 \"a#59;b#35;c#lt;i#gt;d **e** \\n\\tz\"\n"),
            mermaid.out.constData());
        const CliResult plantuml
            = runCli({ QStringLiteral("export-ladder"), path, QStringLiteral("--format"), QStringLiteral("plantuml") });
        QCOMPARE(plantuml.exitCode, 0);
        QVERIFY2(plantuml.out.contains(" : ACK|PSH seq=1001 ack=5001 len=20 \"a;b#c~<i>d ~**e~** \\\\n\\\\tz\"\n"),
            plantuml.out.constData());
    }

    void libraryGivesTheSameText()
    {
        tcplab::LoadResult loaded
            = tcplab::ScenarioLoader::load(QStringLiteral("builtin:06b-old-duplicate-short-time-wait"));
        QVERIFY(loaded.ok);
        tcplab::LadderText ladder(loaded.scenario.spec);
        tcplab::runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &ladder });
        for (const auto& [name, format] : { std::pair { "mermaid", tcplab::LadderFormat::Mermaid },
                 std::pair { "plantuml", tcplab::LadderFormat::PlantUml } }) {
            const CliResult cli
                = runCli({ QStringLiteral("export-ladder"), QStringLiteral("builtin:06b-old-duplicate-short-time-wait"),
                    QStringLiteral("--format"), QLatin1String(name) });
            QCOMPARE(QByteArray::fromStdString(ladder.text(format)), cli.out);
        }
    }

    void untilAndSetChangeTheRun()
    {
        const QString lesson = QStringLiteral("builtin:06a-old-duplicate-with-time-wait");
        const CliResult shortRun
            = runCli({ QStringLiteral("export-ladder"), lesson, QStringLiteral("--until-ms"), QStringLiteral("100") });
        QCOMPARE(shortRun.exitCode, 0);
        // By 100 ms only the SYN has gone out and come back answered.
        QCOMPARE(shortRun.out.count("->>"), 2);
        QVERIFY(
            shortRun.out.contains("Server->>Client: SYN|ACK seq=5000 ack=1001 (still in flight when the run ends)\n"));
        const CliResult shortTimeWait = runCli(
            { QStringLiteral("export-ladder"), lesson, QStringLiteral("--set"), QStringLiteral("time_wait_ms=1000") });
        QCOMPARE(shortTimeWait.exitCode, 0);
        QVERIFY(shortTimeWait.out.contains("Note over Server: STRAY ACCEPTED: "));
    }

    void badInputExitsTwo()
    {
        const CliResult missing = runCli({ QStringLiteral("export-ladder"), QStringLiteral("/nonexistent/x.json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent/x.json: no such file"));
        const CliResult format = runCli({ QStringLiteral("export-ladder"),
            QStringLiteral("builtin:01-handshake-client-closes"), QStringLiteral("--format"), QStringLiteral("svg") });
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains("--format: expected mermaid or plantuml, got \"svg\""));
        QCOMPARE(runCli({ QStringLiteral("export-ladder") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("export-ladder"), QStringLiteral("builtin:nope") }).exitCode, 2);
        const CliResult badSet = runCli({ QStringLiteral("export-ladder"),
            QStringLiteral("builtin:01-handshake-client-closes"), QStringLiteral("--set"), QStringLiteral("msl=1") });
        QCOMPARE(badSet.exitCode, 2);
        QVERIFY(badSet.err.contains("--set msl: expected a known parameter"));
        const CliResult help = runCli({ QStringLiteral("export-ladder"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(
            help.out.startsWith("Usage: tcplab-cli export-ladder FILE.json|builtin:NAME [--format mermaid|plantuml]"));
    }
};

QTEST_GUILESS_MAIN(TestExportLadder)
#include "test_export_ladder.moc"
