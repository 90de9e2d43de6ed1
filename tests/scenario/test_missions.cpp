// Missions that check themselves (issue 16): every mission of resources/missions fails its goal as
// shipped and its solution meets it, through the real tcplab-cli; the solution changes only what
// the mission allows; texts in both languages; impossible missions have no solution.
#include "cli_runner.h"

#include "mission_check.h"
#include "scenario_loader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tcplab;

namespace {

const QString kMissions = QStringLiteral(TCPLAB_MISSIONS_DIR);

QStringList missionFiles()
{
    QStringList names;
    for (const QString& file : QDir(kMissions).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        if (!file.endsWith(QStringLiteral(".solution.json")))
            names << file.chopped(5);
    return names;
}

QString missionPath(const QString& name)
{
    return kMissions + QLatin1Char('/') + name + QStringLiteral(".json");
}

QString solutionPath(const QString& name)
{
    return kMissions + QLatin1Char('/') + name + QStringLiteral(".solution.json");
}

Scenario load(const QString& path)
{
    const LoadResult loaded = ScenarioLoader::load(path);
    if (!loaded.ok)
        qFatal("%s", qPrintable(loaded.error));
    return loaded.scenario;
}

testing::CliResult run(const QStringList& args)
{
    return testing::runCli(QStringLiteral(TCPLAB_CLI), QStringList { QStringLiteral("run") } + args);
}

bool complete(const LocalizedText& text)
{
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return !QString::fromStdString(text.en).trimmed().isEmpty() && QString::fromStdString(text.zh_CN).contains(chinese);
}

// The goal rule by rule as `tcplab-cli run` says it after the verdict: "✓ …" or "✗ …".
QList<QByteArray> ruleLines(const QByteArray& err)
{
    QList<QByteArray> out;
    for (const QByteArray& line : err.split('\n')) {
        const qsizetype at = line.indexOf(":   ");
        if (at >= 0 && (line.mid(at + 4).startsWith("✓ ") || line.mid(at + 4).startsWith("✗ ")))
            out << line.mid(at + 4);
    }
    return out;
}

} // namespace

class TestMissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void enoughMissions()
    {
        const QStringList names = missionFiles();
        int impossible = 0;
        for (const QString& name : names)
            impossible += load(missionPath(name)).mission->impossible ? 1 : 0;
        QVERIFY2(names.size() - impossible >= 8, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(impossible >= 1);
        // Built into the program the way the lessons are: mission:NAME, listed by `list`.
        QCOMPARE(ScenarioLoader::missionNames(), names);
        const testing::CliResult list = testing::runCli(QStringLiteral(TCPLAB_CLI), { QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        for (const QString& name : names)
            QVERIFY2(list.out.contains(("mission:" + name + '\t').toUtf8()), qPrintable(name));
    }

    void eachMission_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : missionFiles())
            QTest::newRow(qPrintable(name)) << name;
    }

    void eachMission()
    {
        QFETCH(QString, name);
        const Scenario mission = load(missionPath(name));
        QVERIFY(mission.mission.has_value());
        const Mission& m = *mission.mission;
        // Texts complete in both languages.
        QVERIFY2(complete(mission.title) && complete(mission.summary), "title, summary");
        QVERIFY2(complete(m.goal) && complete(m.explain), "goal, explain");
        QVERIFY2(!m.hints.empty(), "at least one hint");
        for (const LocalizedText& hint : m.hints)
            QVERIFY2(complete(hint), hint.en.c_str());

        // Shipped: the goal does not hold, exit 1, the verdict names the goal.
        const testing::CliResult shipped = run({ missionPath(name), QStringLiteral("--quiet") });
        QCOMPARE(shipped.exitCode, 1);
        QVERIFY2(shipped.err.contains("Mission goal not met: " + QByteArray::fromStdString(m.goal.en)),
            shipped.err.constData());
        QVERIFY2(shipped.err.contains(": expect["), shipped.err.constData()); // which rule failed
        // Then every rule as a sentence, none as the file's field=value.
        const QList<QByteArray> said = ruleLines(shipped.err);
        QCOMPARE(said.size(), qsizetype(mission.expect.size()));
        QVERIFY2(std::any_of(said.begin(), said.end(), [](const QByteArray& l) { return l.startsWith("✗ "); }),
            shipped.err.constData());
        for (const QByteArray& line : said)
            QVERIFY2(!line.contains('='), line.constData());
        const testing::CliResult builtin = run({ QStringLiteral("mission:") + name, QStringLiteral("--quiet") });
        QCOMPARE(builtin.exitCode, 1);

        if (m.impossible) {
            QVERIFY2(!QFile::exists(solutionPath(name)), "an impossible mission has no solution");
            QVERIFY(shipped.err.contains("This mission is marked impossible"));
            return;
        }
        // The solution meets the goal, as a file of its own and as an answer to the mission.
        QVERIFY2(QFile::exists(solutionPath(name)), qPrintable(solutionPath(name)));
        const testing::CliResult solved = run({ solutionPath(name), QStringLiteral("--quiet") });
        QVERIFY2(solved.exitCode == 0, solved.err.constData());
        QVERIFY2(
            solved.err.contains("Mission goal met: " + QByteArray::fromStdString(m.goal.en)), solved.err.constData());
        for (const QByteArray& line : ruleLines(solved.err))
            QVERIFY2(line.startsWith("✓ "), line.constData());
        const testing::CliResult answer
            = run({ solutionPath(name), QStringLiteral("--mission"), missionPath(name), QStringLiteral("--quiet") });
        QVERIFY2(answer.exitCode == 0, answer.err.constData());

        // It changes something, and only what may_change allows.
        const Scenario solution = load(solutionPath(name));
        QVERIFY(!scenarioChanges(mission, solution).empty());
        const std::vector<std::string> wrong = disallowedChanges(mission, solution);
        QVERIFY2(wrong.empty(), wrong.empty() ? "" : wrong.front().c_str());
    }

    // The rules read as a student reads them (the Mission panel says the same sentences),
    // singular and plural right.
    void rulesReadAsSentences()
    {
        const testing::CliResult m1
            = run({ QStringLiteral("mission:01-let-an-old-duplicate-in"), QStringLiteral("--quiet") });
        QCOMPARE(ruleLines(m1.err),
            (QList<QByteArray> {
                "✗ an old duplicate of connection 1 is accepted by the server's newer connection (at least once)",
                "✗ the server's application reads “GET /old-page” (exactly 2 times)" }));
        const testing::CliResult m4
            = run({ QStringLiteral("mission:04-lost-last-ack-without-reset"), QStringLiteral("--quiet") });
        const QList<QByteArray> said = ruleLines(m4.err);
        QVERIFY2(said.contains("✓ the server sends a segment with ACK|FIN (at least 2 times)"), m4.err.constData());
        QVERIFY2(said.contains("✓ the client ends in CLOSED"), m4.err.constData());
        const testing::CliResult m7
            = run({ QStringLiteral("mission:07-survive-a-syn-flood"), QStringLiteral("--quiet") });
        QVERIFY2(ruleLines(m7.err).contains("✗ the client's connect() succeeds (exactly once)"), m7.err.constData());
        QVERIFY2(
            ruleLines(m7.err).contains("✗ the server drops a SYN of connection 1 because its backlog is full (never)"),
            m7.err.constData());
    }

    // Rewriting the goal is no answer: the solution with `expect` made trivially true is refused.
    void aRewrittenGoalIsRefused()
    {
        const QString name = missionFiles().front();
        QFile file(missionPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        o.insert(QStringLiteral("expect"),
            QJsonArray { QJsonObject { { QStringLiteral("event"), QStringLiteral("note") },
                { QStringLiteral("text"), QStringLiteral("nothing") }, { QStringLiteral("count"), 0 } } });
        QTemporaryDir dir;
        const QString cheat = dir.filePath(QStringLiteral("cheat.json"));
        QFile out(cheat);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        const testing::CliResult r
            = run({ cheat, QStringLiteral("--mission"), missionPath(name), QStringLiteral("--quiet") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("this run changes expect, which the mission does not allow"), r.err.constData());
        QVERIFY(r.err.contains("Mission goal not met"));
    }

    // --set on a mission: what may_change allows counts, anything else makes the run no answer.
    void setOnAMission()
    {
        const QString spec = QStringLiteral("mission:01-let-an-old-duplicate-in");
        const testing::CliResult allowed
            = run({ spec, QStringLiteral("--set"), QStringLiteral("time_wait_ms=1000"), QStringLiteral("--quiet") });
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        const testing::CliResult other = run({ spec, QStringLiteral("--set"), QStringLiteral("time_wait_ms=1000"),
            QStringLiteral("--set"), QStringLiteral("msl_ms=20000"), QStringLiteral("--quiet") });
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("this run changes params.msl_ms"), other.err.constData());
    }

    // What the check calls a change, and which ones a may_change covers.
    void changesAndWhatCoversThem()
    {
        Scenario mission = load(missionPath(QStringLiteral("05-connect-fast-through-lost-syns")));
        Scenario candidate = mission;
        QVERIFY(scenarioChanges(mission, candidate).empty());
        // A new profile brings its defaults: allowed, since "profile" is.
        QVERIFY(ScenarioLoader::applySet(candidate, QStringLiteral("profile=linux")).isEmpty());
        QVERIFY(disallowedChanges(mission, candidate).empty());
        // But a value set by hand that the mission does not name is not.
        QVERIFY(ScenarioLoader::applySet(candidate, QStringLiteral("rto_min_ms=100")).isEmpty());
        QCOMPARE(disallowedChanges(mission, candidate), std::vector<std::string> { "params.rto_min_ms" });
        // A group covers its keys.
        Scenario keepalive = load(missionPath(QStringLiteral("06-keepalive-finds-a-dead-peer")));
        Scenario tuned = keepalive;
        QVERIFY(ScenarioLoader::applySet(tuned, QStringLiteral("keepalive.probes=2")).isEmpty());
        QVERIFY(disallowedChanges(keepalive, tuned).empty());
        tuned.spec.runUntilUs += 1000;
        QCOMPARE(disallowedChanges(keepalive, tuned), std::vector<std::string> { "run_until_ms" });
    }

    void badMissionsNameFilePathAndExpectation_data()
    {
        QTest::addColumn<QByteArray>("mission");
        QTest::addColumn<QString>("message");
        const QByteArray good = R"("mission":{"goal":{"en":"G","zh_CN":"目"},"may_change":["params.msl_ms"],)"
                                R"("explain":{"en":"E","zh_CN":"释"}})";
        QTest::newRow("ok but no expect") << good << "expect: a mission needs its goal as \"expect\" rules";
        const QByteArray withExpect = QByteArray(good) + R"(,"expect":[{"event":"stray","count":1}])";
        QTest::newRow("no goal") << QByteArray(withExpect).replace(R"("goal":{"en":"G","zh_CN":"目"},)", "")
                                 << "mission.goal: missing; this key is required";
        QTest::newRow("unknown change") << QByteArray(withExpect).replace("params.msl_ms", "params.mls_ms")
                                        << "mission.may_change[0]: expected one of profile, faults";
        QTest::newRow("nothing to change") << QByteArray(withExpect).replace(R"(["params.msl_ms"])", "[]")
                                           << "mission.may_change: expected at least one thing";
        QTest::newRow("empty goal") << QByteArray(withExpect).replace(R"({"en":"G")", R"({"en":" ")")
                                    << "mission.goal.en: expected a text that is not empty";
        QTest::newRow("impossible not bool")
            << QByteArray(withExpect).replace(R"("may_change")", R"("impossible":"yes","may_change")")
            << "mission.impossible: expected true or false";
        QTest::newRow("unknown key") << QByteArray(withExpect).replace(R"("may_change")", R"("hint":1,"may_change")")
                                     << "mission.hint: unknown key";
        QTest::newRow("hint not text")
            << QByteArray(withExpect).replace(R"("may_change")", R"("hints":[3],"may_change")")
            << "mission.hints[0]: expected an object";
    }
    void badMissionsNameFilePathAndExpectation()
    {
        QFETCH(QByteArray, mission);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mission.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format":"tcplab-scenario/1","steps":[{"at_ms":0,"peer":"server","do":"listen"}],)" + mission + "}");
        file.close();
        const testing::CliResult r = run({ path, QStringLiteral("--quiet") });
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(path + QStringLiteral(": ") + message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestMissions)
#include "test_missions.moc"
