// "Predict, then see" (issue 16): the questions of the built-in lessons and of teachers' files —
// validated with the file, the JSON path and what was expected, asked at their trigger, kept by a save.
#include "cli_runner.h"

#include "question_schedule.h"
#include "scenario_loader.h"
#include "scenario_runner.h"
#include "scenario_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;

namespace {

Scenario builtin(const QString& name)
{
    const LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + name);
    if (!loaded.ok)
        qFatal("%s", qPrintable(loaded.error));
    return loaded.scenario;
}

// When the first copy of a duplicated segment reaches a host (or is dropped on the way).
class FirstCopy : public TraceSink {
public:
    void onTrace(const TraceEvent& e) override
    {
        if (!at && e.segment && e.segment->copyOf != 0 && (e.kind == TraceKind::Arrive || e.kind == TraceKind::Drop))
            at = e.t_us;
    }
    std::optional<TimeUs> at;
};

std::vector<std::optional<TimeUs>> askTimes(const Scenario& s, FirstCopy* copy = nullptr)
{
    QuestionSchedule schedule(s.questions);
    std::vector<TraceSink*> sinks { &schedule };
    if (copy)
        sinks.push_back(copy);
    runScenario(s, s.spec.runUntilUs, {}, sinks);
    return schedule.askTimes();
}

// The lesson a file belongs to: its leading digits ("05" of "05b-lost-…"), as the library groups them.
QString lessonGroupOf(const QString& name)
{
    qsizetype digits = 0;
    while (digits < name.size() && name.at(digits).isDigit())
        ++digits;
    return name.left(digits);
}

bool bothLanguages(const LocalizedText& t)
{
    return !t.en.empty() && !t.zh_CN.empty();
}

QByteArray withQuestion(const QByteArray& question)
{
    return R"({"format":"tcplab-scenario/1","steps":[{"at_ms":0,"peer":"server","do":"listen"},
      {"at_ms":10,"peer":"client","do":"connect"}],"run_until_ms":1000,"questions":[)"
        + question + "]}";
}

const QByteArray kGood = R"({"after":"client:ESTABLISHED","prompt":{"en":"Next?","zh_CN":"下一步？"},
  "choices":[{"en":"A","zh_CN":"甲"},{"en":"B","zh_CN":"乙"}],"answer":1,"explain":{"en":"Because.","zh_CN":"因为。"}})";

} // namespace

class TestQuestions : public QObject {
    Q_OBJECT
private slots:
    // Every one of the lessons (the groups 01…17) asks, in both languages, and every question
    // of every file is asked before its run ends.
    void everyLessonAsksInBothLanguages()
    {
        QSet<QString> groupsWithQuestions, groups;
        for (const QString& name : ScenarioLoader::builtinNames()) {
            const Scenario s = builtin(name);
            const QString group = lessonGroupOf(name);
            groups.insert(group);
            if (!s.questions.empty())
                groupsWithQuestions.insert(group);
            for (const Question& q : s.questions) {
                const QByteArray where = (name + QLatin1Char(' ') + QString::fromStdString(q.path)).toUtf8();
                QVERIFY2(bothLanguages(q.prompt) && bothLanguages(q.explain), where.constData());
                QVERIFY2(q.choices.size() >= 2 && q.choices.size() <= 4, where.constData());
                for (const LocalizedText& c : q.choices)
                    QVERIFY2(bothLanguages(c), where.constData());
                QVERIFY2(q.answer >= 0 && q.answer < int(q.choices.size()), where.constData());
            }
            const auto times = askTimes(s);
            for (std::size_t i = 0; i < times.size(); ++i) {
                const QByteArray where
                    = (name + QLatin1Char(' ') + QString::fromStdString(s.questions[i].path)).toUtf8();
                QVERIFY2(times[i].has_value(), where.constData());
                QVERIFY2(*times[i] < s.spec.runUntilUs, where.constData());
            }
        }
        QCOMPARE(groups.size(), 17);
        QCOMPARE(groupsWithQuestions, groups);
    }

    // The old-duplicate lessons ask what the stray will do before it arrives.
    void oldDuplicateLessonsAskBeforeTheStrayArrives_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name :
            { "06a-old-duplicate-with-time-wait", "06b-old-duplicate-short-time-wait", "06c-old-duplicate-expires" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void oldDuplicateLessonsAskBeforeTheStrayArrives()
    {
        QFETCH(QString, name);
        const Scenario s = builtin(name);
        FirstCopy copy;
        const auto times = askTimes(s, &copy);
        QVERIFY(copy.at.has_value());
        QVERIFY(!times.empty() && times.front().has_value());
        QVERIFY2(*times.front() < *copy.at, qPrintable(QString::number(*times.front())));
        QVERIFY(QString::fromStdString(s.questions.front().prompt.en).contains(QStringLiteral("copy")));
    }

    // The CLOSE_WAIT lessons ask what happens to the pool.
    void closeWaitLessonsAskAboutThePool()
    {
        for (const char* name : { "07a-close-wait-leak-late-write", "07b-close-wait-leak-late-close" }) {
            const Scenario s = builtin(QString::fromLatin1(name));
            QVERIFY(!s.questions.empty());
            QVERIFY2(QString::fromStdString(s.questions.front().prompt.en).contains(QStringLiteral("pool")), name);
            QVERIFY2(QString::fromStdString(s.questions.front().prompt.zh_CN).contains(QStringLiteral("池")), name);
        }
    }

    // `after` questions follow the rule of steps: the first matching event at or after the
    // instant the question before was asked.
    void scheduleFollowsTheStepRule()
    {
        Scenario s = builtin(QStringLiteral("01-handshake-client-closes"));
        Question first = s.questions.front();
        first.after = AwaitedEvent { Peer::Client, TcpState::Established };
        Question atTime = first;
        atTime.after.reset();
        atTime.atUs = msToUs(300);
        Question afterClosed = first;
        afterClosed.after = AwaitedEvent { Peer::Client, TcpState::Closed };
        s.questions = { first, atTime, afterClosed };
        const auto times = askTimes(s);
        QCOMPARE(times.size(), std::size_t(3));
        QCOMPARE(*times[0], TimeUs(110'000)); // the SYN,ACK arrives at 110 ms
        QCOMPARE(*times[1], msToUs(300));
        // CLOSED before 300 ms (the initial state is not an event) does not count: the end of TIME_WAIT.
        QVERIFY(*times[2] > msToUs(200'000));
        afterClosed.after = AwaitedEvent { Peer::Server, TcpState::SynSent };
        s.questions = { afterClosed, first };
        const auto never = askTimes(s);
        QVERIFY(!never[0].has_value());
        QVERIFY(!never[1].has_value()); // stuck behind the one that never comes
    }

    void badQuestionsNameFilePathAndExpectation_data()
    {
        QTest::addColumn<QByteArray>("question");
        QTest::addColumn<QString>("message");
        QByteArray q = kGood;
        QTest::newRow("answer out of range") << QByteArray(q).replace("\"answer\":1", "\"answer\":2")
                                             << "questions[0].answer: expected an integer from 0 to 1, got 2";
        QTest::newRow("no trigger") << QByteArray(q).replace("\"after\":\"client:ESTABLISHED\",", "")
                                    << "questions[0]: a question needs exactly one trigger";
        QTest::newRow("bad trigger") << QByteArray(q).replace("client:ESTABLISHED", "client:OPEN")
                                     << "questions[0].after: expected \"PEER:STATE\" or \"PEER:EVENT\"";
        QTest::newRow("one choice") << QByteArray(q).replace(",{\"en\":\"B\",\"zh_CN\":\"乙\"}", "")
                                    << "questions[0].choices: expected 2 to 4 choices, got 1";
        QTest::newRow("empty prompt") << QByteArray(q).replace("\"Next?\"", "\"\"")
                                      << "questions[0].prompt.en: expected a text that is not empty";
        QTest::newRow("no explain") << QByteArray(q).replace(",\"explain\":{\"en\":\"Because.\",\"zh_CN\":\"因为。\"}",
            "") << "questions[0].explain: missing; this key is required";
        QTest::newRow("unknown key") << QByteArray(q).replace("\"answer\"", "\"hint\":1,\"answer\"")
                                     << "questions[0].hint: unknown key; expected one of after, at_ms, prompt";
        QTest::newRow("choice not text") << QByteArray(q).replace("{\"en\":\"A\",\"zh_CN\":\"甲\"}", "3")
                                         << "questions[0].choices[0]: expected an object";
    }
    void badQuestionsNameFilePathAndExpectation()
    {
        QFETCH(QByteArray, question);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withQuestion(question));
        file.close();
        const testing::CliResult r
            = testing::runCli(QStringLiteral(TCPLAB_CLI), { QStringLiteral("run"), path, QStringLiteral("--quiet") });
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(path + QStringLiteral(": ") + message), qPrintable(err));
    }

    void goodQuestionLoadsAndSurvivesASave()
    {
        const LoadResult loaded
            = ScenarioLoader::fromJson(withQuestion(kGood), QStringLiteral("x.json"), QStringLiteral("x"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.scenario.questions.size(), std::size_t(1));
        const Question& q = loaded.scenario.questions.front();
        QCOMPARE(q.answer, 1);
        QCOMPARE(q.choices.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(q.choices[1].zh_CN), QStringLiteral("乙"));
        const LoadResult again = ScenarioLoader::fromJson(
            ScenarioWriter::toJson(loaded.scenario), QStringLiteral("y.json"), QStringLiteral("y"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.scenario.questions.size(), std::size_t(1));
        QCOMPARE(again.scenario.questions.front().explain.en, q.explain.en);
        QVERIFY(again.scenario.questions.front().after == q.after);
    }
};

QTEST_GUILESS_MAIN(TestQuestions)
#include "test_questions.moc"
