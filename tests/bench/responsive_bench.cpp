#include "responsive_bench.h"

#include "main_window.h"
#include "simulation_controller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tcplab;

namespace {

// One 1 MB send at mss 1 over a 1 ms delay: 44 instants of up to ~100 000 events each, stopped by
// the window's trace_lines budget (500 000) at t = 43 ms.
constexpr const char* kMss1 = R"({"format":"tcplab-scenario/1","profile":"linux",
 "params":{"delay_ms":1,"seed":1,"mss":1},
 "client":{"addr":"192.0.2.1","port":49152},"server":{"addr":"198.51.100.2","port":80},
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},{"at_ms":1,"peer":"client","do":"connect"},
          {"after":"client:ESTABLISHED","peer":"client","do":"send","bytes":1000000}],
 "run_until_ms":600000})";

// Keepalive every millisecond for 30 days: a probe and its answer each millisecond, stopped by
// the same budget at about t = 56 s.
constexpr const char* kKeepalive = R"({"format":"tcplab-scenario/1","profile":"linux",
 "params":{"delay_ms":1,"seed":1,"keepalive":{"enabled":true,"time_ms":1,"interval_ms":1}},
 "client":{"addr":"192.0.2.1","port":49152},"server":{"addr":"198.51.100.2","port":80},
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},{"at_ms":1,"peer":"client","do":"connect"}],
 "run_until_ms":2592000000})";

// Times every event the application delivers, to name what held the loop the longest (a
// signal's slots run inside the event that emitted it: a timer, a queued call).
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    // The slowest event the loop delivered, and the slowest delivered inside another one.
    struct Slowest {
        double ms = 0;
        std::string what;
    };
    bool notify(QObject* receiver, QEvent* event) override
    {
        const bool outermost = depth_++ == 0;
        if (outermost)
            paintsInside_.clear();
        // Named before it is delivered: the receiver may not outlive its event.
        const char* className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const int type = int(event->type());
        QElapsedTimer t;
        t.start();
        const bool handled = QApplication::notify(receiver, event);
        --depth_;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const auto name = [&] {
            return QStringLiteral("%1 (%2) event %3").arg(QString::fromLatin1(className), objectName).arg(type);
        };
        if (!outermost && type == QEvent::Paint)
            paintsInside_.push_back({ ms, name().toStdString() });
        Slowest& slowest = outermost ? outer : inner;
        if (ms > slowest.ms) {
            slowest = { ms, QStringLiteral("%1 %2 ms").arg(name()).arg(ms, 0, 'f', 0).toStdString() };
            if (outermost)
                outerPaints = paintsOf(paintsInside_);
        }
        return handled;
    }
    Slowest outer, inner;
    // The widgets painted inside the slowest outer event, the costliest first (a window's
    // update request paints them all in one event).
    std::string outerPaints;

private:
    static std::string paintsOf(std::vector<Slowest> paints)
    {
        std::sort(paints.begin(), paints.end(), [](const Slowest& a, const Slowest& b) { return a.ms > b.ms; });
        std::string text;
        for (std::size_t i = 0; i < paints.size() && i < 6; ++i) {
            char one[160];
            std::snprintf(one, sizeof one, "%s%s %.1f", i ? ", " : "", paints[i].what.c_str(), paints[i].ms);
            text += one;
        }
        return text;
    }
    std::vector<Slowest> paintsInside_;
    int depth_ = 0;
};

struct Gap {
    double longestMs = 0, catchUpMs = 0;
    std::size_t records = 0;
    std::string slowest;
};

void spin(const std::function<bool()>& until, int limitMs)
{
    QElapsedTimer t;
    t.start();
    while (!until() && t.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The window as the program runs it (responsive controller, 1280×720): a 5 ms timer notes the
// longest time between two of its ticks from the seek until everything has been painted.
Gap seekToEnd(TimedApplication& app, const QString& path)
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    SimulationController& controller = window.controller();
    controller.setResponsive(true);
    if (!window.openScenario(path, false))
        return {};
    controller.pause();
    spin([&] { return !controller.isLookingAhead(); }, 120'000);
    QElapsedTimer sinceTick, all;
    double longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    tick.start();
    app.outer = app.inner = {};
    app.outerPaints.clear();
    sinceTick.start();
    all.start();
    controller.seekTo(controller.endUs());
    spin([&] { return !controller.isCatchingUp(); }, 600'000);
    const double catchUp = double(all.nsecsElapsed()) / 1e6;
    QElapsedTimer settle;
    settle.start();
    spin([&] { return settle.elapsed() > 1000; }, 2000); // the views take in what arrived, and paint
    return { longest, catchUp, controller.records().size(),
        app.outer.what + " / painted in it: " + app.outerPaints + " / slowest inside any: " + app.inner.what };
}

} // namespace

std::string measureResponsiveness(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QTemporaryDir dir;
    std::string json = "{";
    for (const auto& [name, scenario] : { std::pair { "mss1_1mb", kMss1 }, { "keepalive_1ms", kKeepalive } }) {
        const QString path = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(scenario) < 0)
            return "null";
        file.close();
        const Gap g = seekToEnd(app, path);
        char one[512];
        std::snprintf(one, sizeof one,
            "%s\"%s\":{\"longest_gap_ms\":%.0f,\"catch_up_ms\":%.0f,\"records\":%zu,\"slowest\":\"%s\"}",
            json.size() > 1 ? "," : "", name, g.longestMs, g.catchUpMs, g.records, g.slowest.c_str());
        json += one;
    }
    return json + "}";
}
