#pragma once
#include "received_stream.h"
#include "scenario.h"
#include "tcp_state.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QCheckBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QTextBrowser;

namespace Ui {
class MainWindow;
}

namespace tcplab {

class CaptureOpener;
class CaptureReplay;
class CompareView;
class EventLogModel;
class ExplorerTab;
class HelpWindow;
class LadderView;
class MissionPanel;
class ParamsPanel;
class QuestionDirector;
class QuestionPanel;
class PeerControls;
class RecentFiles;
class ScenarioLibrary;
class SimulationController;
class StateDiagramView;
class TimelineSlider;
class TimerPanel;
class TransitionMapDialog;
class TransitionMapStore;
struct OpenedCapture;

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
    // The Mission dock's panel: shown while a mission (a file with "mission") is open.
    MissionPanel& missionPanel() { return *mission_; }
    QMenu& segmentMenu() { return *segmentMenu_; }
    TimelineSlider& timeline() { return *timeline_; }
    // A lesson's "predict, then see" questions (question_director.h) and their card.
    QuestionDirector& questions() { return *questions_; }
    QuestionPanel& questionPanel() { return *questionPanel_; }

    // "builtin:NAME" or a path; asks before unsaved hand edits are lost when `ask` is set.
    bool openScenario(const QString& spec, bool ask = true);
    // A capture (pcap or pcapng, through libpcap): one of its TCP connections replayed in the
    // diagrams. Without `connection`, a visible window asks which (CaptureDialog) when there are
    // several; a hidden one (--render, tests) takes the first. Read in a worker thread (the
    // status bar shows it after 300 ms, with Cancel): true means the reading started, and
    // captureOpenFinished says how it ended; the previous run stays until then, and after a
    // cancel or an error.
    bool openCapture(const QString& path, std::optional<int> connection = std::nullopt, bool ask = true);
    // Off: openCapture reads and replays before it returns (--render has no event loop).
    void setCapturesInBackground(bool on) { capturesInBackground_ = on; }
    CaptureOpener& captureOpener() { return *captureOpener_; }
    // A capture by its suffix (.pcap, .pcapng, .cap), else a scenario.
    bool openFile(const QString& spec, bool ask = true);
    // The run on screen, from its start to its end, as a capture file (raw IPv4, as
    // `tcplab-cli pcap export` writes it), seen at the client or, for a capture, where it was taken.
    bool exportCapture(const QString& path);
    RecentFiles& recentFiles() { return *recent_; }
    bool saveScenario(const QString& path);
    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    // The ladder as text for slides and notes: Mermaid (.mmd, .md) or PlantUML (.puml).
    bool exportLadderText(const QString& path);
    // Classroom mode (F11): true full screen, large high-contrast text, the diagrams and the
    // ladder given the screen (docks, log and the applications' buttons put away, each back
    // with its key); leaving it restores the window and the panels as they were.
    void setClassroomMode(bool on);
    bool isClassroomMode() const { return classroom_; }
    // The look of classroom mode without touching the window's state (what --render uses).
    void applyClassroomLook(bool on);
    // Brings every view to the instant the controller is at (scrolls the ladder and the log).
    void followNow() { refresh(); }
    // Before the first show (main() calls it): a first start never opens larger than the
    // screen (a projector's 1280x720 is used maximised), a window saved on a larger screen is
    // brought back onto this one.
    void fitScreen();
    // Why the last openScenario() failed: the file, the JSON path and what was expected.
    QString lastError() const { return lastError_; }
    // Opens the last scenario (QSettings) or the default one.
    void openStartupScenario(const QString& commandLineFile);
    // What the user has seen of RFC 9293's figure over everything run in the window, and
    // View → Transition map… showing it (main_window_transition_map.cpp).
    TransitionMapStore& transitionMap() { return *transitionMap_; }
    TransitionMapDialog& showTransitionMap();

Q_SIGNALS:
    // A capture open ended: shown (true), or cancelled, refused or failed (false).
    void captureOpenFinished(bool opened);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildViews();
    void applyShares();
    void updateCompareAction();
    void wireRunControls();
    void wireMenus();
    void refresh();
    void onRebuilt();
    void onScenarioChanged();
    void onSegmentClicked(std::uint64_t id, QPoint globalPos);

public:
    // Compare mode (a tab of its own): `a` and `b` side by side under one clock.
    void openCompare(const Scenario& a, const Scenario& b);
    // The lesson's counterpart (named in its file), or the pending parameters, against the run.
    bool compareWithCounterpart();
    void compareWithPendingParams();
    CompareView* compareView() { return compare_; }
    // Shows everything about segment `id` in the Segment dock (and marks it on the ladder).
    void showSegment(std::uint64_t id);
    QString segmentDetailHtml() const;

private:
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
    void exportTextDialog();
    // File → Open capture, Export capture, Recent (main_window_files.cpp).
    void wireFileExtras();
    void retranslateFileExtras();
    QString captureStatusText(const CaptureReplay& capture) const;
    // The Mission dock (main_window_missions.cpp): built once, filled when a mission opens.
    void buildMissionDock();
    void updateMission();
    void fitMissionDock();
    int missionStripHeight() const;
    // A checkable View menu entry, checked, with its key (main_window_controls.cpp).
    QAction* addViewToggle(const QString& objectName, Qt::Key key);
    void openCaptureDialog();
    bool showCapture(std::shared_ptr<OpenedCapture> opened);
    void exportCaptureDialog();
    void wireTransitionMap();
    void retranslateTransitionMap();

    std::unique_ptr<Ui::MainWindow> ui_;
    SimulationController* controller_;
    StateDiagramView* clientDiagram_;
    StateDiagramView* serverDiagram_;
    LadderView* ladder_;
    TimelineSlider* timeline_ = nullptr;
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
    QPointer<HelpWindow> help_;
    QLabel* statusLabel_;
    QLabel* pinnedStray_ = nullptr;
    ReceivedStream received_[2]; // what each application received, followed incrementally
    CompareView* compare_ = nullptr;
    QAction* compareAction_ = nullptr;
    QAction* exportTextAction_ = nullptr;
    QAction* openDefaultAction_ = nullptr;
    QAction* openCaptureAction_ = nullptr;
    QAction* exportCaptureAction_ = nullptr;
    RecentFiles* recent_ = nullptr;
    CaptureOpener* captureOpener_ = nullptr;
    bool capturesInBackground_ = true;
    TransitionMapStore* transitionMap_ = nullptr;
    QAction* transitionMapAction_ = nullptr;
    QPointer<TransitionMapDialog> transitionMapDialog_;
    QDockWidget* segmentDock_ = nullptr;
    QDockWidget* missionDock_ = nullptr;
    MissionPanel* mission_ = nullptr;
    QTextBrowser* segmentDetail_ = nullptr;
    QAction* segmentHeader_ = nullptr;
    QAction* buttonsAction_ = nullptr;
    QAction* missionFullAction_ = nullptr; // F10: the Mission dock in full, or its one-line strip
    QuestionPanel* questionPanel_ = nullptr;
    QuestionDirector* questions_ = nullptr;
    QCheckBox* askBox_ = nullptr;
    std::array<int, 3> shares_ { 30, 40, 30 }; // the columns' shares of the width
    bool userSplit_ = false;
    bool buttonsBeforeClassroom_ = true;
    QString lastError_;
    bool geometryRestored_ = false;
    Qt::WindowStates stateBeforeClassroom_ = Qt::WindowNoState;
    std::vector<std::pair<QWidget*, bool>> shownBeforeClassroom_;
    std::uint64_t menuSegment_ = 0;
    std::int64_t lastDelayMs_ = 500;
    bool updatingTimeline_ = false;
    bool classroom_ = false;
    QFont normalFont_;
};

} // namespace tcplab
