#pragma once
#include "tcp_state.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QTextBrowser;

namespace Ui {
class MainWindow;
}

namespace tcplab {

class EventLogModel;
class ExplorerTab;
class LadderView;
class ParamsPanel;
class PeerControls;
class ScenarioLibrary;
class SimulationController;
class StateDiagramView;
class TimerPanel;

// The one window: both peers' state diagrams around the ladder, timers, the applications'
// buttons, the event log, parameters and the scenario library. It wires views to the one
// SimulationController and draws what the controller says; it never advances the core itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr const char* kDefaultScenario = "builtin:01-handshake-client-closes";

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SimulationController& controller() { return *controller_; }
    StateDiagramView& diagram(Peer peer) { return peer == Peer::Client ? *clientDiagram_ : *serverDiagram_; }
    LadderView& ladder() { return *ladder_; }
    TimerPanel& timers(Peer peer) { return peer == Peer::Client ? *clientTimers_ : *serverTimers_; }
    EventLogModel& eventLog() { return *logModel_; }
    ParamsPanel& paramsPanel() { return *params_; }
    ScenarioLibrary& library() { return *library_; }
    QMenu& segmentMenu() { return *segmentMenu_; }

    // "builtin:NAME" or a path; asks before unsaved hand edits are lost when `ask` is set.
    bool openScenario(const QString& spec, bool ask = true);
    bool saveScenario(const QString& path);
    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    void setClassroomMode(bool on);
    // Opens the last scenario (QSettings) or the default one.
    void openStartupScenario(const QString& commandLineFile);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildViews();
    void wireRunControls();
    void wireMenus();
    void refresh();
    void onRebuilt();
    void onScenarioChanged();
    void onSegmentClicked(std::uint64_t id, QPoint globalPos);
    void applyTheme();
    void retranslate();
    void showPlaying(bool playing);
    void showHelp();
    void fillHelp();
    void updateTitle();
    bool maybeKeepChanges();
    void readSettings();
    void writeSettings() const;
    void openDialog();
    void saveDialog();
    void exportDialog(bool svg);

    std::unique_ptr<Ui::MainWindow> ui_;
    SimulationController* controller_;
    StateDiagramView* clientDiagram_;
    StateDiagramView* serverDiagram_;
    LadderView* ladder_;
    TimerPanel* clientTimers_;
    TimerPanel* serverTimers_;
    PeerControls* clientControls_;
    PeerControls* serverControls_;
    EventLogModel* logModel_;
    QTableView* logView_;
    ParamsPanel* params_;
    ScenarioLibrary* library_;
    ExplorerTab* explorer_;
    QMenu* segmentMenu_;
    QAction* dropAction_;
    QAction* duplicateAction_;
    QAction* delayAction_;
    QMenu* languageMenu_;
    QPointer<QTextBrowser> help_;
    QLabel* statusLabel_;
    std::uint64_t menuSegment_ = 0;
    std::int64_t lastDelayMs_ = 500;
    bool updatingTimeline_ = false;
    bool classroom_ = false;
    QFont normalFont_;
};

} // namespace tcplab
