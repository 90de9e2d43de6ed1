// "Predict, then see" in the window (issue 16): a lesson pauses exactly at each question's ask
// instant (playing or stepping; a seek past it skips it), the card marks the answer right or
// wrong, explains, scores and plays on; answers survive stepping back, Reset asks again; "Ask
// questions" off gives a plain demonstration. On a projector: test_question_classroom.cpp.
#include "gui_test_support.h"
#include "language_switcher.h"
#include "main_window.h"
#include "question_director.h"
#include "question_panel.h"
#include "question_test_support.h"
#include "simulation_controller.h"

#include <QAction>
#include <QSettings>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

Question question(const char* prompt, TimeUs atUs, std::optional<AwaitedEvent> after, int answer)
{
    Question q;
    q.atUs = atUs;
    q.after = after;
    q.prompt = { prompt, std::string("问题：") + prompt };
    for (const char* c : { "first", "second", "third" })
        q.choices.push_back({ c, std::string("选项 ") + c });
    q.answer = answer;
    q.explain = { std::string("Because of ") + prompt, std::string("因为 ") + prompt };
    return q;
}

// Lesson 01 with three questions: at 5 ms, when the client is connected, in FIN_WAIT_2.
Scenario threeQuestions()
{
    Scenario s = loadOrFail(kLesson);
    s.questions = { question("one", msToUs(5), std::nullopt, 0),
        question("two", 0, AwaitedEvent { Peer::Client, TcpState::Established }, 1),
        question("three", 0, AwaitedEvent { Peer::Client, TcpState::FinWait2 }, 2) };
    for (std::size_t i = 0; i < s.questions.size(); ++i)
        s.questions[i].path = "questions[" + std::to_string(i) + "]";
    return s;
}

} // namespace

class TestQuestionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { QSettings().setValue(QStringLiteral("askQuestions"), true); }

    void playingPausesExactlyAtTheQuestion()
    {
        MainWindow w;
        showWindow(w);
        QVERIFY(w.openScenario(kLesson, false));
        const Scenario lesson = w.controller().effectiveScenario();
        QCOMPARE(lesson.questions.size(), std::size_t(1));
        const auto at = w.questions().askTimes().at(0);
        QVERIFY(at && *at > 0);
        QVERIFY(!w.questionPanel().isVisible());
        playUntilPaused(w.controller());
        QCOMPARE(w.controller().now(), *at);
        QVERIFY(!w.controller().isPlaying());
        QVERIFY(!w.controller().atEnd());
        // Asked when the client has just entered FIN_WAIT_2 (its `after`), not a frame later.
        const TraceRecord& last = w.controller().records().back();
        QCOMPARE(last.event.t_us, *at);
        QVERIFY(w.questionPanel().isVisible());
        QCOMPARE(w.questionPanel().promptText(), QString::fromStdString(lesson.questions[0].prompt.en));
        QVERIFY(!w.questionPanel().explanationShown());
        for (std::size_t i = 0; i < lesson.questions[0].choices.size(); ++i) {
            QVERIFY(button(w, int(i))->isVisible());
            QCOMPARE(button(w, int(i))->choiceText(), QString::fromStdString(lesson.questions[0].choices[i].en));
        }
        QCOMPARE(w.questions().status(0), QuestionDirector::Status::Asking);
    }

    void steppingStopsAtTheQuestion()
    {
        MainWindow w;
        showWindow(w);
        Scenario s = threeQuestions();
        w.controller().loadScenario(s, QStringLiteral("test:three"));
        // The question at 5 ms falls between two events: a step lands on it, not past it.
        int steps = 0;
        while (!w.questionPanel().isVisible() && steps++ < 100)
            w.controller().stepEvent();
        QCOMPARE(w.controller().now(), msToUs(5));
        QCOMPARE(w.questionPanel().promptText(), QStringLiteral("one"));
        // The next step goes on past it (unanswered: skipped).
        w.controller().stepEvent();
        QVERIFY(w.controller().now() > msToUs(5));
        QVERIFY(!w.questionPanel().isVisible());
        QCOMPARE(w.questions().status(0), QuestionDirector::Status::Skipped);
    }

    void rightAnswerIsMarkedAndContinuePlaysOn()
    {
        MainWindow w;
        showWindow(w);
        QVERIFY(w.openScenario(kLesson, false));
        playUntilPaused(w.controller());
        const Question q = w.controller().effectiveScenario().questions[0];
        QTest::mouseClick(button(w, q.answer), Qt::LeftButton);
        QCOMPARE(button(w, q.answer)->verdict(), QStringLiteral("right"));
        QVERIFY(w.questionPanel().explanationShown());
        QCOMPARE(w.questionPanel().explanationText(), QString::fromStdString(q.explain.en));
        QCOMPARE(w.questionPanel().scoreText(), QStringLiteral("1 of 1 right"));
        QVERIFY(w.questionPanel().continueButton()->isVisible());
        QCOMPARE(w.questions().status(0), QuestionDirector::Status::Answered);
        const TimeUs at = w.controller().now();
        QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
        QVERIFY(w.controller().isPlaying());
        QVERIFY(!w.questionPanel().isVisible());
        w.controller().advanceFrame(16);
        QVERIFY(w.controller().now() > at);
        QCOMPARE(QuestionDirector::lastScore(kLesson)->right, 1);
    }

    void wrongAnswerShowsTheRightOne()
    {
        MainWindow w;
        showWindow(w);
        QVERIFY(w.openScenario(kLesson, false));
        playUntilPaused(w.controller());
        const Question q = w.controller().effectiveScenario().questions[0];
        const int wrong = (q.answer + 1) % int(q.choices.size());
        QTest::mouseClick(button(w, wrong), Qt::LeftButton);
        QCOMPARE(button(w, wrong)->verdict(), QStringLiteral("wrong"));
        QCOMPARE(button(w, q.answer)->verdict(), QStringLiteral("right"));
        // Only the choice made and the right one stay, to make room for the explanation.
        for (int i = 0; i < int(q.choices.size()); ++i)
            QCOMPARE(button(w, i)->isVisible(), i == wrong || i == q.answer);
        QVERIFY(w.questionPanel().explanationShown());
        QCOMPARE(w.questionPanel().explanationText(), QString::fromStdString(q.explain.en));
        QCOMPARE(w.questionPanel().scoreText(), QStringLiteral("0 of 1 right"));
        // A second click changes nothing: the answer is given.
        QTest::mouseClick(button(w, q.answer), Qt::LeftButton);
        QCOMPARE(w.questionPanel().scoreText(), QStringLiteral("0 of 1 right"));
        w.controller().togglePlay(); // Space: Continue
        QVERIFY(w.controller().isPlaying());
        QVERIFY(!w.questionPanel().isVisible());
    }

    void scoreOfAllQuestionsIsKept()
    {
        MainWindow w;
        showWindow(w);
        w.controller().loadScenario(threeQuestions(), QStringLiteral("test:three"));
        const QuestionDirector& d = w.questions();
        QCOMPARE(d.askableCount(), 3);
        QVERIFY(*d.askTimes()[0] < *d.askTimes()[1] && *d.askTimes()[1] < *d.askTimes()[2]);
        const int picks[] = { 0, 0, 2 }; // right, wrong, right
        for (int i = 0; i < 3; ++i) {
            playUntilPaused(w.controller());
            QCOMPARE(w.controller().now(), *d.askTimes()[std::size_t(i)]);
            QCOMPARE(w.questionPanel().promptText(), QString::fromStdString(threeQuestions().questions[i].prompt.en));
            QTest::mouseClick(button(w, picks[i]), Qt::LeftButton);
            QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
        }
        QCOMPARE(d.scoreText(), QStringLiteral("2 of 3 right"));
        QCOMPARE(QuestionDirector::lastScore(QStringLiteral("test:three"))->right, 2);
        QCOMPARE(QuestionDirector::lastScore(QStringLiteral("test:three"))->total, 3);
        QCOMPARE(QuestionDirector::bestScore(QStringLiteral("test:three"))->right, 2);
        // Reset asks again from the start; a worse pass is the last score, the best stays.
        w.controller().reset();
        for (int i = 0; i < 3; ++i) {
            playUntilPaused(w.controller());
            QCOMPARE(w.controller().now(), *d.askTimes()[std::size_t(i)]);
            QTest::mouseClick(button(w, (i + 1) % 3), Qt::LeftButton);
            QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
        }
        QCOMPARE(QuestionDirector::lastScore(QStringLiteral("test:three"))->right, 0);
        QCOMPARE(QuestionDirector::bestScore(QStringLiteral("test:three"))->right, 2);
    }

    void questionsOffPlaysThrough()
    {
        {
            MainWindow w;
            showWindow(w);
            QVERIFY(w.openScenario(kLesson, false));
            auto* ask = w.findChild<QAction*>(QStringLiteral("actionAskQuestions"));
            QVERIFY(ask && ask->isChecked());
            ask->setChecked(false);
            QVERIFY(w.controller().stopPoints().empty());
            playUntilPaused(w.controller());
            QVERIFY(w.controller().atEnd()); // no pause before the end
            QVERIFY(!w.questionPanel().isVisible());
        }
        // Remembered: the next window starts without questions.
        MainWindow again;
        QVERIFY(!again.questions().isEnabled());
        QVERIFY(again.openScenario(kLesson, false));
        QVERIFY(again.controller().stopPoints().empty());
    }

    void steppingBackDoesNotAskAgain()
    {
        MainWindow w;
        showWindow(w);
        w.controller().loadScenario(threeQuestions(), QStringLiteral("test:three"));
        SimulationController& c = w.controller();
        playUntilPaused(c); // 5 ms
        QTest::mouseClick(button(w, 0), Qt::LeftButton);
        QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
        playUntilPaused(c); // the second
        const TimeUs second = c.now();
        QCOMPARE(second, *w.questions().askTimes()[1]);
        while (c.now() >= msToUs(5))
            c.stepBack();
        // Unanswered, the second is asked again; the first, answered, is not.
        playUntilPaused(c);
        QCOMPARE(c.now(), second);
        QCOMPARE(w.questionPanel().promptText(), QStringLiteral("two"));
        QCOMPARE(w.questions().status(0), QuestionDirector::Status::Answered);
        // Reset: from the start, all of them.
        w.findChild<QAction*>(QStringLiteral("actionReset"))->trigger();
        QVERIFY(!w.questionPanel().isVisible());
        QCOMPARE(w.questions().status(0), QuestionDirector::Status::Pending);
        playUntilPaused(c);
        QCOMPARE(c.now(), msToUs(5));
        QCOMPARE(w.questionPanel().promptText(), QStringLiteral("one"));
    }

    // The window as the program runs it: look-ahead in a worker, catch-ups in slices. Playing
    // still stops at each question, a step back replays without asking the answered one again.
    void responsiveWindowStopsAtEveryQuestion()
    {
        MainWindow w;
        showWindow(w);
        SimulationController& c = w.controller();
        c.setResponsive(true);
        c.loadScenario(threeQuestions(), QStringLiteral("test:three"));
        for (int i = 0; i < 1000 && c.timelineMarks().empty(); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50); // the worker's look-ahead
        std::vector<TimeUs> asked;
        for (int n = 0; n < 3; ++n) {
            playUntilPaused(c);
            QVERIFY(w.questionPanel().isVisible());
            asked.push_back(c.now());
            QCOMPARE(c.now(), *w.questions().askTimes()[std::size_t(n)]);
            QTest::mouseClick(button(w, 0), Qt::LeftButton);
            QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
        }
        QCOMPARE(asked.front(), msToUs(5));
        while (c.now() >= asked[1])
            c.stepBack();
        for (int i = 0; i < 1000 && c.now() >= asked[1]; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QVERIFY(c.now() < asked[1]);
        playUntilPaused(c);
        QVERIFY(c.atEnd()); // all three answered: none asked again
        QVERIFY(!w.questionPanel().isVisible());
    }

    void answeredQuestionIsNotAskedOnReplay()
    {
        MainWindow w;
        showWindow(w);
        QVERIFY(w.openScenario(kLesson, false));
        SimulationController& c = w.controller();
        playUntilPaused(c);
        const TimeUs at = c.now();
        QTest::mouseClick(button(w, 0), Qt::LeftButton);
        QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
        for (int i = 0; i < 20; ++i)
            c.advanceFrame(16);
        while (c.now() >= at)
            c.stepBack();
        playUntilPaused(c);
        QVERIFY(c.atEnd()); // played past it to the end
        QVERIFY(!w.questionPanel().isVisible());
    }

    void seekingPastSkips()
    {
        MainWindow w;
        showWindow(w);
        QVERIFY(w.openScenario(kLesson, false));
        const TimeUs at = *w.questions().askTimes()[0];
        w.controller().seekTo(at + msToUs(100));
        QVERIFY(!w.questionPanel().isVisible());
        QCOMPARE(w.questions().status(0), QuestionDirector::Status::Skipped);
        QVERIFY(!QuestionDirector::lastScore(QStringLiteral("test:nothing")).has_value());
        // Back before it, playing asks it.
        w.controller().seekTo(at - msToUs(1));
        playUntilPaused(w.controller());
        QCOMPARE(w.controller().now(), at);
        QVERIFY(w.questionPanel().isVisible());
    }

    void theQuestionFollowsTheLanguage()
    {
        MainWindow w;
        showWindow(w);
        w.controller().loadScenario(threeQuestions(), QStringLiteral("test:three"));
        playUntilPaused(w.controller());
        QCOMPARE(w.questionPanel().promptText(), QStringLiteral("one"));
        LanguageSwitcher::instance().apply(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(); // the language change reaches the widgets
        QCoreApplication::sendPostedEvents();
        QCOMPARE(w.questionPanel().promptText(), QStringLiteral("问题：one"));
        QVERIFY(w.questionPanel().scoreText() != QStringLiteral("0 of 3 right"));
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(w.questionPanel().promptText(), QStringLiteral("one"));
        QCOMPARE(w.questionPanel().scoreText(), QStringLiteral("0 of 3 right"));
    }
};

QTEST_MAIN(TestQuestionPanel)
#include "test_question_panel.moc"
