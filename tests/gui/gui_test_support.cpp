#include "gui_test_support.h"

#include "ladder_view.h"
#include "scenario_loader.h"
#include "simulation.h"
#include "state_diagram_view.h"
#include "trace_fields.h"
#include "view_theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace tcplab::testing {

namespace {
class Lines : public TraceSink {
public:
    void onTrace(const TraceEvent& event) override { lines.push_back(traceToJsonLine(event)); }
    std::vector<std::string> lines;
};
} // namespace

std::vector<std::string> coreTrace(const Scenario& scenario, TimeUs untilUs)
{
    Simulation sim(scenario.spec);
    Lines sink;
    sim.addSink(&sink);
    sim.runUntil(untilUs);
    return sink.lines;
}

std::vector<std::string> linesOf(const std::vector<TraceRecord>& records)
{
    std::vector<std::string> out;
    for (const TraceRecord& r : records) {
        TraceEvent e = r.event;
        e.segment = r.segment ? &*r.segment : nullptr;
        out.push_back(traceToJsonLine(e));
    }
    return out;
}

TcpState lastState(const std::vector<std::string>& lines, Peer peer)
{
    TcpState state = TcpState::Closed;
    const std::string who = "\"peer\":\"" + std::string(peerName(peer)) + "\"";
    for (const std::string& line : lines) {
        if (line.find("\"ev\":\"state\"") == std::string::npos || line.find(who) == std::string::npos)
            continue;
        const auto at = line.find("\"to\":\"");
        const auto end = line.find('"', at + 6);
        state = *parseState(line.substr(at + 6, end - at - 6));
    }
    return state;
}

Scenario loadOrFail(const QString& spec)
{
    const LoadResult loaded = ScenarioLoader::load(spec);
    if (!loaded.ok)
        qFatal("cannot load %s: %s", qPrintable(spec), qPrintable(loaded.error));
    return loaded.scenario;
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcplab-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplab-tests"));
    // One settings folder per test program: ctest runs them in parallel, and the last scenario
    // one program's window saves must not be what another program's window starts on.
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
        QDir::tempPath() + QStringLiteral("/tcplab-test-settings/") + program);
    QSettings().clear();
}

QImage screenshotOf(QWidget& window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return window.grab().toImage();
}

bool cachesAreFresh(QWidget& window, QString* which)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QList<QWidget*> views;
    for (auto* d : window.findChildren<StateDiagramView*>())
        views << d;
    for (auto* l : window.findChildren<LadderView*>())
        views << l;
    QList<QImage> drawn;
    for (QWidget* v : views)
        drawn << v->grab().toImage();
    ViewTheme::setCurrent(ViewTheme::current());
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (views[i]->grab().toImage() != drawn[i]) {
            *which = views[i]->objectName();
            // To see what differs: TCPLAB_DUMP_CACHE_DIFF=1 writes both pictures to /tmp.
            if (qEnvironmentVariableIsSet("TCPLAB_DUMP_CACHE_DIFF")) {
                drawn[i].save(QStringLiteral("/tmp/cached.png"));
                views[i]->grab().toImage().save(QStringLiteral("/tmp/fresh.png"));
            }
            return false;
        }
    }
    return !views.isEmpty();
}

QString labelText(QWidget& root, const char* name)
{
    auto* l = root.findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

void sendLanguageChange(QWidget& w)
{
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&w, &change);
}

void savePicture(QWidget& w, const QString& name)
{
    QVERIFY(QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR)));
    QVERIFY(screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/") + name));
}

} // namespace tcplab::testing
