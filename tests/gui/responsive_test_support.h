#pragma once
// What the tests of the responsive controller share: heavy scenarios, waiting on the event loop
// by count (never by clock), slices bounded by a count of events.
#include "gui_test_support.h"
#include "scenario_loader.h"
#include "simulation_controller.h"
#include "trace_fields.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace tcplab::testing {

// Keepalive every millisecond (RFC 9293 §3.8.4, SO_KEEPALIVE): an instant every millisecond,
// `runMs` of them, each a probe and its answer.
inline Scenario heavyScenario(int runMs)
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
inline bool waitForLookahead(SimulationController& c)
{
    QSignalSpy found(&c, &SimulationController::timelineChanged);
    for (int i = 0; i < 100 && c.isLookingAhead(); ++i)
        found.wait(120'000);
    return !c.isLookingAhead();
}

inline constexpr SliceLimits kCountedSlices { 50, 0, 0 }; // 50 events a slice, no clock, shown at once

// A responsive controller whose slices are bounded by the count only, `scenario` loaded and its
// look-ahead found.
inline bool loadCounted(SimulationController& c, const Scenario& scenario, const SliceLimits& limits = kCountedSlices)
{
    c.setResponsive(true);
    c.setSliceLimits(limits);
    c.loadScenario(scenario, QStringLiteral("heavy.json"));
    return waitForLookahead(c);
}

inline std::vector<TimeUs> markTimes(const std::vector<TimelineMark>& marks)
{
    std::vector<TimeUs> out;
    for (const TimelineMark& m : marks)
        out.push_back(m.t_us);
    return out;
}

inline void compareLines(const std::vector<std::string>& gui, const std::vector<std::string>& core)
{
    QCOMPARE(gui.size(), core.size());
    for (std::size_t i = 0; i < gui.size(); ++i)
        QCOMPARE(QString::fromStdString(gui[i]), QString::fromStdString(core[i]));
}

// One byte per segment with a 1 ms delay: a few instants of thousands of events each.
inline QByteArray heavyInstantsJson(int bytes)
{
    return QStringLiteral(R"({"format":"tcplab-scenario/1","profile":"linux",
 "params":{"delay_ms":1,"seed":1,"mss":1},
 "client":{"addr":"192.0.2.1","port":49152},"server":{"addr":"198.51.100.2","port":80},
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},{"at_ms":1,"peer":"client","do":"connect"},
          {"after":"client:ESTABLISHED","peer":"client","do":"send","bytes":%1}],
 "run_until_ms":1000})")
        .arg(bytes)
        .toUtf8();
}

inline Scenario heavyInstants(int bytes)
{
    const LoadResult loaded
        = ScenarioLoader::fromJson(heavyInstantsJson(bytes), QStringLiteral("instants.json"), QStringLiteral("i"));
    if (!loaded.ok)
        qFatal("heavy instants: %s", qPrintable(loaded.error));
    return loaded.scenario;
}

// What a stopped run shows is where the whole run went: a prefix of its trace, up to now.
inline bool isPrefixOfRun(const std::vector<TraceRecord>& records, const Scenario& scenario, TimeUs now)
{
    const std::vector<std::string> gui = linesOf(records), core = coreTrace(scenario, now);
    return !records.empty() && records.back().event.t_us == now && gui.size() <= core.size()
        && std::equal(gui.begin(), gui.end(), core.begin());
}

} // namespace tcplab::testing
