// Issue 14: Cancel while a capture opens stops every step of the worker — the reading, the list
// of connections, the connection's segments, the replay — and the step after the dialog
// (prepare) too: the window keeps the run it showed, and no result of the cancelled work ever
// arrives. The worker is held inside the step by CaptureOpener's probe while the window cancels,
// so which step is cancelled is known, not a matter of timing. The capture (some 10 000
// packets, so that every step reports more than once) is the window's own export of a run.
#include "capture_opener.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "pcap_import.h"
#include "simulation_controller.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <mutex>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

const QString kScenario = QStringLiteral("builtin:04-simultaneous-close");

// Holds the worker at its first report strictly inside (from, to) permille until released;
// records every permille it was told.
class HoldInside {
public:
    HoldInside(int from, int to)
        : from_(from)
        , to_(to)
    {
    }
    void operator()(int permille)
    {
        {
            const std::lock_guard lock(mutex_);
            seen_.push_back(permille);
        }
        if (permille > from_ && permille < to_ && !held_.exchange(true)) {
            heldAt_ = permille;
            reached_.release();
            go_.acquire();
        }
    }
    bool waitUntilHeld() { return reached_.tryAcquire(1, 120'000); }
    void release() { go_.release(); }
    int heldAt() const { return heldAt_; }
    std::vector<int> seen()
    {
        const std::lock_guard lock(mutex_);
        return seen_;
    }

private:
    int from_, to_;
    std::atomic<bool> held_ { false };
    std::atomic<int> heldAt_ { -1 };
    QSemaphore reached_, go_;
    std::mutex mutex_;
    std::vector<int> seen_;
};

void drainWorkers()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestCaptureOpenerCancel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelInsideEachStepOfTheOpen_data();
    void cancelInsideEachStepOfTheOpen();
    void cancelInsideEachStepOfPrepare_data();
    void cancelInsideEachStepOfPrepare();
    void progressCoversEveryStep();

private:
    // Opens kScenario, cancels the worker held by `hold`, and checks the window as it was.
    void checkCancelled(MainWindow& w, HoldInside& hold, const std::function<void()>& start);

    QTemporaryDir dir_;
    QString capture_;
};

void TestCaptureOpenerCancel::initTestCase()
{
    isolateSettings();
    // One 10 MB send: some 7 000 data segments and their ACKs, one connection.
    const QString scenario = dir_.filePath(QStringLiteral("big.json"));
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "tcplab-scenario/1", "title": {"en": "big", "zh_CN": "big"}, "profile": "linux",
        "params": {"delay_ms": 5, "seed": 1},
        "client": {"addr": "192.0.2.1", "port": 49152}, "server": {"addr": "198.51.100.2", "port": 80},
        "steps": [{"at_ms": 0, "peer": "server", "do": "listen"}, {"at_ms": 1, "peer": "client", "do": "connect"},
                  {"at_ms": 100, "peer": "client", "do": "send", "bytes": 10000000}],
        "run_until_ms": 60000})");
    file.close();
    capture_ = dir_.filePath(QStringLiteral("big.pcap"));
    MainWindow w;
    QVERIFY(w.openScenario(scenario, false));
    QVERIFY(w.exportCapture(capture_));
    const PcapImportResult read = importPcap(capture_.toStdString());
    QVERIFY(read.ok);
    QVERIFY2(read.allSegments.size() > 2 * kProgressEveryPackets, qPrintable(QString::number(read.allSegments.size())));
}

void TestCaptureOpenerCancel::checkCancelled(MainWindow& w, HoldInside& hold, const std::function<void()>& start)
{
    QVERIFY(w.openScenario(kScenario, false));
    w.controller().runToEnd();
    const std::size_t records = w.controller().records().size();
    QSignalSpy done(&w, &MainWindow::captureOpenFinished);
    start();
    QVERIFY(hold.waitUntilHeld());
    w.captureOpener().cancel();
    QVERIFY(!w.captureOpener().isBusy());
    hold.release();
    drainWorkers();
    // The step stopped at the report it was held at: nothing reported after it.
    const std::vector<int> seen = hold.seen();
    QCOMPARE(seen.back(), hold.heldAt());
    QCOMPARE(done.size(), 0);
    QVERIFY(!w.controller().isCapture());
    QCOMPARE(w.controller().source(), kScenario);
    QCOMPARE(w.controller().records().size(), records);
    QVERIFY(w.lastError().isEmpty());
}

void TestCaptureOpenerCancel::cancelInsideEachStepOfTheOpen_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("reading") << 0 << CaptureOpener::kReadPermille;
    QTest::newRow("listing") << CaptureOpener::kReadPermille << CaptureOpener::kListPermille;
    QTest::newRow("connection-segments") << CaptureOpener::kListPermille << CaptureOpener::kReadSegmentsPermille;
    QTest::newRow("replay") << CaptureOpener::kReadSegmentsPermille << 1000;
}

void TestCaptureOpenerCancel::cancelInsideEachStepOfTheOpen()
{
    QFETCH(int, from);
    QFETCH(int, to);
    MainWindow w;
    HoldInside hold(from, to);
    w.captureOpener().setWorkerProbe([&hold](int permille) { hold(permille); });
    checkCancelled(w, hold, [&] { QVERIFY(w.openCapture(capture_, 0, false)); });
}

void TestCaptureOpenerCancel::cancelInsideEachStepOfPrepare_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("connection-segments") << 0 << CaptureOpener::kBuildSegmentsPermille;
    QTest::newRow("replay") << CaptureOpener::kBuildSegmentsPermille << 1000;
}

void TestCaptureOpenerCancel::cancelInsideEachStepOfPrepare()
{
    QFETCH(int, from);
    QFETCH(int, to);
    MainWindow w;
    HoldInside hold(from, to);
    w.captureOpener().setWorkerProbe([&hold](int permille) { hold(permille); });
    checkCancelled(w, hold, [&] {
        // What the window hands to prepare() after the dialog: the capture read and listed.
        auto opened = std::make_shared<OpenedCapture>();
        opened->path = capture_;
        opened->capture = importPcap(capture_.toStdString());
        opened->connections = listConnections(opened->capture);
        w.captureOpener().prepare(std::move(opened), 0);
    });
}

// Not cancelled: the permille rises through every step, and the capture is shown, after an open
// as after a prepare.
void TestCaptureOpenerCancel::progressCoversEveryStep()
{
    MainWindow w;
    std::mutex mutex;
    std::vector<int> seen;
    w.captureOpener().setWorkerProbe([&](int permille) {
        const std::lock_guard lock(mutex);
        seen.push_back(permille);
    });
    QSignalSpy done(&w, &MainWindow::captureOpenFinished);
    QVERIFY(w.openCapture(capture_, 0, false));
    QVERIFY(done.wait(120'000));
    QVERIFY(done.first().first().toBool());
    QCOMPARE(w.controller().source(), capture_);
    const auto within = [&](int from, int to) {
        return std::any_of(seen.begin(), seen.end(), [&](int p) { return p > from && p < to; });
    };
    {
        const std::lock_guard lock(mutex);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(within(0, CaptureOpener::kReadPermille));
        QVERIFY(within(CaptureOpener::kReadPermille, CaptureOpener::kListPermille));
        QVERIFY(within(CaptureOpener::kListPermille, CaptureOpener::kReadSegmentsPermille));
        QVERIFY(within(CaptureOpener::kReadSegmentsPermille, 1000));
        seen.clear();
    }
    auto opened = std::make_shared<OpenedCapture>();
    opened->path = capture_;
    opened->capture = importPcap(capture_.toStdString());
    opened->connections = listConnections(opened->capture);
    w.captureOpener().prepare(std::move(opened), 0);
    QVERIFY(done.wait(120'000));
    QCOMPARE(done.size(), 2);
    QVERIFY(done.last().first().toBool());
    const std::lock_guard lock(mutex);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(within(0, CaptureOpener::kBuildSegmentsPermille));
    QVERIFY(within(CaptureOpener::kBuildSegmentsPermille, 1000));
}

QTEST_MAIN(TestCaptureOpenerCancel)
#include "test_capture_opener_cancel.moc"
