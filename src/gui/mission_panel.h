#pragma once
#include "expectation_checker.h"
#include "scenario.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace tcplab {

class SimulationController;

// A mission open in the window (docs/missions.md): its goal, what may be changed, hints one at a
// time, the goal checked rule by rule while the run plays and for good at its end, and "Give up",
// which shows the explanation. It only reads the controller (its records and its scenario); the
// verdict at the end comes from a run of its own of the same scenario, the one `tcplab-cli run`
// makes, so the window and the command line always agree.
class MissionPanel : public QWidget {
    Q_OBJECT
public:
    enum class Verdict { NoMission, Playing, Met, NotMet };

    explicit MissionPanel(QWidget* parent = nullptr);
    ~MissionPanel() override;
    void watch(SimulationController& controller);
    // The mission as opened: what the student's changes are measured against. `source` is
    // where it came from (mission:NAME or a path), to find its solution for "Give up".
    void setMission(const Scenario& mission, const QString& source);
    void clear();
    bool hasMission() const { return mission_.has_value(); }
    // Whether `scenario` is the mission shown (the same goal and title), changed or not.
    bool isMission(const Scenario& scenario) const;
    QString source() const { return source_; }

    Verdict verdict() const { return verdict_; }
    QString statusText() const;
    // The run on screen's changes that the mission does not allow (mission_check.h).
    const std::vector<std::string>& disallowed() const { return disallowed_; }
    int hintCount() const;
    int hintsShown() const { return hintsShown_; }
    void showNextHint();
    void giveUp();
    bool gaveUp() const { return gaveUp_; }
    // What is shown once the goal is met or the student gives up (empty before).
    QString explanationText() const;
    // A one-line strip: the verdict with the first rule that does not hold (and the warning of
    // a change that does not count), the rest put away; classroom mode's diagrams keep the height.
    void setCompact(bool on);
    bool isCompact() const { return compact_; }

Q_SIGNALS:
    void verdictChanged(tcplab::MissionPanel::Verdict verdict);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onRebuilt();
    void onAdvanced();
    void finalCheck();
    void retranslate();
    void refresh();
    void layOutColumns(); // side by side when wide and not compact
    QString rulesHtml(const ExpectationChecker& checker) const;
    QString solutionHtml() const;

    SimulationController* controller_ = nullptr;
    std::optional<Scenario> mission_;
    QString source_;
    std::unique_ptr<ExpectationChecker> live_; // fed with the records as the run plays
    std::size_t fed_ = 0;
    std::unique_ptr<ExpectationChecker> final_; // the whole run, checked at its end
    QByteArray finalOf_; // the scenario (as written) final_ was found for
    std::vector<std::string> disallowed_;
    Verdict verdict_ = Verdict::NoMission;
    int hintsShown_ = 0;
    bool gaveUp_ = false;
    bool compact_ = false;

    QBoxLayout* columns_;
    QLabel* title_;
    QLabel* goal_;
    QLabel* mayChange_;
    QLabel* rules_;
    QLabel* status_;
    QLabel* warning_;
    QLabel* hint_;
    QPushButton* hintButton_;
    QPushButton* giveUpButton_;
    QLabel* explain_;
};

} // namespace tcplab
