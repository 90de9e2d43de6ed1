// The two pictures of docs/explorer.md, made from the runs they describe, with the figures the
// captions state checked first: A/B populations against Little's law, and a rate sweep that
// meets the port ceiling. Written to the build tree; the committed copies are in docs/.
#include "explorer_params_form.h"
#include "explorer_plot.h"
#include "explorer_tab.h"
#include "steady_state.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

using namespace tcplab;

namespace {
constexpr int kWaitMs = 120'000; // generous: the machine may be busy; nothing here is timed

void set(ExplorerTab& tab, const char* key, const char* value)
{
    const QString error = tab.params().setKey(QString::fromLatin1(key), QString::fromLatin1(value));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// 300 connections per second from 20,000 ephemeral ports, 5 % of server code never closes.
void setDocumentedRun(ExplorerTab& tab, const char* timeWaitMs)
{
    set(tab, "profile", "linux");
    set(tab, "rate_per_s", "300");
    set(tab, "port_min", "32768");
    set(tab, "port_max", "52767");
    set(tab, "leak_fraction", "0.05");
    set(tab, "duration_ms", "150000");
    set(tab, "time_wait_ms", timeWaitMs);
}

void save(ExplorerTab& tab, const char* name)
{
    QVERIFY(QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR)));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(tab.grab().save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/%1.png").arg(QString::fromLatin1(name))));
}
} // namespace

class TestExplorerScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void populationsWithAAndB()
    {
        ExplorerTab tab;
        tab.resize(1500, 900);
        tab.show();
        QSignalSpy done(&tab, &ExplorerTab::runFinished);
        setDocumentedRun(tab, "60000");
        tab.run(ExplorerTab::Slot::A);
        QVERIFY(done.wait(kWaitMs));
        setDocumentedRun(tab, "30000");
        tab.run(ExplorerTab::Slot::B);
        QVERIFY(done.wait(kWaitMs));
        // Little's law over the connections that reach TIME_WAIT: the 5 % whose server never
        // closes leave their client in FIN_WAIT_2 instead. 0.95 × 300/s × 60 s = 17,100 and
        // 0.95 × 300/s × 30 s = 8,550 sockets.
        const SteadyState a = steadyState(*tab.result(ExplorerTab::Slot::A));
        const SteadyState b = steadyState(*tab.result(ExplorerTab::Slot::B));
        QVERIFY2(std::abs(a.clientTimeWait - 17'100) < 0.02 * 17'100, qPrintable(QString::number(a.clientTimeWait)));
        QVERIFY2(std::abs(b.clientTimeWait - 8'550) < 0.02 * 8'550, qPrintable(QString::number(b.clientTimeWait)));
        QVERIFY(a.clientFinWait2 > 0);
        QCOMPARE(a.totalEaddrnotavail, 0); // 18,000 < 20,000 ports
        QVERIFY(a.finalServerCloseWait > 0); // the leak
        QVERIFY(tab.populationsPlot().seriesNames().contains(QStringLiteral("B: TIME_WAIT")));
        tab.showPage(0);
        save(tab, "explorer-tab");
    }

    void rateSweepMeetsThePortCeiling()
    {
        ExplorerTab tab;
        tab.resize(1500, 900);
        tab.show();
        setDocumentedRun(tab, "30000");
        set(tab, "leak_fraction", "0");
        QSignalSpy done(&tab, &ExplorerTab::sweepFinished);
        tab.runSweep(QStringLiteral("rate_per_s"), 100, 800, 100);
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(tab.sweepPoints().size(), std::size_t(8));
        // 20,000 ports held 30 s each: the ceiling is 666 connections per second.
        for (const SweepPoint& p : tab.sweepPoints()) {
            if (p.x <= 600)
                QVERIFY2(p.outcome.eaddrnotavailPerS == 0, qPrintable(QString::fromStdString(p.value)));
            else
                QVERIFY2(p.outcome.eaddrnotavailPerS > 0, qPrintable(QString::fromStdString(p.value)));
        }
        save(tab, "explorer-sweep");
    }
};

QTEST_MAIN(TestExplorerScreenshots)
#include "test_explorer_screenshots.moc"
