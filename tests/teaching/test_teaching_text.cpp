// Every state, every edge of the diagram and every parameter has its teaching text, and the
// log sentences name the states they talk about — both for synthetic events and for every
// event of the built-in scenarios.
#include "scenario_loader.h"
#include "scenario_runner.h"
#include "teaching_text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace tcplab;

namespace {

QString name(TcpState s)
{
    return TeachingText::stateName(s);
}

// A %1 or %n left in a finished sentence means an .arg() is missing.
bool hasUnfilledPlaceholder(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d|n)"));
    return text.contains(placeholder);
}

// Checks every event of a run as the GUI's log would see it.
class ExplainingSink : public TraceSink {
public:
    QStringList problems;
    int states = 0;
    void onTrace(const TraceEvent& event) override
    {
        const QString line = TeachingText::explainEvent(event);
        if (line.trimmed().isEmpty() || hasUnfilledPlaceholder(line))
            problems << QStringLiteral("bad sentence for kind %1: \"%2\"").arg(int(event.kind)).arg(line);
        if (event.kind == TraceKind::State) {
            ++states;
            if (!line.contains(name(event.from)) || !line.contains(name(event.to)))
                problems << QStringLiteral("state sentence does not name its states: %1").arg(line);
        }
    }
};

} // namespace

class TestTeachingText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void stateTopics_data()
    {
        QTest::addColumn<int>("state");
        for (int i = 0; i < kTcpStateCount; ++i)
            QTest::newRow(qPrintable(name(TcpState(i)))) << i;
    }
    void stateTopics()
    {
        QFETCH(int, state);
        const auto s = static_cast<TcpState>(state);
        QCOMPARE(name(s), QString::fromLatin1(stateName(s).data(), qsizetype(stateName(s).size())));
        for (int t = 0; t < TeachingText::kStateTopicCount; ++t) {
            const auto topic = static_cast<TeachingText::StateTopic>(t);
            const QString text = TeachingText::stateText(s, topic);
            QVERIFY2(text.size() > 20, qPrintable(TeachingText::topicTitle(topic)));
            QVERIFY2(!hasUnfilledPlaceholder(text), qPrintable(text));
            QVERIFY(!TeachingText::topicTitle(topic).isEmpty());
        }
        QVERIFY(TeachingText::stateTooltip(s).contains(name(s)));
        QVERIFY(TeachingText::stateHelpHtml(s).contains(
            TeachingText::stateText(s, TeachingText::StateTopic::PileUp).toHtmlEscaped()));
    }

    // The pile-up texts the issue asks for by name.
    void pileUpExplainsTheClassicProblems()
    {
        using T = TeachingText::StateTopic;
        const QString timeWait = TeachingText::stateText(TcpState::TimeWait, T::PileUp);
        QVERIFY(timeWait.contains(QStringLiteral("2×MSL")));
        QVERIFY(timeWait.contains(QStringLiteral("old duplicate")));
        QVERIFY(timeWait.contains(QStringLiteral("RST")));
        QVERIFY(TeachingText::stateText(TcpState::CloseWait, T::PileUp).contains(QStringLiteral("did not close")));
        const QString finWait2 = TeachingText::stateText(TcpState::FinWait2, T::PileUp);
        QVERIFY(finWait2.contains(QStringLiteral("peer did not close")));
        // The numbers come from the linux profile, not from the text.
        const Params linux = *profileDefaults("linux");
        QVERIFY(finWait2.contains(TeachingText::durationText(*linux.fin_wait_2_timeout_ms)));
        QVERIFY(finWait2.contains(TeachingText::durationText(linux.timeWaitMs())));
        const QString waits = TeachingText::stateText(TcpState::TimeWait, T::WaitsFor);
        QVERIFY2(
            waits.contains(TeachingText::durationText(profileDefaults("rfc9293")->timeWaitMs())), qPrintable(waits));
    }

    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (int f = 0; f < kTcpStateCount; ++f)
            for (int t = 0; t < kTcpStateCount; ++t)
                QTest::newRow(qPrintable(name(TcpState(f)) + QStringLiteral("->") + name(TcpState(t)))) << f << t;
    }
    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const auto f = static_cast<TcpState>(from);
        const auto t = static_cast<TcpState>(to);
        const QString text = TeachingText::transitionText(f, t);
        if (!isDiagramEdge(f, t)) {
            QVERIFY2(text.isEmpty(), "text for a pair that is not an edge of the diagram");
            return;
        }
        QVERIFY(text.size() > 20);
        QVERIFY(TeachingText::transitionReference(f, t).startsWith(QStringLiteral("RFC"))
            || TeachingText::transitionReference(f, t).startsWith(QStringLiteral("Linux")));
        QVERIFY(TeachingText::transitionsHelpHtml().contains(text.toHtmlEscaped()));

        // The log sentence of this transition names both states, whatever its cause.
        TraceEvent e;
        e.kind = TraceKind::State;
        e.peer = Peer::Client;
        e.from = f;
        e.to = t;
        for (const char* cause :
            { "", "rcv FIN / snd ACK", "rcv RST", "app close / snd FIN", "retransmission limit reached" }) {
            e.cause = cause;
            const QString line = TeachingText::explainEvent(e);
            QVERIFY2(line.contains(name(f)) && line.contains(name(t)), qPrintable(line));
            QVERIFY2(line.contains(TeachingText::peerName(Peer::Client)), qPrintable(line));
            QVERIFY2(!hasUnfilledPlaceholder(line), qPrintable(line));
        }
    }

    // The example of the brief: the active closer receives the FIN.
    void timeWaitSentenceSaysWhyAndCites()
    {
        TraceEvent e;
        e.kind = TraceKind::State;
        e.peer = Peer::Client;
        e.from = TcpState::FinWait2;
        e.to = TcpState::TimeWait;
        e.cause = "rcv FIN / snd ACK";
        const QString line = TeachingText::explainEvent(e);
        QVERIFY(line.startsWith(QStringLiteral("client received FIN")));
        QVERIFY(line.contains(QStringLiteral("because")));
        QVERIFY2(line.endsWith(QStringLiteral("(RFC 9293 §3.6.1)")), qPrintable(line));
    }

    void params_data()
    {
        QTest::addColumn<QString>("key");
        for (const ParamInfo& info : paramTable())
            QTest::newRow(info.key.c_str()) << QString::fromStdString(info.key);
    }
    void params()
    {
        QFETCH(QString, key);
        const std::string k = key.toStdString();
        QVERIFY2(TeachingText::paramText(k).size() > 20, "no text for this parameter");
        const auto defaults = TeachingText::paramDefaults(k);
        QCOMPARE(defaults.size(), qsizetype(profileNames().size()));
        for (const auto& d : defaults) {
            QVERIFY2(!d.value.isEmpty() && !hasUnfilledPlaceholder(d.value),
                qPrintable(d.profile + QLatin1Char(' ') + d.value));
            QVERIFY(TeachingText::paramHelpHtml(k).contains(d.profile));
        }
    }

    void paramDefaultsComeFromTheProfiles()
    {
        const auto tw = TeachingText::paramDefaults("time_wait_ms");
        QCOMPARE(tw.at(0).profile, QStringLiteral("rfc9293"));
        QCOMPARE(tw.at(0).value, QStringLiteral("2×MSL = 240 s"));
        QCOMPARE(tw.at(1).value, QStringLiteral("60 s"));
        QCOMPARE(TeachingText::paramDefaults("timestamps").at(1).value, QStringLiteral("on"));
        QCOMPARE(TeachingText::paramDefaults("keepalive.time_ms").at(0).value, QStringLiteral("2 h"));
        QCOMPARE(TeachingText::paramDefaults("max_tw_buckets").at(1).value, QStringLiteral("131,072"));
        QVERIFY(TeachingText::paramText("no_such_key").isEmpty());
    }

    void labels()
    {
        for (int k = 0; k < kTimerKindCount; ++k)
            QVERIFY(!TeachingText::timerName(TimerKind(k)).isEmpty());
        QCOMPARE(TeachingText::timerName(TimerKind::TimeWait), QStringLiteral("TIME_WAIT"));
        QCOMPARE(TeachingText::causeText("rcv FIN / snd ACK"), QStringLiteral("rcv FIN / snd ACK"));
        // A cause the table does not know is shown as the core wrote it, never dropped.
        QCOMPARE(TeachingText::causeText("something new"), QStringLiteral("something new"));
        TraceEvent e;
        e.kind = TraceKind::State;
        e.from = TcpState::LastAck;
        e.to = TcpState::Closed;
        e.cause = "rcv ACK of FIN";
        QCOMPARE(TeachingText::explainEvent(e),
            TeachingText::describeEvent(e) + QStringLiteral(" (") + TeachingText::eventReference(e) + QLatin1Char(')'));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("40 ms") << qint64(40) << QStringLiteral("40 ms");
        QTest::newRow("1 s") << qint64(1000) << QStringLiteral("1 s");
        QTest::newRow("240 s") << qint64(240'000) << QStringLiteral("240 s");
        QTest::newRow("12.5 s") << qint64(12'500) << QStringLiteral("12.500 s");
        QTest::newRow("10 min") << qint64(600'000) << QStringLiteral("10 min");
        QTest::newRow("2 h") << qint64(7'200'000) << QStringLiteral("2 h");
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(TeachingText::durationText(ms), text);
    }

    void helpPageHasEverything()
    {
        const QString html = TeachingText::helpHtml();
        for (int i = 0; i < kTcpStateCount; ++i)
            QVERIFY(html.contains(QStringLiteral("<h3>%1</h3>").arg(name(TcpState(i)))));
        for (const ParamInfo& info : paramTable())
            QVERIFY(html.contains(QString::fromStdString(info.key)));
    }

    // Every event of every built-in scenario gets a finished sentence.
    void ignoredRstCitesItsRule_data()
    {
        // Lesson 15b (rfc1337 on) ignores an RST in TIME_WAIT; an RST to a listener is ignored
        // by RFC 9293 itself. The core says which socket discarded it; the text cites its rule.
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reference");
        QTest::newRow("TIME_WAIT, RFC 1337 protection") << QStringLiteral("builtin:15b-time-wait-rfc1337-protected")
                                                        << int(TcpState::TimeWait) << QStringLiteral("RFC 1337");
    }
    void ignoredRstCitesItsRule()
    {
        QFETCH(QString, scenario);
        QFETCH(int, state);
        QFETCH(QString, reference);
        const LoadResult loaded = ScenarioLoader::load(scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        struct Ignored : TraceSink {
            void onTrace(const TraceEvent& e) override
            {
                if (e.kind == TraceKind::Drop && e.reason == DropReason::Ignored)
                    events.push_back(e);
            }
            std::vector<TraceEvent> events;
        } sink;
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &sink });
        QVERIFY(!sink.events.empty());
        for (const TraceEvent& e : sink.events) {
            QCOMPARE(int(e.from), state);
            QCOMPARE(TeachingText::eventReference(e), reference);
        }
    }

    void ignoredRstSentences_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("says");
        QTest::newRow("in TIME_WAIT") << int(TcpState::TimeWait) << QStringLiteral("RFC 1337")
                                      << QStringLiteral("RFC 1337 protection");
        QTest::newRow("in LISTEN") << int(TcpState::Listen) << QStringLiteral("RFC 9293 §3.10.7.2")
                                   << QStringLiteral("rules of its state");
    }
    void ignoredRstSentences()
    {
        QFETCH(int, state);
        QFETCH(QString, reference);
        QFETCH(QString, says);
        Segment rst;
        rst.flags = kRst;
        TraceEvent e;
        e.kind = TraceKind::Drop;
        e.reason = DropReason::Ignored;
        e.from = TcpState(state);
        e.segment = &rst;
        QCOMPARE(TeachingText::eventReference(e), reference);
        QVERIFY2(TeachingText::describeEvent(e).contains(says), qPrintable(TeachingText::describeEvent(e)));
    }

    void builtinScenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString& n : ScenarioLoader::builtinNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void builtinScenarios()
    {
        QFETCH(QString, scenario);
        const LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        ExplainingSink sink;
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &sink });
        QVERIFY(sink.states > 0);
        QVERIFY2(sink.problems.isEmpty(), qPrintable(sink.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTeachingText)
#include "test_teaching_text.moc"
