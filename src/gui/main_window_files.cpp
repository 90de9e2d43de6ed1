// MainWindow: scenario files, exports, settings, drag and drop, closing.
#include "main_window.h"

#include "compare_view.h"
#include "diagram_exporter.h"
#include "event_explainer.h"
#include "ladder_text.h"
#include "recent_files.h"
#include "scenario_loader.h"
#include "scenario_writer.h"
#include "simulation_controller.h"
#include "ui_main_window.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTabWidget>

namespace tcplab {

bool MainWindow::openScenario(const QString& spec, bool ask)
{
    if (ask && !maybeKeepChanges())
        return false;
    const LoadResult loaded = ScenarioLoader::load(spec);
    if (!loaded.ok) {
        lastError_ = loaded.error;
        // The loader's message names the file, the JSON path and what was expected.
        statusBar()->showMessage(loaded.error, 15000);
        if (isVisible())
            QMessageBox::warning(this, tr("Cannot open the scenario"), loaded.error);
        return false;
    }
    controller_->loadScenario(loaded.scenario, spec);
    const bool builtin = spec.startsWith(QStringLiteral("builtin:")) || spec.startsWith(QStringLiteral("mission:"));
    const QString entry = builtin ? spec : QFileInfo(spec).absoluteFilePath();
    QSettings().setValue(QStringLiteral("lastScenario"), entry);
    RecentFiles::add(entry);
    recent_->rebuild(); // what the menu lists is what it shows, before it is opened
    return true;
}

bool MainWindow::saveScenario(const QString& path)
{
    Scenario scenario = controller_->effectiveScenario();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ScenarioWriter::toJson(scenario)) < 0 || !file.commit()) {
        const QString error = tr("Cannot write %1: %2").arg(path, file.errorString());
        statusBar()->showMessage(error, 10000);
        if (isVisible()) // a failed save is not a passing remark
            QMessageBox::warning(this, tr("Cannot save the scenario"), error);
        return false;
    }
    controller_->markSaved(path);
    QSettings().setValue(QStringLiteral("lastScenario"), QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1: it replays this run exactly.").arg(path), 6000);
    return true;
}

bool MainWindow::exportPng(const QString& path)
{
    if (compare_ && ui_->modeTabs->currentWidget() == compare_) {
        // Compare mode exports what it shows: both runs side by side, at twice the resolution.
        QImage image(compare_->size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        compare_->render(&image);
        return image.save(path, "PNG");
    }
    return DiagramExporter(diagram(Peer::Client), ladder(), diagram(Peer::Server)).savePng(path);
}

bool MainWindow::exportSvg(const QString& path)
{
    if (compare_ && ui_->modeTabs->currentWidget() == compare_) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(compare_->size());
        svg.setViewBox(QRect(QPoint(0, 0), compare_->size()));
        svg.setTitle(windowTitle());
        {
            QPainter painter(&svg);
            compare_->render(&painter);
        }
        return QFileInfo(path).isFile();
    }
    return DiagramExporter(diagram(Peer::Client), ladder(), diagram(Peer::Server)).saveSvg(path, windowTitle());
}

bool MainWindow::exportLadderText(const QString& path)
{
    const LadderFormat format = path.endsWith(QStringLiteral(".puml")) || path.endsWith(QStringLiteral(".plantuml"))
        ? LadderFormat::PlantUml
        : LadderFormat::Mermaid;
    LadderText text(controller_->effectiveScenario().spec);
    for (const TraceRecord& r : controller_->records()) {
        TraceEvent e = r.event;
        e.segment = r.segment ? &*r.segment : nullptr;
        text.onTrace(e);
    }
    QSaveFile file(path);
    const std::string out = text.text(format);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.data(), qint64(out.size())) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Cannot export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void MainWindow::exportTextDialog()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the ladder as text"), QStringLiteral("ladder.mmd"),
        tr("Mermaid sequence diagram (*.mmd *.md);;PlantUML (*.puml)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QStringLiteral("puml")) ? QStringLiteral(".puml") : QStringLiteral(".mmd");
    if (exportLadderText(path))
        statusBar()->showMessage(
            tr("Exported %1 (up to now: %2)").arg(path, EventExplainer::formatTime(controller_->now())), 6000);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario"), QString(), tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        openScenario(path);
}

void MainWindow::saveDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save as scenario"), QStringLiteral("scenario.json"), tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".json");
    saveScenario(path);
}

void MainWindow::exportDialog(bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the diagrams"), svg ? QStringLiteral("tcplab.svg") : QStringLiteral("tcplab.png"), filter);
    if (path.isEmpty())
        return;
    const bool ok = svg ? exportSvg(path) : exportPng(path);
    statusBar()->showMessage(ok ? tr("Exported %1").arg(path) : tr("Cannot write %1").arg(path), 6000);
}

bool MainWindow::maybeKeepChanges()
{
    if (!controller_->isDirty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("What you did by hand (actions, faults, parameters) is not saved. Save it as a scenario first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveDialog();
        return !controller_->isDirty();
    }
    return true;
}

void MainWindow::openStartupScenario(const QString& commandLineFile)
{
    if (capturesInBackground_ && RecentFiles::isCapture(commandLineFile)) {
        // Read in a worker: the window shows the default scenario meanwhile, and keeps it when
        // the capture cannot be opened (as a scenario that fails to load falls back to it).
        openScenario(QString::fromLatin1(kDefaultScenario), false);
        openCapture(commandLineFile, std::nullopt, false);
        return;
    }
    if (!commandLineFile.isEmpty() && openFile(commandLineFile, false))
        return;
    const QString last = QSettings().value(QStringLiteral("lastScenario")).toString();
    if (!last.isEmpty() && commandLineFile.isEmpty() && openScenario(last, false)) {
        if (last != QString::fromLatin1(kDefaultScenario))
            statusBar()->showMessage(tr("Reopened the scenario of last time, %1. File → Open the default scenario "
                                        "goes back to lesson 01.")
                                         .arg(QFileInfo(last.section(QLatin1Char(':'), -1)).completeBaseName()),
                15000);
        return;
    }
    openScenario(QString::fromLatin1(kDefaultScenario), false);
}

void MainWindow::readSettings()
{
    QSettings settings;
    geometryRestored_ = restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
}

void MainWindow::fitScreen()
{
    const bool restored = geometryRestored_;
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (!restored) {
        // First start: never larger than the screen. A projector's 1280x720 or 1366x768 is
        // used whole (maximised); a large monitor gets a comfortable window in its middle.
        const QSize wanted(1500, 940);
        if (available.width() < wanted.width() + 60 || available.height() < wanted.height() + 60) {
            resize(available.size() * 0.9);
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(wanted);
        }
        move(available.center() - rect().center());
    } else if (!available.contains(frameGeometry())) {
        // Saved on a larger screen: bring it back onto this one.
        resize(size().boundedTo(available.size()));
        move(available.topLeft());
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()
        && (urls.front().toLocalFile().endsWith(QStringLiteral(".json"))
            || RecentFiles::isCapture(urls.front().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && openFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

} // namespace tcplab
