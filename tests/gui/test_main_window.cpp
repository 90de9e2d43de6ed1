// The window plays scenarios exactly as the core runs them, and rewinds exactly (its look:
// test_window_look.cpp; its files: test_window_files.cpp).
#include "event_log_model.h"
#include "gui_test_support.h"
#include "ladder_view.h"
#include "main_window.h"
#include "scenario_loader.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"
#include "timeline_slider.h"
#include "timer_panel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
std::set<std::uint64_t> segmentIds(const std::vector<std::string>& lines)
{
    static const QRegularExpression id(QStringLiteral("\"seg\":\\{\"id\":(\\d+)"));
    std::set<std::uint64_t> ids;
    for (const std::string& line : lines) {
        const auto m = id.match(QString::fromStdString(line));
        if (m.hasMatch())
            ids.insert(m.captured(1).toULongLong());
    }
    return ids;
}

void compareLines(const std::vector<std::string>& gui, const std::vector<std::string>& core)
{
    QCOMPARE(gui.size(), core.size());
    for (std::size_t i = 0; i < gui.size(); ++i)
        QCOMPARE(QString::fromStdString(gui[i]), QString::fromStdString(core[i]));
}

// Everything a viewer sees that derives from the run, for comparing two windows.
void compareViews(MainWindow& a, MainWindow& b)
{
    compareLines(linesOf(a.controller().records()), linesOf(b.controller().records()));
    for (Peer peer : { Peer::Client, Peer::Server }) {
        QCOMPARE(a.diagram(peer).litState(), b.diagram(peer).litState());
        QCOMPARE(a.diagram(peer).litNode(), b.diagram(peer).litNode());
        QCOMPARE(a.diagram(peer).visitedNodes(), b.diagram(peer).visitedNodes());
        QCOMPARE(a.timers(peer).bars().size(), b.timers(peer).bars().size());
        for (std::size_t i = 0; i < a.timers(peer).bars().size(); ++i) {
            QCOMPARE(a.timers(peer).bars()[i].kind, b.timers(peer).bars()[i].kind);
            QCOMPARE(a.timers(peer).bars()[i].leftUs, b.timers(peer).bars()[i].leftUs);
        }
    }
    const auto& x = a.ladder().entries();
    const auto& y = b.ladder().entries();
    QCOMPARE(x.size(), y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        QCOMPARE(x[i].id, y[i].id);
        QCOMPARE(x[i].sentUs, y[i].sentUs);
        QCOMPARE(x[i].endUs, y[i].endUs);
        QCOMPARE(x[i].fate, y[i].fate);
    }
    QCOMPARE(a.eventLog().rowCount(), b.eventLog().rowCount());
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void playsEveryBuiltinToItsEnd_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = ScenarioLoader::builtinNames();
        QVERIFY(!names.isEmpty());
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void playsEveryBuiltinToItsEnd()
    {
        QFETCH(QString, name);
        const QString spec = QStringLiteral("builtin:") + name;
        MainWindow w;
        QVERIFY(w.openScenario(spec, false));
        w.controller().runToEnd();
        QVERIFY(w.controller().atEnd());
        const Scenario scenario = loadOrFail(spec);
        const auto core = coreTrace(scenario, scenario.spec.runUntilUs);
        compareLines(linesOf(w.controller().records()), core);
        QCOMPARE(w.diagram(Peer::Client).litState(), lastState(core, Peer::Client));
        QCOMPARE(w.diagram(Peer::Server).litState(), lastState(core, Peer::Server));
        // The ladder holds exactly the segments of the trace, each ending where the trace says.
        std::set<std::uint64_t> ladderIds;
        for (const LadderView::Entry& e : w.ladder().entries()) {
            ladderIds.insert(e.id);
            if (e.fate == LadderView::Fate::Arrived) {
                const std::string arrive = "{\"t_us\":" + std::to_string(e.endUs) + ",\"ev\":\"arrive\"";
                const std::string id = "\"seg\":{\"id\":" + std::to_string(e.id) + ",";
                QVERIFY2(std::any_of(core.begin(), core.end(),
                             [&](const std::string& l) {
                                 return l.rfind(arrive, 0) == 0 && l.find(id) != std::string::npos;
                             }),
                    qPrintable(QStringLiteral("segment %1").arg(e.id)));
            }
        }
        QVERIFY(ladderIds == segmentIds(core));
    }

    // Issue 14: a run that reaches a budget stops there with a dialog; what ran stays on screen,
    // exactly the core's trace up to that instant.
    void aRunBudgetStopsTheWindowWithADialog()
    {
        const QString spec = QStringLiteral("builtin:01-handshake-client-closes");
        MainWindow w;
        RunBudget budget;
        budget.traceLines = 20;
        w.controller().setRunBudget(budget);
        QVERIFY(w.openScenario(spec, false));
        w.controller().runToEnd();
        QVERIFY(w.controller().atEnd());
        QVERIFY(!w.controller().isPlaying());
        const auto stop = w.controller().budgetStop();
        QVERIFY(stop);
        QCOMPARE(stop->kind, BudgetKind::TraceLines);
        QVERIFY(stop->atUs < w.controller().endUs());
        const Scenario scenario = loadOrFail(spec);
        compareLines(linesOf(w.controller().records()), coreTrace(scenario, stop->atUs));
        QVERIFY(w.controller().records().size() > 20);
        const auto* box = w.findChild<QMessageBox*>(QStringLiteral("budgetDialog"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("trace_lines = 20")), qPrintable(box->text()));
        w.controller().play(); // nothing more to run: it stays stopped
        QVERIFY(!w.controller().isPlaying());
    }

    void stepButtonWalksTheDefaultScenarioEventByEvent()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        auto* step = w.findChild<QAction*>(QStringLiteral("actionStep"));
        QVERIFY(step);
        const Scenario scenario = loadOrFail(QString::fromLatin1(MainWindow::kDefaultScenario));
        int steps = 0;
        while (!w.controller().atEnd() && steps < 10000) {
            step->trigger();
            ++steps;
            const auto core = coreTrace(scenario, w.controller().now());
            QCOMPARE(w.controller().records().size(), core.size());
            QCOMPARE(w.diagram(Peer::Client).litState(), lastState(core, Peer::Client));
            QCOMPARE(w.diagram(Peer::Server).litState(), lastState(core, Peer::Server));
        }
        QVERIFY(w.controller().atEnd());
        QVERIFY(steps > 10);
        QCOMPARE(w.diagram(Peer::Client).litState(), TcpState::Closed);
        QCOMPARE(w.diagram(Peer::Client).litNode(), 11); // the bottom CLOSED, after TIME_WAIT
    }

    void sliderRewindsExactly_data()
    {
        QTest::addColumn<int>("ms");
        for (int ms : { 0, 35, 110, 500, 655, 120000, 240630 })
            QTest::newRow(qPrintable(QStringLiteral("%1ms").arg(ms))) << ms;
    }

    void sliderRewindsExactly()
    {
        QFETCH(int, ms);
        MainWindow played;
        QVERIFY(played.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        played.controller().runToEnd();
        auto* timeline = played.findChild<TimelineSlider*>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        const int value = timeline->valueFor(msToUs(ms));
        timeline->setValue(value);
        const TimeUs t = timeline->timeAt(value);
        QCOMPARE(played.controller().now(), t);
        // The instant shown stands at the position dragged to (within rounding to whole ms).
        QVERIFY(std::abs(timeline->valueFor(t) - value) <= 1);

        MainWindow fresh;
        QVERIFY(fresh.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        fresh.controller().advanceTo(t);
        compareViews(played, fresh);
    }

    // Every event of the run has a slider position of its own, reached exactly, and its tick;
    // the whole handshake no longer sits in the first pixels of a 300 s run.
    void sliderReachesEveryEvent()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        auto* timeline = w.findChild<TimelineSlider*>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        const auto core = coreTrace(w.controller().effectiveScenario(), w.controller().endUs());
        std::set<TimeUs> instants;
        static const QRegularExpression at(QStringLiteral("^\\{\"t_us\":(\\d+)"));
        for (const std::string& line : core)
            instants.insert(at.match(QString::fromStdString(line)).captured(1).toLongLong());
        QCOMPARE(timeline->marks().size(), instants.size());
        int previous = -1;
        for (TimeUs t : instants) {
            const int value = timeline->valueFor(t);
            QVERIFY2(value > previous, qPrintable(QString::number(t)));
            QCOMPARE(timeline->timeAt(value), t);
            timeline->setValue(value);
            QCOMPARE(w.controller().now(), t);
            previous = value;
        }
        // The handshake (the first three events) spans a usable part of the slider, not 2 px.
        const auto third = std::next(instants.begin(), 3);
        QVERIFY(timeline->valueFor(*third) * 20 > timeline->maximum());
    }

    void stepBackReturnsToThePreviousEvent()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(700));
        auto* back = w.findChild<QAction*>(QStringLiteral("actionStepBack"));
        back->trigger();
        QCOMPARE(w.controller().now(), msToUs(680));
        back->trigger();
        QCOMPARE(w.controller().now(), msToUs(630));
        QCOMPARE(w.diagram(Peer::Client).litState(), TcpState::TimeWait);
    }

    void clickingTheLogJumpsTheTimeline()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(1000));
        const QModelIndex row = w.eventLog().index(3, EventLogModel::WhatColumn);
        const qint64 t = row.data(EventLogModel::TimeRole).toLongLong();
        auto* view = w.findChild<QAbstractItemView*>(QStringLiteral("eventLog"));
        QVERIFY(view);
        // A single click only selects (reading and scrolling never rewind by accident) ...
        Q_EMIT view->clicked(row);
        QCOMPARE(w.controller().now(), msToUs(1000));
        // ... a double-click or Enter jumps there.
        Q_EMIT view->activated(row);
        QCOMPARE(w.controller().now(), t);
    }

    // Step, Back and the slider keep the row of the event just reached selected and in view.
    void logFollowsSteps()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        auto* view = w.findChild<QAbstractItemView*>(QStringLiteral("eventLog"));
        QVERIFY(view);
        for (int i = 0; i < 12; ++i)
            w.controller().stepEvent();
        QCoreApplication::processEvents();
        const int last = w.eventLog().rowCount() - 1;
        QVERIFY(last > 12);
        QCOMPARE(view->currentIndex().row(), last);
        QCOMPARE(w.eventLog().index(last, 0).data(EventLogModel::TimeRole).toLongLong(), w.controller().now());
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
        w.controller().stepBack();
        QCoreApplication::processEvents();
        QCOMPARE(view->currentIndex().row(), w.eventLog().rowCount() - 1);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
    }

    void timeWaitCountsDown()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(60'630));
        const auto& bars = w.timers(Peer::Client).bars();
        QCOMPARE(bars.size(), std::size_t(1));
        QCOMPARE(bars[0].kind, TimerKind::TimeWait);
        QCOMPARE(bars[0].leftUs, msToUs(180'000)); // 2×MSL = 240 s, 60 s gone
        QVERIFY(qAbs(bars[0].fraction - 0.75) < 1e-9);
    }

    void framesFollowTheSpeedAndSkipIdleTime()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        SimulationController& c = w.controller();
        c.setSpeed(0.2);
        c.advanceFrame(50); // 50 ms of real time at 0.2x: 10 ms of virtual time
        QCOMPARE(c.now(), msToUs(10));
        c.advanceTo(msToUs(700)); // everything acknowledged, only TIME_WAIT left (240 s)
        c.setSkipIdle(false);
        c.advanceFrame(16);
        QCOMPARE(c.now(), msToUs(700) + 3200);
        c.setSkipIdle(true);
        int frames = 0;
        while (!c.atEnd() && frames < 1000) {
            c.advanceFrame(16);
            ++frames;
        }
        // 299 s of nothing on the wire take seconds of frames (under 800), not 25 minutes (75,000).
        QVERIFY2(frames < 800, qPrintable(QString::number(frames)));
        QCOMPARE(w.diagram(Peer::Client).litState(), TcpState::Closed);
    }

    void keyboardDrivesTheRun()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionPlay"))->shortcut(), QKeySequence(Qt::Key_Space));
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionStep"))->shortcut(), QKeySequence(Qt::Key_Right));
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionStepBack"))->shortcut(), QKeySequence(Qt::Key_Left));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.controller().now(), TimeUs(0)); // the first events are at 0 µs
        QVERIFY(!w.controller().records().empty());
        const double speed = w.controller().speed();
        QTest::keyClick(&w, Qt::Key_Plus);
        QVERIFY(w.controller().speed() > speed);
        QTest::keyClick(&w, Qt::Key_Minus);
        QCOMPARE(w.controller().speed(), speed);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.controller().isPlaying());
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(!w.controller().isPlaying());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
