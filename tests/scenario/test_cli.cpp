// The command line contract (README.md, "The command line") through the real tcplab-cli binary: exit codes, error
// messages, and a golden trace for every built-in scenario.
// Set TCPLAB_UPDATE_GOLDEN=1 to rewrite the golden traces after an intended change.
#include "cli_runner.h"

#include "params.h"
#include "scenario_loader.h"
#include "scenario_writer.h"

#include <QFile>
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

QString writeTemp(QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

const QByteArray kMinimal = R"({"format":"tcplab-scenario/1","steps":[
  {"at_ms":0,"peer":"server","do":"listen"},{"at_ms":10,"peer":"client","do":"connect"}],
  "run_until_ms":1000,
  "expect":[{"peer":"client","final":"ESTABLISHED"}]})";

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void exitZeroWhenExpectationsHold()
    {
        QTemporaryDir dir;
        CliResult r = runCli({ QStringLiteral("run"), writeTemp(dir, QStringLiteral("ok.json"), kMinimal) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("{\"t_us\":0,\"ev\":\"state\",\"peer\":\"server\""));
        QVERIFY(r.err.isEmpty());
    }

    void exitOneWhenAnExpectationFails()
    {
        QTemporaryDir dir;
        QByteArray failing = kMinimal;
        failing.replace("\"final\":\"ESTABLISHED\"", "\"final\":\"TIME_WAIT\"");
        CliResult r = runCli({ QStringLiteral("run"), writeTemp(dir, QStringLiteral("fail.json"), failing) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains("expect[0]: client final state: expected TIME_WAIT, got ESTABLISHED"), r.err.constData());
    }

    void exitTwoOnBadInputNamingFileAndPath()
    {
        QTemporaryDir dir;
        QByteArray bad = kMinimal;
        bad.replace("\"do\":\"connect\"", "\"do\":\"conect\"");
        const QString path = writeTemp(dir, QStringLiteral("bad.json"), bad);
        CliResult r = runCli({ QStringLiteral("run"), path });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((path + QStringLiteral(": steps[1].do: expected one of listen, connect")).toUtf8()),
            r.err.constData());
        QVERIFY2(r.err.contains("got \"conect\""), r.err.constData());
    }

    void setOverridesAndRejectsBadKeys()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("ok.json"), kMinimal);
        CliResult good = runCli({ QStringLiteral("run"), path, QStringLiteral("--set"), QStringLiteral("delay_ms=5"),
            QStringLiteral("--quiet") });
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.isEmpty());
        CliResult badKey = runCli({ QStringLiteral("run"), path, QStringLiteral("--set"), QStringLiteral("msl=5") });
        QCOMPARE(badKey.exitCode, 2);
        QVERIFY2(badKey.err.contains("--set msl: expected a known parameter"), badKey.err.constData());
        CliResult badValue
            = runCli({ QStringLiteral("run"), path, QStringLiteral("--set"), QStringLiteral("msl_ms=-1") });
        QCOMPARE(badValue.exitCode, 2);
        QVERIFY2(badValue.err.contains("--set msl_ms: expected an integer from"), badValue.err.constData());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("run") }).exitCode, 2);
        CliResult missing = runCli({ QStringLiteral("run"), QStringLiteral("/nonexistent/x.json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent/x.json: no such file"));
        CliResult unknownBuiltin = runCli({ QStringLiteral("run"), QStringLiteral("builtin:nope") });
        QCOMPARE(unknownBuiltin.exitCode, 2);
        QVERIFY(unknownBuiltin.err.contains("builtin:nope: no built-in scenario"));
        CliResult help = runCli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("run FILE.json|builtin:NAME"));
    }

    void paramsAndHelpListEveryKeyOfTheTable()
    {
        // One parameter table drives --help, `params` and the profiles' documentation.
        const CliResult params = runCli({ QStringLiteral("params") });
        QCOMPARE(params.exitCode, 0);
        const CliResult markdown = runCli({ QStringLiteral("params"), QStringLiteral("--markdown") });
        QCOMPARE(markdown.exitCode, 0);
        const CliResult help = runCli({ QStringLiteral("--help") });
        QFile doc(QStringLiteral(TCPLAB_DOCS_DIR "/profiles.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray profiles = doc.readAll();
        for (const tcplab::ParamInfo& info : tcplab::paramTable()) {
            const QByteArray key = QByteArray::fromStdString(info.key);
            QVERIFY2(params.out.contains(key + '\t'), key.constData());
            QVERIFY2(markdown.out.contains("| `" + key + "` |"), key.constData());
            QVERIFY2(help.out.contains("  " + key + " ("), key.constData());
            QVERIFY2(profiles.contains('`' + key + '`'), key.constData());
        }
    }

    void stopReadingThenCloseResetsOnLinux()
    {
        // Issue 13 item 10: a server that stops reading and then closes sends ACK|RST instead of
        // its FIN (Linux tcp_close, RFC 2525 §2.17); the client hears ECONNRESET.
        const QByteArray scenario = R"({"format":"tcplab-scenario/1","profile":"linux",
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},
          {"at_ms":10,"peer":"client","do":"connect"},
          {"after":"server:connected","peer":"server","do":"stop_reading"},
          {"after":"server:connected","delay_ms":10,"peer":"client","do":"send","text":"GET /"},
          {"at_ms":500,"peer":"server","do":"close"}],
 "run_until_ms":2000,
 "expect":[{"event":"note","peer":"server","text":"the application stops reading: received data waits unread in the receive queue","count":1},
           {"event":"app","peer":"server","what":"data","count":0},
           {"event":"send","peer":"server","flags":"ACK|RST","count":1},
           {"event":"send","peer":"server","flags":"ACK|FIN","count":0},
           {"event":"state","peer":"server","to":"CLOSED","cause":"app close with unread data / snd RST","count":1},
           {"event":"app","peer":"client","what":"reset","count":1}]})";
        QTemporaryDir dir;
        const CliResult r = runCli({ QStringLiteral("run"), writeTemp(dir, QStringLiteral("unread.json"), scenario),
            QStringLiteral("--quiet") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void portKeysSurviveSaveAndLoad()
    {
        // Issue 13 item 13: "port": "auto", "reuseaddr" and params.port_range are written back as
        // they were read; a file without them keeps the explicit bind() of the peer's own port.
        for (const char* name : { "13a-tw-reuse-on", "13d-bind-reuseaddr" }) {
            const tcplab::LoadResult loaded = tcplab::ScenarioLoader::load(QStringLiteral("builtin:") + name);
            QVERIFY2(loaded.ok, qPrintable(loaded.error));
            const tcplab::LoadResult again = tcplab::ScenarioLoader::fromJson(
                tcplab::ScenarioWriter::toJson(loaded.scenario), QStringLiteral("saved.json"), QString());
            QVERIFY2(again.ok, qPrintable(again.error));
            const auto& a = loaded.scenario.spec;
            const auto& b = again.scenario.spec;
            QCOMPARE(b.params.port_range.low, a.params.port_range.low);
            QCOMPARE(b.params.port_range.high, a.params.port_range.high);
            QCOMPARE(b.steps.size(), a.steps.size());
            for (std::size_t i = 0; i < a.steps.size(); ++i) {
                QCOMPARE(b.steps[i].action.portAuto, a.steps[i].action.portAuto);
                QCOMPARE(b.steps[i].action.reuseAddr, a.steps[i].action.reuseAddr);
                QCOMPARE(b.steps[i].action.port, a.steps[i].action.port);
            }
        }
        const tcplab::LoadResult auto13a = tcplab::ScenarioLoader::load(QStringLiteral("builtin:13a-tw-reuse-on"));
        QCOMPARE(auto13a.scenario.spec.params.port_range.low, 49152);
        QVERIFY(auto13a.scenario.spec.steps[1].action.portAuto);
        const tcplab::LoadResult old
            = tcplab::ScenarioLoader::load(QStringLiteral("builtin:01-handshake-client-closes"));
        QVERIFY(!old.scenario.spec.steps[1].action.portAuto && !old.scenario.spec.steps[1].action.reuseAddr);
    }

    void listNamesEveryBuiltin()
    {
        CliResult r = runCli({ QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        for (const QString& name : tcplab::ScenarioLoader::builtinNames())
            QVERIFY2(r.out.contains((name + QLatin1Char('\t')).toUtf8()), qPrintable(name));
    }

    void builtinGoldenTraces_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : tcplab::ScenarioLoader::builtinNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void builtinGoldenTraces()
    {
        QFETCH(QString, name);
        CliResult r = runCli({ QStringLiteral("run"), QStringLiteral("builtin:") + name });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString goldenPath = QStringLiteral(TCPLAB_GOLDEN_DIR "/") + name + QStringLiteral(".jsonl");
        if (qEnvironmentVariableIsSet("TCPLAB_UPDATE_GOLDEN")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(r.out);
            return;
        }
        QFile golden(goldenPath);
        QVERIFY2(golden.open(QIODevice::ReadOnly),
            qPrintable(goldenPath + QStringLiteral(" is missing; run with TCPLAB_UPDATE_GOLDEN=1")));
        const QList<QByteArray> want = golden.readAll().split('\n');
        const QList<QByteArray> got = r.out.split('\n');
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QVERIFY2(want[i] == got[i],
                qPrintable(QStringLiteral("line %1 differs:\n want %2\n got  %3")
                               .arg(i + 1)
                               .arg(QString::fromUtf8(want[i]), QString::fromUtf8(got[i]))));
        QCOMPARE(got.size(), want.size());
    }

    void lessonsDocQuotesRealTraceLines()
    {
        // docs/lessons.md quotes each lesson's decisive trace lines: every one must be a line of
        // that lesson's trace as the program writes it today (the golden trace above).
        QFile doc(QStringLiteral(TCPLAB_GOLDEN_DIR "/../../../docs/lessons.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QRegularExpression heading(QStringLiteral("^## `([^`]+)`"));
        QString lesson;
        QSet<QByteArray> lines;
        int quoted = 0;
        for (const QByteArray& line : doc.readAll().split('\n')) {
            const QRegularExpressionMatch m = heading.match(QString::fromUtf8(line));
            if (m.hasMatch()) {
                lesson = m.captured(1);
                QFile golden(QStringLiteral(TCPLAB_GOLDEN_DIR "/") + lesson + QStringLiteral(".jsonl"));
                lines.clear();
                if (golden.open(QIODevice::ReadOnly))
                    for (const QByteArray& l : golden.readAll().split('\n'))
                        lines.insert(l);
                continue;
            }
            if (!line.startsWith("{\"t_us\"") || lesson.isEmpty())
                continue;
            ++quoted;
            QVERIFY2(
                lines.contains(line), qPrintable(lesson + QStringLiteral(" quotes a line its trace lacks:\n") + line));
        }
        QVERIFY(quoted > 30);
    }

    void sameScenarioGivesByteIdenticalTraces()
    {
        const QString name = QStringLiteral("builtin:") + tcplab::ScenarioLoader::builtinNames().constFirst();
        CliResult a = runCli({ QStringLiteral("run"), name, QStringLiteral("--set"), QStringLiteral("loss=0.3"),
            QStringLiteral("--set"), QStringLiteral("isn=random") });
        CliResult b = runCli({ QStringLiteral("run"), name, QStringLiteral("--set"), QStringLiteral("loss=0.3"),
            QStringLiteral("--set"), QStringLiteral("isn=random") });
        QVERIFY(!a.out.isEmpty());
        QCOMPARE(a.out, b.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
