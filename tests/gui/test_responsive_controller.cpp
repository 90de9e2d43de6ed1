// Issue 14: the window stays responsive on any scenario. The look-ahead runs in a worker thread
// and its result comes back by signal; a long catch-up runs in slices bounded by a count of
// instants (the tests use counts only, never the clock); Cancel leaves a consistent run; a
// scenario change during a look-ahead drops the stale one. Nothing here is timed: the tests wait
// for signals in bounded loops.
#include "event_log_model.h"
#include "gui_test_support.h"
#include "lookahead_worker.h"
#include "main_window.h"
#include "scenario_loader.h"
#include "simulation_controller.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

// Keepalive every millisecond (RFC 9293 §3.8.4, SO_KEEPALIVE): an instant every millisecond,
// `runMs` of them, each a probe and its answer.
Scenario heavyScenario(int runMs)
{
    const QByteArray json = QStringLiteral(R"({"format":"tcplab-scenario/1","profile":"linux",
 "params":{"delay_ms":1,"seed":1,"keepalive":{"enabled":true,"time_ms":1,"interval_ms":1}},
 "client":{"addr":"192.0.2.1","port":49152},"server":{"addr":"198.51.100.2","port":80},
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},{"at_ms":1,"peer":"client","do":"connect"}],
 "run_until_ms":%1})")
                                .arg(runMs)
                                .toUtf8();
    const LoadResult loaded = ScenarioLoader::fromJson(json, QStringLiteral("heavy.json"), QStringLiteral("heavy"));
    if (!loaded.ok)
        qFatal("heavy scenario: %s", qPrintable(loaded.error));
    return loaded.scenario;
}

// Runs the event loop until `done` holds; false if it never does within a generous bound.
template <typename Done> bool spinUntil(Done done)
{
    for (int i = 0; i < 1'000'000 && !done(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    return done();
}

// Waits for the look-ahead's result (a worker thread: waits on its signal, never on a clock).
bool waitForLookahead(SimulationController& c)
{
    QSignalSpy found(&c, &SimulationController::timelineChanged);
    for (int i = 0; i < 100 && c.isLookingAhead(); ++i)
        found.wait(120'000);
    return !c.isLookingAhead();
}

std::vector<TimeUs> markTimes(const std::vector<TimelineMark>& marks)
{
    std::vector<TimeUs> out;
    for (const TimelineMark& m : marks)
        out.push_back(m.t_us);
    return out;
}

void compareLines(const std::vector<std::string>& gui, const std::vector<std::string>& core)
{
    QCOMPARE(gui.size(), core.size());
    for (std::size_t i = 0; i < gui.size(); ++i)
        QCOMPARE(QString::fromStdString(gui[i]), QString::fromStdString(core[i]));
}

constexpr SliceLimits kCountedSlices { 50, 0, 0 }; // 50 instants a slice, no clock, shown at once

} // namespace

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
        c.setResponsive(true);
        c.setSliceLimits(kCountedSlices);
        c.loadScenario(scenario, QStringLiteral("heavy.json"));
        QVERIFY(waitForLookahead(c));
        QSignalSpy advanced(&c, &SimulationController::advanced);
        QSignalSpy busy(&c, &SimulationController::busyChanged);
        std::vector<std::uint64_t> sliceSizes;
        connect(&c.slicedRunner(), &SlicedRunner::sliced, this,
            [&] { sliceSizes.push_back(c.slicedRunner().instantsInLastSlice()); });
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
        QVERIFY(c.slicedRunner().instantsInLastSlice() <= 50);
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
        c.setResponsive(true);
        c.setSliceLimits(kCountedSlices);
        c.loadScenario(scenario, QStringLiteral("heavy.json"));
        QVERIFY(waitForLookahead(c));
        QSignalSpy messages(&c, &SimulationController::message);
        QSignalSpy rebuilt(&c, &SimulationController::rebuilt);
        c.seekTo(c.endUs());
        QVERIFY(spinUntil([&] { return c.slicedRunner().slicesRun() >= 20; }));
        QVERIFY(c.isCatchingUp());
        c.cancel();
        QVERIFY(!c.isCatchingUp());
        QVERIFY(!c.isBusyShown());
        QVERIFY(c.now() < c.endUs());
        // At a real instant of the run: the last record's, and the records are the core's trace
        // up to there.
        QVERIFY(!c.records().empty());
        QCOMPARE(c.records().back().event.t_us, c.now());
        compareLines(linesOf(c.records()), coreTrace(scenario, c.now()));
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
        QCOMPARE(c.records().back().event.t_us, c.now());
        compareLines(linesOf(c.records()), coreTrace(scenario, c.now()));
        // Play after a cancel goes on from there.
        const TimeUs at = c.now();
        c.stepEvent();
        QVERIFY(c.now() > at);
        compareLines(linesOf(c.records()), coreTrace(scenario, c.now()));
    }

    void aNewTargetDuringACatchUpRetargetsIt()
    {
        const Scenario scenario = heavyScenario(5000);
        SimulationController c;
        c.setResponsive(true);
        c.setSliceLimits(kCountedSlices);
        c.loadScenario(scenario, QStringLiteral("heavy.json"));
        QVERIFY(waitForLookahead(c));
        c.seekTo(c.endUs());
        QVERIFY(c.isCatchingUp());
        const TimeUs nearer = c.now() + msToUs(40);
        c.seekTo(nearer); // ahead of where it got: the same catch-up, a nearer target
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        QCOMPARE(c.now(), nearer);
        compareLines(linesOf(c.records()), coreTrace(scenario, nearer));
        c.play(); // played after a catch-up, frames run at most a slice each
        c.advanceFrame(1000);
        QVERIFY(c.slicedRunner().instantsInLastSlice() <= 50);
        compareLines(linesOf(c.records()), coreTrace(scenario, c.now()));
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

    void aCancelledLookaheadKeepsWhatItFound()
    {
        const Scenario heavy = heavyScenario(20000);
        LookaheadJob job;
        job.spec = heavy.spec;
        job.endUs = heavy.spec.runUntilUs;
        const LookaheadResult whole = findTimeline(job);
        int instants = 0;
        const LookaheadResult part = findTimeline(job, [&](TimeUs) { return ++instants < 1000; });
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
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.controller().isCatchingUp());
        QVERIFY(progress->isHidden());
        compareLines(linesOf(w.controller().records()), coreTrace(scenario, w.controller().now()));
    }
};

QTEST_MAIN(TestResponsiveController)
#include "test_responsive_controller.moc"
