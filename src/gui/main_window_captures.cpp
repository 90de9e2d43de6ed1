// MainWindow: real captures (File → Open capture, Export capture) and File → Recent.
#include "main_window.h"

#include "capture_dialog.h"
#include "capture_opener.h"
#include "event_explainer.h"
#include "pcap_export.h"
#include "pcap_import.h"
#include "recent_files.h"
#include "scenario_runner.h"
#include "simulation_controller.h"
#include "ui_main_window.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace tcplab {

void MainWindow::wireFileExtras()
{
    openCaptureAction_ = new QAction(this);
    openCaptureAction_->setObjectName(QStringLiteral("actionOpenCapture"));
    openCaptureAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    ui_->menuFile->insertAction(ui_->actionSave, openCaptureAction_);
    connect(openCaptureAction_, &QAction::triggered, this, &MainWindow::openCaptureDialog);
    recent_ = new RecentFiles(this);
    ui_->menuFile->insertMenu(ui_->actionSave, recent_);
    connect(recent_, &RecentFiles::chosen, this, [this](const QString& entry) { openFile(entry); });
    exportCaptureAction_ = new QAction(this);
    exportCaptureAction_->setObjectName(QStringLiteral("actionExportCapture"));
    ui_->menuFile->insertAction(ui_->actionQuit, exportCaptureAction_);
    ui_->menuFile->insertSeparator(ui_->actionQuit);
    connect(exportCaptureAction_, &QAction::triggered, this, &MainWindow::exportCaptureDialog);
}

void MainWindow::retranslateFileExtras()
{
    openCaptureAction_->setText(tr("Open &capture (pcap, pcapng)…"));
    exportCaptureAction_->setText(tr("Export the run as a capture (pcap)…"));
    recent_->rebuild();
}

bool MainWindow::openFile(const QString& spec, bool ask)
{
    return RecentFiles::isCapture(spec) ? openCapture(spec, std::nullopt, ask) : openScenario(spec, ask);
}

bool MainWindow::openCapture(const QString& path, std::optional<int> connection, bool ask)
{
    if (ask && !maybeKeepChanges())
        return false;
    if (capturesInBackground_) {
        // libpcap reads the file (pcap or pcapng, any byte order and link type it knows) in
        // a worker; showCapture() takes it from there.
        captureOpener_->open(path, connection);
        return true;
    }
    auto opened = std::make_shared<OpenedCapture>();
    opened->path = path;
    opened->connection = connection;
    CaptureOpener::read(*opened);
    return showCapture(opened);
}

bool MainWindow::showCapture(std::shared_ptr<OpenedCapture> opened)
{
    const QString path = opened->path;
    const auto fail = [this](const QString& error) {
        lastError_ = error;
        statusBar()->showMessage(error, 15000);
        if (isVisible())
            QMessageBox::warning(this, tr("Cannot open the capture"), error);
        Q_EMIT captureOpenFinished(false);
        return false;
    };
    if (opened->capture.cancelled) {
        Q_EMIT captureOpenFinished(false);
        return false;
    }
    if (!opened->base) {
        if (!opened->capture.ok)
            return fail(QString::fromStdString(opened->capture.error));
        const std::vector<CaptureConnection>& connections = opened->connections;
        if (opened->connection) // out of range: read() builds any other
            return fail(tr("%1: there is no connection %2; the capture has %3 (numbered from 1)")
                            .arg(path)
                            .arg(*opened->connection + 1)
                            .arg(connections.size()));
        int index = 0;
        if (connections.size() > 1 && isVisible()) {
            CaptureDialog dialog(path, connections, this);
            if (dialog.exec() != QDialog::Accepted) {
                Q_EMIT captureOpenFinished(false);
                return false;
            }
            index = dialog.chosen();
        }
        if (capturesInBackground_) {
            captureOpener_->prepare(std::move(opened), index); // the replay too is built in the worker
            return true;
        }
        CaptureOpener::build(*opened, index);
    }
    const CaptureConnection chosen = opened->base->connection();
    controller_->loadCapture(std::move(opened->base), std::move(opened->running), path);
    RecentFiles::add(QFileInfo(path).absoluteFilePath());
    recent_->rebuild(); // what the menu lists is what it shows, before it is opened
    const CaptureReplay& replay = *controller_->capture();
    const Peer seen = replay.capturePoint();
    statusBar()->showMessage(
        tr("%1: %2, %n segment(s). Seen at the %3; the %4's state is inferred, and the "
           "one-way delay (%5) is half the shortest round trip the capture shows.",
            nullptr, int(chosen.packets))
            .arg(QFileInfo(path).fileName(), QString::fromStdString(chosen.tupleText()), EventExplainer::peerName(seen),
                EventExplainer::peerName(otherPeer(seen)), EventExplainer::formatTime(replay.oneWayDelayUs())),
        20000);
    Q_EMIT captureOpenFinished(true);
    return true;
}

bool MainWindow::exportCapture(const QString& path)
{
    // The whole run, not only what is on screen so far: as the CLI's `pcap export` writes it.
    const CaptureReplay* replaying = controller_->capture();
    PcapExport pcap(replaying ? replaying->capturePoint() : Peer::Client);
    // The capture streams to the file while the run is made again (pcap_export.h).
    std::string error = pcap.open(path.toStdString());
    if (error.empty()) {
        if (replaying) {
            CaptureReplay whole(*controller_->captureBase());
            whole.addSink(&pcap);
            whole.runUntil(whole.endUs());
        } else {
            const Scenario scenario = controller_->effectiveScenario();
            runScenario(scenario, scenario.spec.runUntilUs, {}, { &pcap }, {}, [&pcap] { return !pcap.failed(); });
        }
        error = pcap.close();
    }
    if (!error.empty()) {
        QMessageBox::warning(
            this, tr("Cannot export"), tr("Cannot write %1: %2").arg(path, QString::fromStdString(error)));
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %1: %n packet(s) as the %2 sees them.", nullptr, int(pcap.packetCount()))
            .arg(path, EventExplainer::peerName(replaying ? replaying->capturePoint() : Peer::Client)),
        8000);
    return true;
}

QString MainWindow::captureStatusText(const CaptureReplay& capture) const
{
    return tr("virtual time %1 · speed %2× · %3 · capture seen at the %4 · one-way delay %5 (measured)")
        .arg(EventExplainer::formatTime(controller_->now()))
        .arg(controller_->speed())
        .arg(QFileInfo(controller_->source()).fileName(), EventExplainer::peerName(capture.capturePoint()),
            EventExplainer::formatTime(capture.oneWayDelayUs()));
}

void MainWindow::openCaptureDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a capture"), QString(), tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (!path.isEmpty())
        openCapture(path);
}

void MainWindow::exportCaptureDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the run as a capture"), QStringLiteral("tcplab.pcap"), tr("Captures (*.pcap)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pcap");
    exportCapture(path);
}

} // namespace tcplab
