// MainWindow: the run bar, the menus and the help window — wiring the controls.
#include "fault_rule_dialog.h"
#include "help_window.h"
#include "language_switcher.h"
#include "main_window.h"
#include "peer_controls.h"
#include "question_director.h"
#include "simulation_controller.h"
#include "timeline_slider.h"
#include "ui_main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>

namespace tcplab {

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
    // "Ask questions" in the Run menu and as a box on the run bar, one setting.
    QAction* ask = questions_->askAction();
    ui_->menuRun->insertAction(ui_->actionFaster, ask);
    ui_->menuRun->insertSeparator(ui_->actionFaster);
    askBox_ = new QCheckBox(this);
    askBox_->setObjectName(QStringLiteral("askQuestionsBox"));
    askBox_->setFocusPolicy(Qt::NoFocus);
    askBox_->setChecked(ask->isChecked());
    ui_->runBar->insertWidget(ui_->runBar->indexOf(ui_->skipIdleBox) + 1, askBox_);
    connect(askBox_, &QCheckBox::toggled, ask, &QAction::setChecked);
    connect(ask, &QAction::toggled, askBox_, &QCheckBox::setChecked);
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
    wireFileExtras();
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
    buttonsAction_ = addViewToggle(QStringLiteral("actionApplicationButtons"), Qt::Key_F9);
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

QAction* MainWindow::addViewToggle(const QString& objectName, Qt::Key key)
{
    QAction* action = ui_->menuView->addAction(QString());
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setChecked(true);
    action->setShortcut(QKeySequence(key));
    return action;
}

} // namespace tcplab
