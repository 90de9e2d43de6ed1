// Real captures in the window (issue 15): File → Open capture lists a capture's connections,
// the chosen one replays in both diagrams and the ladder at its timings, with the log saying
// what was seen and what inferred; File → Export capture writes the run as pcap; File → Recent
// lists scenarios and captures. The capture is tests/fixtures/loopback.pcap, made by tcpdump.
#include "capture_dialog.h"
#include "capture_opener.h"
#include "event_log_model.h"
#include "gui_test_support.h"
#include "ladder_view.h"
#include "main_window.h"
#include "pcap_import.h"
#include "recent_files.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"
#include "timer_panel.h"
#include "window_renderer.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
const QString kCapture = QStringLiteral(TCPLAB_FIXTURE_DIR "/loopback.pcap");
const QString kCaptureNg = QStringLiteral(TCPLAB_FIXTURE_DIR "/loopback.pcapng");

// A capture is read in a worker thread: waits for the window to say it is shown (or not).
bool openAndWait(MainWindow& w, const QString& path, std::optional<int> connection = 0)
{
    QSignalSpy done(&w, &MainWindow::captureOpenFinished);
    if (!w.openCapture(path, connection, false))
        return false;
    if (done.isEmpty() && !done.wait(60'000))
        return false;
    return done.size() == 1 && done.first().first().toBool();
}

// Every worker done and its result delivered (or ignored): what a stale one could still do.
void drainWorkers()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QStringList logTexts(MainWindow& w)
{
    QStringList texts;
    EventLogModel& log = w.eventLog();
    for (int row = 0; row < log.rowCount(); ++row)
        texts << log.data(log.index(row, EventLogModel::WhatColumn), Qt::DisplayRole).toString();
    return texts;
}
} // namespace

class TestCaptures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { RecentFiles::clear(); }

    void theDialogListsEveryConnection()
    {
        const PcapImportResult capture = importPcap(kCapture.toStdString());
        CaptureDialog dialog(kCapture, listConnections(capture));
        QTableWidget& table = dialog.table();
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(0, 0)->text(), QStringLiteral("127.0.0.1:%1 → 127.0.0.1:8080").arg(capture.clientPort));
        QCOMPARE(table.item(0, 1)->text(), QStringLiteral("11"));
        QCOMPARE(table.item(0, 2)->text(), QStringLiteral("47"));
        QCOMPARE(table.item(0, 4)->text(), QStringLiteral("SYN_SENT → TIME_WAIT"));
        QCOMPARE(table.item(0, 5)->text(), QStringLiteral("LISTEN → CLOSED"));
        QVERIFY(table.item(1, 0)->text().endsWith(QStringLiteral(":8081")));
        QCOMPARE(table.item(1, 1)->text(), QStringLiteral("2"));
        QCOMPARE(dialog.chosen(), 0);
        dialog.choose(1);
        QCOMPARE(dialog.chosen(), 1);
    }

    void openCaptureAsksWhichConnectionAndReplaysIt()
    {
        MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1500, 940);
        w.show();
        // The window is visible, so it asks: the second connection (refused) is chosen.
        // It asks once the worker has read the capture: answered when the dialog is up.
        int rowsShown = -1;
        QTimer answer;
        answer.setInterval(1);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<CaptureDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            rowsShown = dialog->table().rowCount();
            dialog->choose(1);
            dialog->accept();
        });
        answer.start();
        QSignalSpy done(&w, &MainWindow::captureOpenFinished);
        QVERIFY(w.openCapture(kCapture));
        QVERIFY(done.wait(60'000));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(rowsShown, 2);
        SimulationController& c = w.controller();
        QVERIFY(c.isCapture());
        QCOMPARE(c.source(), kCapture);
        QCOMPARE(c.baseScenario().spec.server.port, std::uint16_t(8081));
        c.runToEnd();
        QCOMPARE(w.diagram(Peer::Client).litState(), TcpState::Closed);
        QCOMPARE(w.ladder().entries().size(), std::size_t(2));
        QVERIFY(w.ladder().entries()[1].segment.has(kRst));
    }

    void aReplayDrawsTheCaptureAtItsTimings()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, kCapture));
        SimulationController& c = w.controller();
        // Values, not a reference: a seek replays the capture afresh (a new CaptureReplay).
        const TimeUs oneWayUs = c.capture()->oneWayDelayUs();
        QCOMPARE(c.endUs(), c.capture()->endUs());
        // Half-way through the first flight: the SYN on its way, the client in SYN_SENT.
        c.runToEnd();
        TimeUs firstSendUs = -1;
        for (const TraceRecord& r : c.records())
            if (firstSendUs < 0 && r.event.kind == TraceKind::Send)
                firstSendUs = r.event.t_us;
        c.seekTo(firstSendUs + oneWayUs / 2);
        QCOMPARE(c.snapshot().inFlight.size(), std::size_t(1));
        QCOMPARE(w.diagram(Peer::Client).litState(), TcpState::SynSent);
        QCOMPARE(w.diagram(Peer::Server).litState(), TcpState::Listen);
        c.runToEnd();
        QCOMPARE(w.diagram(Peer::Client).litState(), TcpState::TimeWait);
        QCOMPARE(w.diagram(Peer::Server).litState(), TcpState::Closed);
        const auto& entries = w.ladder().entries();
        QCOMPARE(entries.size(), std::size_t(11));
        for (const LadderView::Entry& e : entries) {
            QCOMPARE(e.fate, LadderView::Fate::Arrived);
            QCOMPARE(e.endUs - e.sentUs, oneWayUs);
        }
        // The log explains each segment and says which end is seen and which inferred.
        const QStringList texts = logTexts(w);
        const QString seen = QStringLiteral("seen at the %1")
                                 .arg(c.capture()->capturePoint() == Peer::Client ? QStringLiteral("client")
                                                                                  : QStringLiteral("server"));
        const QString inferred = c.capture()->capturePoint() == Peer::Client
            ? QStringLiteral("the server's side is inferred")
            : QStringLiteral("the client's side is inferred");
        QVERIFY(texts.filter(QStringLiteral("to open a connection")).size() == 1);
        QCOMPARE(texts.filter(seen).size() + 0 > 0, true);
        QVERIFY(!texts.filter(inferred).isEmpty());
        for (const QString& text : texts)
            QVERIFY2(text.contains(QStringLiteral("[seen at the ")) || text.contains(QStringLiteral("[not seen")),
                qPrintable(text));
        // The status line claims no profile, MSL or TIME_WAIT for a capture.
        const auto* status = w.findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("capture seen at the")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral("MSL")));
        // Rewinding replays exactly.
        const auto records = linesOf(c.records());
        c.seekTo(0);
        c.runToEnd();
        QCOMPARE(linesOf(c.records()), records);
    }

    void aCaptureRefusesHandEdits()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, kCapture));
        SimulationController& c = w.controller();
        c.runToEnd();
        const auto before = linesOf(c.records());
        c.perform(ActionKind::Abort, Peer::Client);
        QVERIFY(!c.dropSegment(1));
        QCOMPARE(c.handEditCount(), 0);
        QVERIFY(!c.isDirty());
        QCOMPARE(linesOf(c.records()), before);
    }

    void pcapngOpensFromTheCommandLineAndByDrop()
    {
        MainWindow w;
        QSignalSpy done(&w, &MainWindow::captureOpenFinished);
        w.openStartupScenario(kCaptureNg); // `tcplab FILE.pcapng`
        QVERIFY(!w.controller().isCapture()); // the default scenario while the worker reads
        QCOMPARE(w.controller().source(), QString::fromLatin1(MainWindow::kDefaultScenario));
        QVERIFY(done.wait(60'000));
        QVERIFY(w.controller().isCapture());
        QCOMPARE(w.controller().source(), kCaptureNg);
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        QVERIFY(!w.controller().isCapture());
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(kCapture) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(done.wait(60'000));
        QVERIFY(w.controller().isCapture());
        QCOMPARE(w.controller().source(), kCapture);
    }

    void aBrokenCaptureSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.pcap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a capture at all");
        file.close();
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:04-simultaneous-close"), false));
        QVERIFY(!openAndWait(w, path, std::nullopt));
        QVERIFY2(w.lastError().startsWith(path + QStringLiteral(": not a readable capture file")),
            qPrintable(w.lastError()));
        QVERIFY(!openAndWait(w, kCapture, 5));
        QVERIFY2(w.lastError().contains(QStringLiteral("no connection 6")), qPrintable(w.lastError()));
        // The run on screen is the one before.
        QVERIFY(!w.controller().isCapture());
        QCOMPARE(w.controller().source(), QStringLiteral("builtin:04-simultaneous-close"));
    }

    void exportCaptureWritesTheRun()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        const QString path = dir.filePath(QStringLiteral("run.pcap"));
        QVERIFY(w.exportCapture(path));
        const PcapImportResult written = importPcap(path.toStdString());
        QVERIFY2(written.ok, written.error.c_str());
        // What the client saw: every segment it sent, every one that reached it, whole run.
        int atClient = 0;
        for (const TraceRecord& r : [&] {
                 w.controller().runToEnd();
                 return w.controller().records();
             }())
            atClient += r.segment && r.event.peer == Peer::Client
                && (r.event.kind == TraceKind::Send || r.event.kind == TraceKind::Arrive);
        QCOMPARE(int(written.segments().size()), atClient);
        QVERIFY(written.segments().front().segment.has(kSyn));

        // A capture exports the connection it replays, as it was seen.
        QVERIFY(openAndWait(w, kCapture));
        const QString again = dir.filePath(QStringLiteral("again.pcap"));
        QVERIFY(w.exportCapture(again));
        const PcapImportResult original = importPcap(kCapture.toStdString());
        const PcapImportResult back = importPcap(again.toStdString());
        QVERIFY2(back.ok, back.error.c_str());
        QCOMPARE(back.segments().size(), std::size_t(11));
        for (std::size_t i = 0; i < back.segments().size(); ++i) {
            QCOMPARE(back.segments()[i].segment.flags, original.segments()[i].segment.flags);
            QCOMPARE(back.segments()[i].segment.seq.value(), original.segments()[i].segment.seq.value());
            QCOMPARE(back.segments()[i].t_us, original.segments()[i].t_us);
        }
    }

    void recentListsScenariosAndCaptures()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:04-simultaneous-close"), false));
        QVERIFY(openAndWait(w, kCapture));
        QCOMPARE(RecentFiles::entries(), (QStringList { kCapture, QStringLiteral("builtin:04-simultaneous-close") }));
        RecentFiles& menu = w.recentFiles();
        menu.rebuild();
        QList<QAction*> entries;
        for (QAction* a : menu.actions())
            if (!a->data().toString().isEmpty())
                entries << a;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0]->text(), QStringLiteral("&1 loopback.pcap (capture)"));
        QCOMPARE(entries[1]->text(), QStringLiteral("&2 builtin:04-simultaneous-close (scenario)"));
        entries[1]->trigger();
        QCOMPARE(w.controller().source(), QStringLiteral("builtin:04-simultaneous-close"));
        QVERIFY(!w.controller().isCapture());
        menu.rebuild();
        QSignalSpy done(&w, &MainWindow::captureOpenFinished);
        for (QAction* a : menu.actions())
            if (a->data().toString() == kCapture)
                a->trigger();
        QVERIFY(done.wait(60'000));
        QVERIFY(w.controller().isCapture());
        // Reopening puts an entry first, never twice.
        QCOMPARE(RecentFiles::entries().size(), 2);
        QCOMPARE(RecentFiles::entries().front(), kCapture);
    }

    // Issue 14: the window never waits on the reading. openCapture returns with the reading
    // under way and the previous run still on screen; the capture appears when it is done.
    void openingReturnsAtOnceAndTheCaptureFollows()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:04-simultaneous-close"), false));
        QSignalSpy done(&w, &MainWindow::captureOpenFinished);
        QVERIFY(w.openCapture(kCapture, 0, false));
        QVERIFY(w.captureOpener().isBusy());
        QVERIFY(!w.controller().isCapture());
        QCOMPARE(w.controller().source(), QStringLiteral("builtin:04-simultaneous-close"));
        QCOMPARE(done.size(), 0);
        QVERIFY(done.wait(60'000));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QVERIFY(!w.captureOpener().isBusy());
        QVERIFY(w.controller().isCapture());
        QCOMPARE(w.controller().source(), kCapture);
        QCOMPARE(w.controller().baseScenario().spec.server.port, std::uint16_t(8080));
        // The same replay as one built here from the segments of that connection.
        const PcapImportResult capture = importPcap(kCapture.toStdString());
        const CaptureConnection first = listConnections(capture).front();
        const CaptureReplay here(first, connectionSegments(capture, first));
        QCOMPARE(w.controller().capture()->endUs(), here.endUs());
        QCOMPARE(w.controller().capture()->oneWayDelayUs(), here.oneWayDelayUs());
    }

    // Cancel (the status bar's button, Esc) leaves the run on screen as it was: no capture,
    // not even a part of one, and no message.
    void cancelLeavesThePreviousRun()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:04-simultaneous-close"), false));
        w.controller().runToEnd();
        const std::size_t records = w.controller().records().size();
        QSignalSpy done(&w, &MainWindow::captureOpenFinished);
        QVERIFY(w.openCapture(kCapture, 0, false));
        w.captureOpener().cancel();
        QVERIFY(!w.captureOpener().isBusy());
        drainWorkers();
        QCOMPARE(done.size(), 0);
        QVERIFY(!w.controller().isCapture());
        QCOMPARE(w.controller().source(), QStringLiteral("builtin:04-simultaneous-close"));
        QCOMPARE(w.controller().records().size(), records);
        QVERIFY(w.lastError().isEmpty());
        QVERIFY(RecentFiles::entries().isEmpty() || RecentFiles::entries().front() != kCapture);
    }

    // A second open while the first still reads wins; the first one's result is dropped.
    void theLatestOpenWins()
    {
        MainWindow w;
        QSignalSpy done(&w, &MainWindow::captureOpenFinished);
        QVERIFY(w.openCapture(kCapture, 1, false)); // the refused connection, port 8081
        QVERIFY(w.openCapture(kCaptureNg, 0, false));
        QVERIFY(done.wait(60'000));
        drainWorkers();
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(w.controller().source(), kCaptureNg);
        QCOMPARE(w.controller().baseScenario().spec.server.port, std::uint16_t(8080));
    }

    void renderDrawsACapture()
    {
        QTemporaryDir dir;
        RenderRequest request;
        request.scenario = kCapture;
        request.atMs = 30;
        request.size = QSize(1280, 720);
        request.output = dir.filePath(QStringLiteral("capture.png"));
        QString error;
        QCOMPARE(WindowRenderer::render(request, &error), 0);
        const QImage image(request.output);
        QCOMPARE(image.size(), QSize(1280, 720));
        request.compare = QStringLiteral("builtin:01-handshake-client-closes");
        QCOMPARE(WindowRenderer::render(request, &error), 2);
        QVERIFY2(error.contains(QStringLiteral("is a capture")), qPrintable(error));
    }
};

QTEST_MAIN(TestCaptures)
#include "test_captures.moc"
