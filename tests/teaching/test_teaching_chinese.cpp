// The teaching text in Simplified Chinese, loaded from the .qm the build puts into the GUI's
// resources: every sentence is translated, keeps the RFC state names, and leaves no English
// word behind except protocol and code identifiers.
#include "scenario_loader.h"
#include "scenario_runner.h"
#include "teaching_text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace tcplab;

namespace {

// Words that stay English in the Chinese text because they are names, not prose: parameter
// values and profile names a user types, the "cookie" of SYN cookie, sockets API calls.
const QSet<QString>& allowedWords()
{
    static const QSet<QString> words = {
        QStringLiteral("cookie"),
        QStringLiteral("linux"),
        QStringLiteral("windows"),
        QStringLiteral("clock"),
        QStringLiteral("random"),
        QStringLiteral("fixed"),
        QStringLiteral("null"),
        QStringLiteral("backlog"),
        QStringLiteral("syncookies"),
        QStringLiteral("timestamps"),
        QStringLiteral("seq"),
        QStringLiteral("ack"),
        QStringLiteral("len"),
        QStringLiteral("inc"),
        QStringLiteral("isn"),
    };
    return words;
}

// English prose left in `text`: lower-case words that are not identifiers. Identifiers are
// upper-case (TIME_WAIT, SYN, RFC), snake_case or dotted (tcp_fin_timeout, keepalive.time_ms),
// calls (close(), shutdown(SHUT_WR)), or in allowedWords().
QStringList englishWords(QString text)
{
    static const QRegularExpression calls(QStringLiteral("\\b[A-Za-z_]+\\([A-Z_]*\\)"));
    static const QRegularExpression identifiers(QStringLiteral("\\b[A-Za-z0-9]+(?:[_.][A-Za-z0-9]+)+\\b"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression words(QStringLiteral("\\b[a-z][a-z]+\\b"));
    text.remove(calls).remove(identifiers).remove(tags);
    QStringList found;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (!allowedWords().contains(word))
            found << word;
    }
    return found;
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

QStringList stateNamesIn(const QString& text)
{
    QStringList names;
    for (int i = 0; i < kTcpStateCount; ++i) {
        const QString name = TeachingText::stateName(TcpState(i));
        if (text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name))))
            names << name;
    }
    return names;
}

struct Pair {
    QString english;
    QString chinese;
};

} // namespace

class TestTeachingChinese : public QObject {
    Q_OBJECT
    QTranslator translator_;
    QList<Pair> pairs_;

    // Asks for the same text in English and then in Chinese.
    template <typename Fn> void collect(Fn&& text)
    {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = text();
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        pairs_.append({ english, text() });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(translator_.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")));
        for (int s = 0; s < kTcpStateCount; ++s) {
            for (int t = 0; t < TeachingText::kStateTopicCount; ++t)
                collect([&] { return TeachingText::stateText(TcpState(s), TeachingText::StateTopic(t)); });
            for (int to = 0; to < kTcpStateCount; ++to)
                if (isDiagramEdge(TcpState(s), TcpState(to)))
                    collect([&] { return TeachingText::transitionText(TcpState(s), TcpState(to)); });
        }
        for (const ParamInfo& info : paramTable()) {
            collect([&] { return TeachingText::paramText(info.key); });
            collect([&] {
                QStringList values;
                for (const auto& d : TeachingText::paramDefaults(info.key))
                    values << d.value;
                return values.join(QStringLiteral(" / "));
            });
        }
        for (int k = 0; k < kTimerKindCount; ++k)
            collect([&] { return TeachingText::timerName(TimerKind(k)); });
        // Every log sentence of every built-in scenario, and the cause drawn on the diagram.
        for (const QString& name : ScenarioLoader::builtinNames()) {
            const LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + name);
            QVERIFY2(loaded.ok, qPrintable(loaded.error));
            struct Sink : TraceSink {
                TestTeachingChinese* test;
                void onTrace(const TraceEvent& e) override
                {
                    Segment copy;
                    if (e.segment)
                        copy = *e.segment;
                    TraceEvent event = e;
                    event.segment = nullptr;
                    const bool hasSegment = e.segment != nullptr;
                    test->collect([&] { return TeachingText::explainEvent(event, hasSegment ? &copy : nullptr); });
                    if (e.kind == TraceKind::State)
                        test->collect([&] { return TeachingText::causeText(event.cause); });
                }
            } sink;
            sink.test = this;
            runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &sink });
        }
        QVERIFY(pairs_.size() > 200);
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everySentenceIsChinese()
    {
        QStringList problems;
        for (const Pair& p : std::as_const(pairs_)) {
            // Values that are only numbers and units on both sides ("60 s" / "60 秒") are fine.
            if (!hasChinese(p.chinese) && p.english == p.chinese && englishWords(p.english).isEmpty())
                continue;
            if (!hasChinese(p.chinese) && !englishWords(p.english).isEmpty())
                problems << QStringLiteral("not translated: ") + p.chinese;
            else if (const QStringList left = englishWords(p.chinese); !left.isEmpty())
                problems << QStringLiteral("English left (%1): %2").arg(left.join(QLatin1Char(',')), p.chinese);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void stateNamesStayRfcIdentifiers()
    {
        QStringList problems;
        for (const Pair& p : std::as_const(pairs_)) {
            if (stateNamesIn(p.english) != stateNamesIn(p.chinese))
                problems << p.english + QStringLiteral("\n  -> ") + p.chinese;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void numbersFollowTheLocale()
    {
        QCoreApplication::installTranslator(&translator_);
        QCOMPARE(TeachingText::durationText(240'000), QStringLiteral("240 秒"));
        QCOMPARE(TeachingText::durationText(7'200'000), QStringLiteral("2 小时"));
        QCoreApplication::removeTranslator(&translator_);
        QCOMPARE(TeachingText::durationText(240'000), QStringLiteral("240 s"));
    }
};

QTEST_GUILESS_MAIN(TestTeachingChinese)
#include "test_teaching_chinese.moc"
