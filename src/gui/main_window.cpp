#include "main_window.h"
#include "chrome_paint_cache.h"

#include "cached_text_delegate.h"
#include "capture_opener.h"
#include "compare_view.h"
#include "event_explainer.h"
#include "event_log_model.h"
#include "explorer_tab.h"
#include "fault_rule_dialog.h"
#include "help_window.h"
#include "ladder_view.h"
#include "language_switcher.h"
#include "params_panel.h"
#include "peer_controls.h"
#include "question_director.h"
#include "question_panel.h"
#include "received_stream.h"
#include "run_progress.h"
#include "scenario_library.h"
#include "scenario_loader.h"
#include "segment_inspector.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"
#include "teaching_text.h"
#include "timeline_slider.h"
#include "timer_panel.h"
#include "ui_main_window.h"
#include "view_theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>

#include <array>

namespace tcplab {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , ui_(std::make_unique<Ui::MainWindow>())
    , controller_(new SimulationController(this))
{
    ui_->setupUi(this);
    normalFont_ = font();
    buildViews();
    wireRunControls();
    wireMenus();
    wireTransitionMap();
    // Each view subscribes and reads what it shows; each catches up from where it stopped
    // (records only grow between two resets), so a frame costs what is new, not the run.
    clientDiagram_->watch(*controller_);
    serverDiagram_->watch(*controller_);
    ladder_->watch(*controller_);
    clientTimers_->watch(*controller_);
    serverTimers_->watch(*controller_);
    logModel_->watch(*controller_);
    connect(controller_, &SimulationController::advanced, this, &MainWindow::refresh);
    connect(controller_, &SimulationController::rebuilt, this, &MainWindow::onRebuilt);
    connect(controller_, &SimulationController::scenarioChanged, this, &MainWindow::onScenarioChanged);
    connect(controller_, &SimulationController::dirtyChanged, this, &MainWindow::updateTitle);
    connect(controller_, &SimulationController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(controller_, &SimulationController::budgetReached, this, [this](const QString& text) {
        // Not modal: the run so far stays on screen to explore behind it.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Run budget reached"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("budgetDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    applyTheme();
    // The style's scroll bars and tab frame are drawn once and copied while unchanged.
    ChromePaintCache::install(*this);
    readSettings();
    retranslate();
    onScenarioChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildViews()
{
    clientDiagram_ = new StateDiagramView(Peer::Client, this);
    serverDiagram_ = new StateDiagramView(Peer::Server, this);
    clientTimers_ = new TimerPanel(Peer::Client, this);
    serverTimers_ = new TimerPanel(Peer::Server, this);
    clientControls_ = new PeerControls(Peer::Client, this);
    serverControls_ = new PeerControls(Peer::Server, this);
    ui_->clientColumnLayout->addWidget(clientDiagram_, 1);
    ui_->clientColumnLayout->addWidget(clientTimers_);
    ui_->clientColumnLayout->addWidget(clientControls_);
    ui_->serverColumnLayout->addWidget(serverDiagram_, 1);
    ui_->serverColumnLayout->addWidget(serverTimers_);
    ui_->serverColumnLayout->addWidget(serverControls_);
    // The timeline follows the run's events, not linear time (TimelineSlider).
    timeline_ = ui_->timeline;
    connect(controller_, &SimulationController::timelineChanged, this, [this] {
        timeline_->setMarks(controller_->timelineMarks(), controller_->endUs());
        // The look-ahead may arrive long after the run moved on: the handle follows now.
        const QSignalBlocker block(timeline_);
        timeline_->setValue(timeline_->valueFor(controller_->now()));
    });
    timeline_->setMarks(controller_->timelineMarks(), controller_->endUs());
    ladder_ = new LadderView(this);
    ui_->ladderHolderLayout->addWidget(ladder_);
    // A lesson's questions: a card over the ladder, so the diagrams keep their size and place.
    questionPanel_ = new QuestionPanel(ui_->ladderScroll);
    questions_ = new QuestionDirector(*controller_, *questionPanel_, this);
    connect(questions_, &QuestionDirector::lessonScored, this,
        [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    // The ladder keeps its header in view: a scroll must repaint all of it, not shift pixels.
    connect(ui_->ladderScroll->verticalScrollBar(), &QScrollBar::valueChanged, ladder_, [this] { ladder_->update(); });
    // Extra height goes to the diagrams and the ladder, never to bands around the run bar.
    ui_->connectionLayout->setStretchFactor(ui_->splitter, 1);
    ui_->splitter->setStretchFactor(0, 3);
    ui_->splitter->setStretchFactor(1, 4);
    ui_->splitter->setStretchFactor(2, 3);
    ui_->splitter->setChildrenCollapsible(false);
    ui_->ladderScroll->setMinimumWidth(300);
    // The columns keep their shares of the width as the window changes size, until the user
    // drags a handle (then their choice stands until classroom mode is switched).
    ui_->splitter->installEventFilter(this);
    connect(ui_->splitter, &QSplitter::splitterMoved, this, [this] { userSplit_ = true; });
    applyShares();
    for (PeerControls* c : { clientControls_, serverControls_ })
        connect(c, &PeerControls::actionRequested, this,
            [this](ActionKind kind, Peer peer) { controller_->perform(kind, peer); });
    connect(ladder_, &LadderView::segmentClicked, this, &MainWindow::onSegmentClicked);
    connect(ladder_, &LadderView::segmentSelected, this, &MainWindow::showSegment);
    connect(ladder_, &LadderView::segmentHovered, this, [this](std::uint64_t id, QPoint at) {
        const auto d = SegmentInspector::inspect(controller_->effectiveScenario(), controller_->records(), id, false);
        if (d)
            QToolTip::showText(at, SegmentInspector::shortText(*d), ladder_);
    });
    // Every segment open to inspection: its fields, its fate, the acceptability test's numbers.
    segmentDock_ = new QDockWidget(this);
    segmentDock_->setObjectName(QStringLiteral("segmentDock"));
    segmentDetail_ = new QTextBrowser(segmentDock_);
    segmentDetail_->setObjectName(QStringLiteral("segmentDetail"));
    segmentDock_->setWidget(segmentDetail_);
    addDockWidget(Qt::RightDockWidgetArea, segmentDock_);
    segmentDock_->hide();

    logModel_ = new EventLogModel(this);
    logView_ = new QTableView(this);
    logView_->setObjectName(QStringLiteral("eventLog"));
    logView_->setModel(logModel_);
    logView_->setItemDelegate(new CachedTextDelegate(logView_));
    logView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    logView_->verticalHeader()->hide();
    logView_->horizontalHeader()->setSectionResizeMode(EventLogModel::WhatColumn, QHeaderView::Stretch);
    logView_->horizontalHeader()->setSectionResizeMode(EventLogModel::RfcColumn, QHeaderView::ResizeToContents);
    logView_->setWordWrap(false);
    // While a stray matters (until the peer that met it changes state) its sentence stays in
    // view above the log, whatever the log has scrolled to.
    pinnedStray_ = new QLabel(this);
    pinnedStray_->setObjectName(QStringLiteral("pinnedStray"));
    pinnedStray_->setWordWrap(true);
    pinnedStray_->setStyleSheet(QStringLiteral("background:#D55E00;color:white;font-weight:bold;padding:3px;"));
    pinnedStray_->hide();
    ui_->logHolderLayout->addWidget(pinnedStray_);
    ui_->logHolderLayout->addWidget(logView_);
    // Jumping is explicit (double-click or Enter): a single click only selects, so scrolling
    // and reading never rewind the run by accident.
    connect(logView_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const auto id = index.data(EventLogModel::SegmentRole).toULongLong())
            showSegment(id);
    });
    connect(logView_, &QTableView::activated, this, [this](const QModelIndex& index) {
        controller_->pause();
        controller_->seekTo(index.data(EventLogModel::TimeRole).toLongLong());
    });

    params_ = new ParamsPanel(this);
    auto* paramsScroll = new QScrollArea(this);
    paramsScroll->setWidget(params_);
    paramsScroll->setWidgetResizable(true);
    ui_->paramsHolderLayout->addWidget(paramsScroll);
    connect(params_, &ParamsPanel::compareRequested, this, &MainWindow::compareWithPendingParams);
    connect(params_, &ParamsPanel::edited, this,
        [this](const std::string& profile, const std::map<std::string, std::string>& overrides) {
            controller_->setPendingParams(profile, overrides);
            statusBar()->showMessage(tr("Parameters changed: they apply at the next reset."), 6000);
        });

    // Many connections at once (src/explorer_view) share the window as a second tab.
    explorer_ = new ExplorerTab(this);
    ui_->modeTabs->addTab(explorer_, QString());

    buildMissionDock();
    library_ = new ScenarioLibrary(this);
    ui_->libraryHolderLayout->addWidget(library_);
    // A lesson opened from the library waits at time 0 for the teacher (Space plays it).
    connect(library_, &ScenarioLibrary::openRequested, this, [this](const QString& spec) {
        if (openScenario(spec))
            statusBar()->showMessage(
                tr("Opened %1: press Space (Play) to start.").arg(spec.section(QLatin1Char(':'), -1)), 8000);
    });
    tabifyDockWidget(ui_->libraryDock, ui_->paramsDock);
    ui_->libraryDock->raise();

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(statusLabel_);
    // A message (a lesson's score, "Opened …") takes the status bar's width for its seconds: beside
    // the run's figures it would be cut at 1280 wide in classroom mode's font.
    connect(statusBar(), &QStatusBar::messageChanged, statusLabel_,
        [this](const QString& message) { statusLabel_->setVisible(message.isEmpty()); });
    // Long work (a far seek, a replay, the look-ahead) shows its progress and a Cancel (Esc).
    auto* progress = new RunProgress(this);
    progress->watch(*controller_);
    captureOpener_ = new CaptureOpener(this); // captures read in a worker (main_window_captures.cpp)
    progress->watch(*captureOpener_);
    connect(captureOpener_, &CaptureOpener::ready, this, &MainWindow::showCapture);
    statusBar()->insertPermanentWidget(0, progress);

    segmentMenu_ = new QMenu(this);
    segmentMenu_->setObjectName(QStringLiteral("segmentMenu"));
    segmentHeader_ = segmentMenu_->addAction(QString()); // names the segment the menu acts on
    segmentHeader_->setEnabled(false);
    segmentMenu_->addSeparator();
    dropAction_ = segmentMenu_->addAction(QString());
    dropAction_->setObjectName(QStringLiteral("dropSegment"));
    connect(dropAction_, &QAction::triggered, this, [this] { controller_->dropSegment(menuSegment_); });
    duplicateAction_ = segmentMenu_->addAction(QString());
    connect(duplicateAction_, &QAction::triggered, this, [this] {
        bool ok = false;
        const int ms = QInputDialog::getInt(this, tr("Duplicate"),
            tr("The copy arrives this many ms after the original:"), int(lastDelayMs_), 0, 3'600'000, 1, &ok);
        if (ok && controller_->duplicateSegment(menuSegment_, lastDelayMs_ = ms))
            statusBar()->showMessage(tr("Duplicated: the rule is kept for \"save as scenario\"."), 5000);
    });
    delayAction_ = segmentMenu_->addAction(QString());
    connect(delayAction_, &QAction::triggered, this, [this] {
        bool ok = false;
        const int ms = QInputDialog::getInt(
            this, tr("Delay"), tr("Extra delay in ms:"), int(lastDelayMs_), 1, 3'600'000, 1, &ok);
        if (ok)
            controller_->delaySegment(menuSegment_, lastDelayMs_ = ms);
    });
}

void MainWindow::retranslate()
{
    // What the form does not own: texts set in code. Views that paint their text repaint.
    ui_->modeTabs->setTabText(ui_->modeTabs->indexOf(explorer_), tr("Explorer"));
    logView_->setToolTip(tr("Double-click an event (or press Enter) to jump the timeline there"));
    buttonsAction_->setText(tr("Application buttons"));
    segmentDock_->setWindowTitle(tr("Segment"));
    missionDock_->setWindowTitle(tr("Mission"));
    missionFullAction_->setText(tr("Mission panel in full"));
    exportTextAction_->setText(tr("Export the ladder as text (Mermaid, PlantUML)…"));
    openDefaultAction_->setText(tr("Open the default scenario (lesson 01)"));
    retranslateFileExtras();
    retranslateTransitionMap();
    updateCompareAction();
    if (compare_)
        ui_->modeTabs->setTabText(ui_->modeTabs->indexOf(compare_), tr("Compare"));
    dropAction_->setText(tr("Drop it"));
    duplicateAction_->setText(tr("Duplicate it (the copy arrives later)…"));
    delayAction_->setText(tr("Delay it…"));
    questions_->retranslate();
    askBox_->setText(questions_->askAction()->iconText());
    askBox_->setToolTip(questions_->askAction()->toolTip());
    languageMenu_->setTitle(tr("&Language"));
    const QString language = LanguageSwitcher::instance().current().isEmpty()
        ? LanguageSwitcher::closest(QLocale().name())
        : LanguageSwitcher::instance().current();
    for (QAction* action : languageMenu_->actions())
        action->setChecked(action->data().toString() == language);
    QLocale numbers; // "1000×", as the status bar writes it: no group separator
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    for (int i = 0; i < ui_->speedBox->count(); ++i)
        ui_->speedBox->setItemText(i, tr("%1×").arg(numbers.toString(ui_->speedBox->itemData(i).toDouble())));
    showPlaying(controller_->isPlaying());
    fillHelp();
}

void MainWindow::onRebuilt()
{
    clientDiagram_->clear();
    serverDiagram_->clear();
    const Scenario& s = controller_->effectiveScenario();
    ladder_->setPeerAddresses(s.spec.client.addr, s.spec.server.addr);
    ladder_->clear();
    for (Peer peer : { Peer::Client, Peer::Server }) {
        received_[int(peer)] = ReceivedStream();
        bool never = false;
        for (const Step& step : s.spec.steps)
            never = never || (step.action.kind == ActionKind::NeverClose && step.action.peer == peer);
        (peer == Peer::Client ? clientControls_ : serverControls_)->setNeverClose(never);
    }
}

void MainWindow::refresh()
{
    const auto& records = controller_->records();
    // The log follows time: the row of the event just reached (the last one so far) is
    // selected and in view whether the run plays, steps, goes back or jumps.
    if (const int rows = logModel_->rowCount(); rows > 0) {
        const QModelIndex current = logModel_->index(rows - 1, EventLogModel::WhatColumn);
        if (logView_->currentIndex().row() != current.row()) {
            const QSignalBlocker block(logView_->selectionModel());
            logView_->setCurrentIndex(current);
            logView_->selectionModel()->select(
                current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            logView_->viewport()->update();
        }
        // After the view has laid out the rows just added (its scroll range grows then).
        QTimer::singleShot(0, logView_, [this] {
            if (const int n = logModel_->rowCount(); n > 0)
                logView_->scrollTo(
                    logModel_->index(n - 1, EventLogModel::WhatColumn), QAbstractItemView::EnsureVisible);
        });
    }
    {
        const bool pinned = !clientDiagram_->strayBanner().isEmpty() || !serverDiagram_->strayBanner().isEmpty();
        if (pinned) {
            for (auto it = records.rbegin(); it != records.rend(); ++it) {
                if (it->event.kind == TraceKind::Stray) {
                    const QString text
                        = tr("%1 · %2").arg(EventExplainer::formatTime(it->event.t_us), EventExplainer::explain(*it));
                    if (pinnedStray_->text() != text)
                        pinnedStray_->setText(text);
                    break;
                }
            }
        }
        pinnedStray_->setVisible(pinned);
    }
    for (Peer peer : { Peer::Client, Peer::Server }) {
        // Followed, not read again: a long run's trace holds hundreds of thousands of records.
        ReceivedStream& received = received_[int(peer)];
        received.follow(records, peer);
        (peer == Peer::Client ? clientControls_ : serverControls_)
            ->setReceived(received.html(), received.strayAccepted > 0);
    }
    {
        const QSignalBlocker block(timeline_);
        updatingTimeline_ = true;
        timeline_->setValue(timeline_->valueFor(controller_->now()));
        updatingTimeline_ = false;
    }
    ui_->timeLabel->setText(
        tr("t = %1 / %2")
            .arg(EventExplainer::formatTime(controller_->now()), EventExplainer::formatTime(controller_->endUs())));
    // Keep "now" in view while the run moves.
    ladder_->keepNowInView(*ui_->ladderScroll, *ui_->ladderHolder);
    if (const CaptureReplay* capture = controller_->capture()) {
        // A capture has no profile, MSL or TIME_WAIT of ours: only what it was seen from.
        statusLabel_->setText(captureStatusText(*capture));
        return;
    }
    const Params& p = controller_->params();
    statusLabel_->setText(tr("virtual time %1 · speed %2× · %3 · profile %4 · MSL %5 · TIME_WAIT %6")
                              .arg(EventExplainer::formatTime(controller_->now()))
                              .arg(controller_->speed())
                              .arg(QFileInfo(controller_->source().section(QLatin1Char(':'), -1)).completeBaseName(),
                                  QString::fromStdString(p.profile), TeachingText::durationText(p.msl_ms),
                                  TeachingText::durationText(p.timeWaitMs())));
}

void MainWindow::onScenarioChanged()
{
    updateCompareAction();
    params_->load(controller_->pendingProfile(), controller_->pendingParams());
    updateMission();
    library_->setCurrent(controller_->source());
    updateTitle();
    refresh();
}

void MainWindow::applyTheme()
{
    ViewTheme::setCurrent(ViewTheme::fromPalette(palette(), classroom_));
    for (QWidget* w :
        std::initializer_list<QWidget*> { clientDiagram_, serverDiagram_, ladder_, clientTimers_, serverTimers_ })
        w->update();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        retranslate();
        // The log is written again in the new language; the reader stays where they were.
        const int logAt = logView_->verticalScrollBar()->value();
        logModel_->relabel(controller_->records());
        logView_->verticalScrollBar()->setValue(logAt);
        updateTitle();
        refresh();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    QString name = controller_->source();
    setWindowTitle(tr("%1%2 — TCP State Lab").arg(name, controller_->isDirty() ? QStringLiteral(" *") : QString()));
}

} // namespace tcplab
