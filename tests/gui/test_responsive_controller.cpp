// Issue 14: the window stays responsive on any scenario. The look-ahead runs in a worker thread
// and its result comes back by signal; a long catch-up runs in slices bounded by a count of
// events (the tests use counts only, never the clock); Cancel leaves a consistent run; a
// scenario change during a look-ahead drops the stale one. Nothing here is timed: the tests wait
// for signals in bounded loops.
#include "event_log_model.h"
#include "gui_test_support.h"
#include "language_switcher.h"
#include "lookahead_worker.h"
#include "main_window.h"
#include "responsive_test_support.h"
#include "scenario_loader.h"
#include "simulation_controller.h"
#include "trace_fields.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace tcplab;
using namespace tcplab::testing;

class TestResponsiveController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void theLookaheadComesBackBySignal()
    {
        const Scenario scenario = heavyScenario(20000);
        SimulationController direct;
        direct.loadScenario(scenario, QStringLiteral("heavy.json"));
        QVERIFY(direct.timelineMarks().size() > 1000);

        SimulationController c;
        c.setResponsive(true);
        QSignalSpy timeline(&c, &SimulationController::timelineChanged);
        c.loadScenario(scenario, QStringLiteral("heavy.json"));
        // loadScenario returned before the look-ahead is known: its result is only ever
        // delivered by the event loop, whatever the worker thread has done meanwhile.
        QVERIFY(c.isLookingAhead());
        QVERIFY(c.timelineMarks().empty());
        QCOMPARE(c.now(), TimeUs(0));
        QVERIFY(waitForLookahead(c));
        QVERIFY(timeline.count() >= 2); // cleared, then found
        QCOMPARE(markTimes(c.timelineMarks()), markTimes(direct.timelineMarks()));
        // A rewind replays the same run: the timeline found for it stays.
        c.seekTo(msToUs(5));
        c.seekTo(0);
        QVERIFY(!c.isLookingAhead());
    }

    void aSeekRunsInSlicesOfAtMostNInstants()
    {
        const Scenario scenario = heavyScenario(5000);
        SimulationController c;
        QVERIFY(loadCounted(c, scenario));
        QSignalSpy advanced(&c, &SimulationController::advanced);
        QSignalSpy busy(&c, &SimulationController::busyChanged);
        std::vector<std::uint64_t> sliceSizes;
        connect(&c.slicedRunner(), &SlicedRunner::sliced, this,
            [&] { sliceSizes.push_back(c.slicedRunner().eventsInLastSlice()); });
        const TimeUs end = c.endUs();
        c.seekTo(end);
        QVERIFY(c.isCatchingUp()); // the first slice ran; the rest waits for the event loop
        QCOMPARE(advanced.count(), 0); // the views hear of it once, when it is done
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        QCOMPARE(advanced.count(), 1);
        QCOMPARE(c.now(), end);
        QVERIFY(sliceSizes.size() > 20);
        for (std::uint64_t n : sliceSizes)
            QCOMPARE(n, std::uint64_t(50)); // every slice but the last stops at the count
        QVERIFY(c.slicedRunner().eventsInLastSlice() <= 50);
        QCOMPARE(c.slicedRunner().slicesRun(), int(sliceSizes.size()) + 1);
        // The progress indication came (shown at once with these limits) and went.
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        compareLines(linesOf(c.records()), coreTrace(scenario, end));
    }

    void cancelLeavesAConsistentRun()
    {
        const Scenario scenario = heavyScenario(5000);
        SimulationController c;
        QVERIFY(loadCounted(c, scenario));
        QSignalSpy messages(&c, &SimulationController::message);
        QSignalSpy rebuilt(&c, &SimulationController::rebuilt);
        c.seekTo(c.endUs());
        QVERIFY(spinUntil([&] { return c.slicedRunner().slicesRun() >= 20; }));
        QVERIFY(c.isCatchingUp());
        c.cancel();
        QVERIFY(!c.isCatchingUp());
        QVERIFY(!c.isBusyShown());
        QVERIFY(c.now() < c.endUs());
        // At a real instant of the run, the last record's; the records a prefix of the core's trace.
        QVERIFY(isPrefixOfRun(c.records(), scenario, c.now()));
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.at(0).at(0).toString().startsWith(QStringLiteral("Cancelled at t = ")),
            qPrintable(messages.at(0).at(0).toString()));
        QCOMPARE(rebuilt.count(), 0); // it went forward: nothing was rebuilt

        // A rewind replays from 0 in slices; the views keep what they show until it is done
        // (or cancelled), then hear of the rebuild once.
        const TimeUs reached = c.now();
        c.seekTo(reached / 2);
        QVERIFY(c.isCatchingUp());
        QCOMPARE(rebuilt.count(), 0);
        QVERIFY(spinUntil([&] { return c.slicedRunner().slicesRun() >= 2; }));
        c.cancel();
        QCOMPARE(rebuilt.count(), 1);
        QVERIFY(c.now() <= reached / 2);
        QVERIFY(isPrefixOfRun(c.records(), scenario, c.now()));
        // Stepping after a cancel goes on from there (the rest of the instant first).
        const std::size_t had = c.records().size();
        c.stepEvent();
        QVERIFY(c.records().size() > had);
        QVERIFY(isPrefixOfRun(c.records(), scenario, c.now()));
        c.stepEvent();
        compareLines(linesOf(c.records()), coreTrace(scenario, c.now()));
    }

    void aNewTargetDuringACatchUpRetargetsIt()
    {
        const Scenario scenario = heavyScenario(5000);
        SimulationController c;
        QVERIFY(loadCounted(c, scenario));
        c.seekTo(c.endUs());
        QVERIFY(c.isCatchingUp());
        const TimeUs nearer = c.now() + msToUs(40);
        c.seekTo(nearer); // ahead of where it got: the same catch-up, a nearer target
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        QCOMPARE(c.now(), nearer);
        compareLines(linesOf(c.records()), coreTrace(scenario, nearer));
        c.play(); // played after a catch-up, frames run at most a slice each
        c.advanceFrame(1000);
        QVERIFY(c.slicedRunner().eventsInLastSlice() <= 50);
        QVERIFY(isPrefixOfRun(c.records(), scenario, c.now()));
        c.pause();
    }

    void aScenarioChangeDropsTheStaleLookahead()
    {
        const Scenario heavy = heavyScenario(20000);
        const Scenario light = loadOrFail(QStringLiteral("builtin:01-handshake-client-closes"));
        SimulationController direct;
        direct.loadScenario(light, QStringLiteral("light"));

        SimulationController c;
        c.setResponsive(true);
        c.loadScenario(heavy, QStringLiteral("heavy.json"));
        QVERIFY(c.isLookingAhead());
        c.loadScenario(light, QStringLiteral("light"));
        QVERIFY(waitForLookahead(c));
        for (int i = 0; i < 100; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(markTimes(c.timelineMarks()), markTimes(direct.timelineMarks()));

        // The worker itself: of two jobs, only the second is ever delivered.
        LookaheadWorker worker;
        QSignalSpy found(&worker, &LookaheadWorker::found);
        LookaheadJob first, second;
        first.spec = heavy.spec;
        first.endUs = heavy.spec.runUntilUs;
        second.spec = light.spec;
        second.endUs = light.spec.runUntilUs;
        worker.start(1, first);
        worker.start(2, second);
        QVERIFY(found.wait(120'000));
        for (int i = 0; i < 100; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toInt(), 2);
        QCOMPARE(markTimes(found.at(0).at(1).value<LookaheadResult>().marks), markTimes(findTimeline(second).marks));
    }

    // An instant of thousands of events is sliced too: the catch-up stops inside it and goes on
    // with the rest, tracing exactly the run the core traces in one go.
    void aSliceCanStopInsideAnInstant()
    {
        const Scenario scenario = heavyInstants(20000);
        SimulationController c;
        QVERIFY(loadCounted(c, scenario));
        QVERIFY(c.timelineMarks().size() < 100); // few instants
        int inside = 0;
        connect(&c.slicedRunner(), &SlicedRunner::sliced, this, [&] {
            if (const auto next = c.nextEventUs(); next && *next == c.now())
                ++inside;
        });
        c.seekTo(c.endUs());
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        QVERIFY(inside > 100);
        compareLines(linesOf(c.records()), coreTrace(scenario, c.endUs()));
    }

    // BudgetedRun stepped event by event (what slices do) traces the run it traces in one go,
    // and stops on a budget at the same instant.
    void steppingByEventsIsTheSameRun()
    {
        struct Lines : TraceSink {
            std::vector<std::string> lines;
            void onTrace(const TraceEvent& e) override { lines.push_back(traceToJsonLine(e)); }
        };
        for (const int traceBudget : { 2'000'000, 5000 }) {
            const Scenario scenario = heavyInstants(3000);
            RunBudget budget;
            budget.traceLines = std::uint64_t(traceBudget);
            Simulation whole(scenario.spec), stepped(scenario.spec);
            Lines a, b;
            whole.addSink(&a);
            stepped.addSink(&b);
            BudgetedRun runA(whole, budget), runB(stepped, budget);
            const auto stopA = runA.runUntil(scenario.spec.runUntilUs);
            std::optional<BudgetStop> stopB;
            int events = 0;
            for (int calls = 0; calls < 1'000'000; ++calls) {
                stopB = runB.runUntil(scenario.spec.runUntilUs, [&] { return ++events % 7 != 0; });
                if (stopB || stepped.now() >= scenario.spec.runUntilUs)
                    break;
            }
            QCOMPARE(stopA.has_value(), traceBudget == 5000);
            QCOMPARE(stopB.has_value(), stopA.has_value());
            if (stopA)
                QCOMPARE(stopB->atUs, stopA->atUs);
            QCOMPARE(stepped.now(), whole.now());
            compareLines(b.lines, a.lines);
        }
    }

    void aCancelledLookaheadKeepsWhatItFound()
    {
        const Scenario heavy = heavyScenario(20000);
        LookaheadJob job;
        job.spec = heavy.spec;
        job.endUs = heavy.spec.runUntilUs;
        const LookaheadResult whole = findTimeline(job);
        int events = 0;
        const LookaheadResult part = findTimeline(job, [&](TimeUs) { return ++events < 1000; });
        QVERIFY(part.cancelled);
        QVERIFY(!whole.cancelled);
        QVERIFY(part.marks.size() <= 1000 && !part.marks.empty());
        QVERIFY(part.reachedUs < whole.reachedUs);
        const std::vector<TimeUs> all = markTimes(whole.marks), some = markTimes(part.marks);
        QVERIFY(std::equal(some.begin(), some.end(), all.begin())); // a prefix of the whole
    }

    // The window: a long seek shows the progress indication with Cancel; Cancel (and Esc)
    // stop it where it got to, with the views showing that instant.
    void theWindowShowsProgressAndCancels()
    {
        MainWindow w;
        w.controller().setResponsive(true);
        w.controller().setSliceLimits(kCountedSlices);
        w.resize(1280, 720); // a projector's screen: the indication fits beside the status text
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const Scenario scenario = heavyScenario(5000);
        w.controller().loadScenario(scenario, QStringLiteral("heavy.json"));
        auto* progress = w.findChild<QWidget*>(QStringLiteral("runProgress"));
        QVERIFY(progress);
        QVERIFY(waitForLookahead(w.controller()));
        QVERIFY(spinUntil([&] { return progress->isHidden(); }));
        w.controller().seekTo(w.controller().endUs());
        QVERIFY(spinUntil([&] { return !progress->isHidden() || !w.controller().isCatchingUp(); }));
        QVERIFY(!progress->isHidden());
        QVERIFY(w.statusBar()->isAncestorOf(progress));
        auto* cancel = progress->findChild<QToolButton*>(QStringLiteral("runProgressCancel"));
        QVERIFY(cancel);
        QVERIFY(progress->findChild<QLabel*>()->text().startsWith(QStringLiteral("Running to t = ")));
        QVERIFY(QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR)));
        QVERIFY(screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/responsive_progress.png")));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!w.controller().isCatchingUp());
        QVERIFY(progress->isHidden());
        QVERIFY(w.controller().now() < w.controller().endUs());
        QCOMPARE(w.eventLog().rowCount() > 0, true);
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Cancelled at t = ")));

        // Esc does the same while the indication is up.
        w.controller().seekTo(w.controller().endUs());
        QVERIFY(spinUntil([&] { return !progress->isHidden() || !w.controller().isCatchingUp(); }));
        QVERIFY(!progress->isHidden());
        LanguageSwitcher::instance().choose(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // and no slice
        QCOMPARE(cancel->text(), QStringLiteral("取消"));
        QVERIFY(screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/responsive_progress_zh_CN.png")));
        LanguageSwitcher::instance().choose(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.controller().isCatchingUp());
        QVERIFY(progress->isHidden());
        QVERIFY(isPrefixOfRun(w.controller().records(), scenario, w.controller().now()));
    }
};

QTEST_MAIN(TestResponsiveController)
#include "test_responsive_controller.moc"
