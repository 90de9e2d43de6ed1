// The Explorer tab under the offscreen platform: a run and a small sweep on worker threads,
// the charts' series, A/B, cancel and the exports.
#include "explorer_params_form.h"
#include "explorer_plot.h"
#include "explorer_tab.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;

namespace {
constexpr int kWaitMs = 120'000; // generous: the machine may be busy; nothing here is timed

void setSmallRun(ExplorerTab& tab, const char* timeWaitMs)
{
    QVERIFY(tab.params().setKey(QStringLiteral("duration_ms"), QStringLiteral("20000")).isEmpty());
    QVERIFY(tab.params().setKey(QStringLiteral("time_wait_ms"), QString::fromLatin1(timeWaitMs)).isEmpty());
}
} // namespace

class TestExplorerTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runDrawsPopulationsWithTheoryOverlaid()
    {
        ExplorerTab tab;
        tab.resize(1200, 800);
        tab.show();
        setSmallRun(tab, "5000");
        QSignalSpy done(&tab, &ExplorerTab::runFinished);
        tab.run(ExplorerTab::Slot::A);
        QVERIFY(tab.busy());
        QVERIFY(done.wait(kWaitMs));
        QVERIFY(!tab.busy());
        const QStringList names = tab.populationsPlot().seriesNames();
        QVERIFY2(names.contains(QStringLiteral("TIME_WAIT")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("ESTABLISHED")));
        QVERIFY(names.contains(QStringLiteral("Little's law: rate × TIME_WAIT")));
        QVERIFY(names.contains(QStringLiteral("Port ceiling (ephemeral ports)")));
        QCOMPARE(tab.populationsPlot().pointCount(QStringLiteral("TIME_WAIT")), 21); // 0..20 s
        QCOMPARE(tab.result(ExplorerTab::Slot::A)->samples.back().count(Peer::Client, TcpState::TimeWait), 500);
        QVERIFY(tab.failuresPlot().seriesNames().contains(QStringLiteral("A: EADDRNOTAVAIL (no free port)")));

        setSmallRun(tab, "10000");
        tab.run(ExplorerTab::Slot::B);
        QVERIFY(done.wait(kWaitMs));
        QVERIFY(tab.populationsPlot().seriesNames().contains(QStringLiteral("B: TIME_WAIT")));
        QCOMPARE(tab.result(ExplorerTab::Slot::B)->samples.back().count(Peer::Client, TcpState::TimeWait), 1000);
    }

    void smallSweepHasTheExpectedSeries()
    {
        ExplorerTab tab;
        tab.resize(1200, 800);
        tab.show();
        setSmallRun(tab, "5000");
        QSignalSpy done(&tab, &ExplorerTab::sweepFinished);
        tab.runSweep(QStringLiteral("time_wait_ms"), 2000, 6000, 2000);
        QVERIFY(done.wait(kWaitMs));
        const ExplorerPlot& plot = tab.sweepPlot();
        QCOMPARE(plot.seriesNames(),
            (QStringList { QStringLiteral("Client TIME_WAIT"), QStringLiteral("Server TIME_WAIT"),
                QStringLiteral("Server CLOSE_WAIT at end"), QStringLiteral("Little's law: rate × TIME_WAIT"),
                QStringLiteral("Failed connects per second") }));
        QCOMPARE(plot.pointCount(QStringLiteral("Client TIME_WAIT")), 3);
        QCOMPARE(tab.sweepPoints().size(), std::size_t(3));
        for (const SweepPoint& p : tab.sweepPoints())
            QVERIFY(std::abs(p.outcome.clientTimeWait - 0.1 * p.x) < 0.02 * 0.1 * p.x); // 100/s x TIME_WAIT
    }

    void cancelStopsARun()
    {
        ExplorerTab tab;
        QVERIFY(tab.params().setKey(QStringLiteral("duration_ms"), QStringLiteral("2000000000")).isEmpty());
        QSignalSpy cancelled(&tab, &ExplorerTab::cancelled);
        tab.run(ExplorerTab::Slot::A);
        tab.cancel();
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(!tab.busy());
        QVERIFY(!tab.result(ExplorerTab::Slot::A).has_value());
    }

    void exportsCsvPngAndSvg()
    {
        ExplorerTab tab;
        tab.resize(1000, 700);
        tab.show();
        setSmallRun(tab, "5000");
        QSignalSpy done(&tab, &ExplorerTab::runFinished);
        tab.run(ExplorerTab::Slot::A);
        QVERIFY(done.wait(kWaitMs));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("a.csv"));
        QVERIFY(tab.exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("t_ms,client_syn_sent,"));
        QVERIFY(tab.exportPng(dir.filePath(QStringLiteral("a.png"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.png"))).size() > 1000);
        QVERIFY(tab.exportSvg(dir.filePath(QStringLiteral("a.svg"))));
        QFile svg(dir.filePath(QStringLiteral("a.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }
};

QTEST_MAIN(TestExplorerTab)
#include "test_explorer_tab.moc"
