#include "main_window.h"

#include "cached_text_delegate.h"
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
#include "received_stream.h"
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
    // Each view subscribes and reads what it shows; each catches up from where it stopped
    // (records only grow between two resets), so a frame costs what is new, not the run.
    connect(controller_, &SimulationController::advanced, this, [this] {
        const auto& records = controller_->records();
        const Snapshot& snap = controller_->snapshot();
        clientDiagram_->follow(records, snap);
        serverDiagram_->follow(records, snap);
        ladder_->follow(records, snap);
        clientTimers_->follow(snap);
        serverTimers_->follow(snap);
        logModel_->follow(records);
    });
    connect(controller_, &SimulationController::advanced, this, &MainWindow::refresh);
    connect(controller_, &SimulationController::rebuilt, this, &MainWindow::onRebuilt);
    connect(controller_, &SimulationController::scenarioChanged, this, &MainWindow::onScenarioChanged);
    connect(controller_, &SimulationController::dirtyChanged, this, &MainWindow::updateTitle);
    connect(controller_, &SimulationController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    applyTheme();
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
    connect(controller_, &SimulationController::timelineChanged, this,
        [this] { timeline_->setMarks(controller_->timelineMarks(), controller_->endUs()); });
    timeline_->setMarks(controller_->timelineMarks(), controller_->endUs());
    ladder_ = new LadderView(this);
    ui_->ladderHolderLayout->addWidget(ladder_);
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

void MainWindow::wireRunControls()
{
    ui_->playButton->setDefaultAction(ui_->actionPlay);
    ui_->stepButton->setDefaultAction(ui_->actionStep);
    ui_->backButton->setDefaultAction(ui_->actionStepBack);
    ui_->resetButton->setDefaultAction(ui_->actionReset);
    ui_->actionPlay->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    ui_->actionStep->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    ui_->actionStepBack->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    ui_->actionReset->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    ui_->actionFaster->setShortcuts({ QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) });
    ui_->actionSlower->setShortcuts({ QKeySequence(Qt::Key_Minus) });
    for (QWidget* w : std::initializer_list<QWidget*> { ui_->playButton, ui_->stepButton, ui_->backButton,
             ui_->resetButton, ui_->skipIdleBox, ui_->speedBox, static_cast<QWidget*>(timeline_) })
        w->setFocusPolicy(Qt::NoFocus); // Space and the arrows stay the window's shortcuts
    connect(ui_->actionPlay, &QAction::triggered, controller_, &SimulationController::togglePlay);
    connect(ui_->actionStep, &QAction::triggered, controller_, &SimulationController::stepEvent);
    connect(ui_->actionStepBack, &QAction::triggered, controller_, &SimulationController::stepBack);
    connect(ui_->actionReset, &QAction::triggered, controller_, &SimulationController::reset);
    connect(ui_->actionFaster, &QAction::triggered, controller_, &SimulationController::faster);
    connect(ui_->actionSlower, &QAction::triggered, controller_, &SimulationController::slower);
    connect(controller_, &SimulationController::playingChanged, this, &MainWindow::showPlaying);
    for (double s : SimulationController::kSpeeds)
        ui_->speedBox->addItem(QString(), s);
    auto showSpeed = [this](double s) {
        const QSignalBlocker block(ui_->speedBox);
        ui_->speedBox->setCurrentIndex(ui_->speedBox->findData(s));
    };
    showSpeed(controller_->speed());
    connect(controller_, &SimulationController::speedChanged, this, showSpeed);
    connect(ui_->speedBox, &QComboBox::currentIndexChanged, this,
        [this](int i) { controller_->setSpeed(ui_->speedBox->itemData(i).toDouble()); });
    connect(ui_->skipIdleBox, &QCheckBox::toggled, controller_, &SimulationController::setSkipIdle);
    connect(timeline_, &QSlider::valueChanged, this, [this](int value) {
        if (updatingTimeline_)
            return;
        controller_->pause();
        controller_->seekTo(timeline_->timeAt(value));
    });
}

void MainWindow::wireMenus()
{
    connect(ui_->actionOpen, &QAction::triggered, this, &MainWindow::openDialog);
    connect(ui_->actionSave, &QAction::triggered, this, &MainWindow::saveDialog);
    connect(ui_->actionExportPng, &QAction::triggered, this, [this] { exportDialog(false); });
    connect(ui_->actionExportSvg, &QAction::triggered, this, [this] { exportDialog(true); });
    exportTextAction_ = new QAction(this);
    exportTextAction_->setObjectName(QStringLiteral("actionExportText"));
    ui_->menuFile->insertAction(ui_->actionExportSvg, exportTextAction_);
    ui_->menuFile->insertAction(exportTextAction_, ui_->actionExportSvg);
    connect(exportTextAction_, &QAction::triggered, this, &MainWindow::exportTextDialog);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    openDefaultAction_ = new QAction(this);
    openDefaultAction_->setObjectName(QStringLiteral("actionOpenDefault"));
    ui_->menuFile->insertAction(ui_->actionSave, openDefaultAction_);
    connect(
        openDefaultAction_, &QAction::triggered, this, [this] { openScenario(QString::fromLatin1(kDefaultScenario)); });
    connect(ui_->actionClassroom, &QAction::toggled, this, &MainWindow::setClassroomMode);
    connect(ui_->actionClearHand, &QAction::triggered, controller_, &SimulationController::clearHandEdits);
    connect(ui_->actionAddFault, &QAction::triggered, this, [this] {
        FaultRuleDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            controller_->addFaultRule(dialog.rule());
    });
    connect(ui_->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    ui_->menuRun->addSeparator();
    compareAction_ = ui_->menuRun->addAction(QString());
    compareAction_->setObjectName(QStringLiteral("actionCompare"));
    compareAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(compareAction_, &QAction::triggered, this, &MainWindow::compareWithCounterpart);
    ui_->menuView->addSeparator();
    // Each panel has its key, so classroom mode can bring one back for a moment.
    const std::pair<QDockWidget*, Qt::Key> docks[]
        = { { ui_->logDock, Qt::Key_F6 }, { ui_->libraryDock, Qt::Key_F7 }, { ui_->paramsDock, Qt::Key_F8 } };
    for (const auto& [dock, key] : docks) {
        dock->toggleViewAction()->setShortcut(QKeySequence(key));
        ui_->menuView->addAction(dock->toggleViewAction());
    }
    segmentDock_->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F4));
    ui_->menuView->addAction(segmentDock_->toggleViewAction());
    buttonsAction_ = ui_->menuView->addAction(QString());
    buttonsAction_->setObjectName(QStringLiteral("actionApplicationButtons"));
    buttonsAction_->setCheckable(true);
    buttonsAction_->setChecked(true);
    buttonsAction_->setShortcut(QKeySequence(Qt::Key_F9));
    connect(buttonsAction_, &QAction::toggled, this, [this](bool on) {
        clientControls_->setButtonsShown(on);
        serverControls_->setButtonsShown(on);
    });

    ui_->menuView->addSeparator();
    languageMenu_ = ui_->menuView->addMenu(QString());
    languageMenu_->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(languageMenu_);
    for (const QString& code : LanguageSwitcher::available()) {
        QAction* action = languageMenu_->addAction(LanguageSwitcher::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] { LanguageSwitcher::instance().choose(code); });
    }
}

void MainWindow::showHelp()
{
    // The teaching text (src/teaching) explains every state, transition and parameter, and the
    // lessons. One help window, a child of this one, so it follows a language change with the
    // rest; a lesson's link opens that scenario here.
    if (!help_) {
        help_ = new HelpWindow(this);
        help_->setAttribute(Qt::WA_DeleteOnClose);
        connect(help_, &HelpWindow::openScenarioRequested, this, [this](const QString& spec) { openScenario(spec); });
        fillHelp();
    }
    help_->show();
    help_->raise();
    help_->activateWindow();
}

void MainWindow::fillHelp()
{
    // The window writes its own text again on a language change; its title is the program's.
    if (help_)
        help_->setWindowTitle(tr("TCP State Lab — help"));
}

void MainWindow::showPlaying(bool playing)
{
    ui_->actionPlay->setText(playing ? tr("Pause") : tr("Play"));
    ui_->actionPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void MainWindow::retranslate()
{
    // What the form does not own: texts set in code. Views that paint their text repaint.
    ui_->modeTabs->setTabText(ui_->modeTabs->indexOf(explorer_), tr("Explorer"));
    logView_->setToolTip(tr("Double-click an event (or press Enter) to jump the timeline there"));
    buttonsAction_->setText(tr("Application buttons"));
    segmentDock_->setWindowTitle(tr("Segment"));
    exportTextAction_->setText(tr("Export the ladder as text (Mermaid, PlantUML)…"));
    openDefaultAction_->setText(tr("Open the default scenario (lesson 01)"));
    updateCompareAction();
    if (compare_)
        ui_->modeTabs->setTabText(ui_->modeTabs->indexOf(compare_), tr("Compare"));
    dropAction_->setText(tr("Drop it"));
    duplicateAction_->setText(tr("Duplicate it (the copy arrives later)…"));
    delayAction_->setText(tr("Delay it…"));
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
        const ReceivedStream received = ReceivedStream::of(records, peer);
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
    // Keep "now" in view while the run moves. The holder is resized at once (not on the next
    // layout pass) so the scroll range is right before the scroll position is set.
    auto* scroll = ui_->ladderScroll;
    const int viewportH = scroll->viewport()->height();
    ui_->ladderHolder->resize(scroll->viewport()->width(), std::max(viewportH, int(ladder_->contentHeight())));
    const int nowY = int(ladder_->contentHeight()) - 80;
    QScrollBar* bar = scroll->verticalScrollBar();
    if (nowY > bar->value() + viewportH - 40 || nowY < bar->value() + ladder_->pinnedHeaderHeight())
        bar->setValue(std::max(0, nowY - viewportH * 2 / 3));
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
    library_->setCurrent(controller_->source());
    updateTitle();
    refresh();
}

void MainWindow::onSegmentClicked(std::uint64_t id, QPoint globalPos)
{
    menuSegment_ = id;
    controller_->pause();
    const auto d = SegmentInspector::inspect(controller_->effectiveScenario(), controller_->records(), id, false);
    segmentMenu_->setTitle(tr("Segment #%1").arg(id));
    segmentHeader_->setText(d ? SegmentInspector::shortText(*d) : tr("Segment #%1").arg(id));
    // A copy made by the network has no rule that would make it again from the start (its
    // sender never sent it): offering to change it would only end in a refusal.
    const bool copy = d && d->segment.copyOf != 0;
    for (QAction* a : { dropAction_, duplicateAction_, delayAction_ }) {
        a->setEnabled(!copy);
        a->setToolTip(
            copy ? tr("A copy made by the network cannot be changed; change its original instead") : QString());
    }
    segmentMenu_->popup(globalPos);
}

void MainWindow::openCompare(const Scenario& a, const Scenario& b)
{
    controller_->pause();
    if (!compare_) {
        compare_ = new CompareView(this);
        ui_->modeTabs->addTab(compare_, tr("Compare"));
        connect(compare_, &CompareView::closeRequested, this, [this] {
            compare_->pause();
            ui_->modeTabs->setCurrentIndex(0);
        });
    }
    compare_->setRuns(a, b);
    ui_->modeTabs->setCurrentWidget(compare_);
}

void MainWindow::updateCompareAction()
{
    const std::string& counterpart = controller_->effectiveScenario().compareWith;
    compareAction_->setEnabled(!counterpart.empty());
    compareAction_->setText(counterpart.empty()
            ? tr("Compare with the counterpart lesson")
            : tr("Compare with %1").arg(QString::fromStdString(counterpart).section(QLatin1Char(':'), -1)));
}

bool MainWindow::compareWithCounterpart()
{
    const Scenario& a = controller_->effectiveScenario();
    if (a.compareWith.empty()) {
        statusBar()->showMessage(tr("This scenario names no counterpart to compare with; try \"Compare with these "
                                    "parameters\" in the Parameters dock."),
            8000);
        return false;
    }
    const LoadResult other = ScenarioLoader::load(QString::fromStdString(a.compareWith));
    if (!other.ok) {
        QMessageBox::warning(this, tr("Cannot open the counterpart"), other.error);
        return false;
    }
    openCompare(a, other.scenario);
    return true;
}

void MainWindow::compareWithPendingParams()
{
    // The run on screen (the parameters it was started with) against the same scenario with
    // the values now in the Parameters dock.
    Scenario edited = controller_->effectiveScenario();
    const Scenario& pending = controller_->pendingScenario();
    edited.profile = pending.profile;
    edited.paramOverrides = pending.paramOverrides;
    edited.spec.params = pending.spec.params;
    openCompare(controller_->effectiveScenario(), edited);
}

void MainWindow::showSegment(std::uint64_t id)
{
    ladder_->setSelected(id);
    const auto d = SegmentInspector::inspect(controller_->effectiveScenario(), controller_->records(), id);
    segmentDetail_->setHtml(d ? SegmentInspector::html(*d) : QString());
    segmentDock_->show();
    segmentDock_->raise();
}

QString MainWindow::segmentDetailHtml() const
{
    return segmentDetail_->toHtml();
}

void MainWindow::applyTheme()
{
    ViewTheme::setCurrent(ViewTheme::fromPalette(palette(), classroom_));
    for (QWidget* w :
        std::initializer_list<QWidget*> { clientDiagram_, serverDiagram_, ladder_, clientTimers_, serverTimers_ })
        w->update();
}

void MainWindow::setClassroomMode(bool on)
{
    if (on == classroom_) {
        const QSignalBlocker block(ui_->actionClassroom);
        ui_->actionClassroom->setChecked(on);
        return;
    }
    if (on)
        stateBeforeClassroom_ = windowState() & ~Qt::WindowFullScreen;
    applyClassroomLook(on);
    if (on) {
        showFullScreen();
    } else if (stateBeforeClassroom_ & Qt::WindowMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::applyClassroomLook(bool on)
{
    classroom_ = on;
    {
        const QSignalBlocker block(ui_->actionClassroom);
        ui_->actionClassroom->setChecked(on);
    }
    QFont f = normalFont_;
    if (on)
        f.setPointSizeF(normalFont_.pointSizeF() * 1.4);
    setFont(f);
    // The diagrams and the ladder get the screen: what is put away comes back with its key
    // (View menu) and, when classroom mode ends, exactly as it was.
    QWidget* const panels[] = { ui_->logDock, ui_->paramsDock, ui_->libraryDock, segmentDock_ };
    if (on) {
        shownBeforeClassroom_.clear();
        for (QWidget* w : panels) {
            shownBeforeClassroom_.emplace_back(w, !w->isHidden());
            w->hide();
        }
        buttonsBeforeClassroom_ = clientControls_->buttonsShown();
        buttonsAction_->setChecked(false);
    } else {
        for (const auto& [w, shown] : shownBeforeClassroom_)
            w->setVisible(shown);
        shownBeforeClassroom_.clear();
        buttonsAction_->setChecked(buttonsBeforeClassroom_);
    }
    shares_ = on ? std::array<int, 3> { 34, 32, 34 } : std::array<int, 3> { 30, 40, 30 };
    userSplit_ = false;
    applyShares();
    applyTheme();
    refresh();
}

void MainWindow::applyShares()
{
    const int total = ui_->splitter->width() - 2 * ui_->splitter->handleWidth();
    if (userSplit_ || total <= 0)
        return;
    const int sum = shares_[0] + shares_[1] + shares_[2];
    ui_->splitter->setSizes({ total * shares_[0] / sum, total * shares_[1] / sum, total * shares_[2] / sum });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == ui_->splitter && event->type() == QEvent::Resize)
        applyShares();
    return QMainWindow::eventFilter(watched, event);
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
