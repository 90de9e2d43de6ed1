#pragma once
#include "lesson_extras.h"
#include "time_us.h"

#include <QObject>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

class QAction;

namespace tcplab {

class QuestionPanel;
class SimulationController;

// "Predict, then see" (docs/lessons.md, "Questions"): links a lesson's questions, the run and
// the question card. It finds when each question is asked in the run on screen (a
// QuestionSchedule over a run of the deterministic core of its own, again whenever the run
// changes), gives those instants to the controller as stop points, and at each one shows the
// card; the answer is marked and scored, Continue (Space) plays on.
//  - A seek past a question does not ask it (it is skipped); playing or stepping stops there.
//  - An answered question is not asked again when the student steps back and plays again;
//    Reset or opening the lesson again starts over.
//  - The score ("2 of 3 right") is kept per lesson in QSettings: the last and the best.
//  - "Ask questions" (remembered) turns it all off for a plain demonstration.
class QuestionDirector : public QObject {
    Q_OBJECT
public:
    enum class Status { Pending, Asking, Answered, Skipped };

    QuestionDirector(SimulationController& controller, QuestionPanel& panel, QObject* parent = nullptr);

    QAction* askAction() const { return askAction_; }
    bool isEnabled() const;
    void setEnabled(bool on);

    // The run's ask instants, one per question of the scenario (nullopt: never asked).
    const std::vector<std::optional<TimeUs>>& askTimes() const { return askTimes_; }
    Status status(int question) const { return status_.at(std::size_t(question)); }
    int askableCount() const;
    int rightCount() const;
    // "2 of 3 right", for the card and the status bar.
    QString scoreText() const;
    // The last and the best complete score kept for a lesson (`source` as the controller has it).
    struct Score {
        int right = 0;
        int total = 0;
    };
    static std::optional<Score> lastScore(const QString& source);
    static std::optional<Score> bestScore(const QString& source);

    void retranslate();

Q_SIGNALS:
    // Every question of the run was answered or skipped, at least one answered: the score kept.
    void lessonScored(const QString& text);

private:
    void findAskTimes();
    void restart();
    void updateStopPoints();
    void onStopPoint(TimeUs t);
    void onAdvanced();
    void onPlaying(bool playing);
    void onAnswered(int choice);
    void continueOn();
    void askNext();
    void closeCard(Status unanswered);
    void keepScoreIfDone();
    int numberOf(int question) const;
    bool active() const;

    SimulationController& controller_;
    QuestionPanel& panel_;
    QAction* askAction_;
    std::vector<Question> questions_;
    std::vector<std::optional<TimeUs>> askTimes_;
    std::vector<Status> status_;
    std::vector<bool> right_;
    std::deque<int> queue_; // questions still to ask at the instant the run stopped at
    std::optional<int> current_; // the question on the card
    bool freshRun_ = false; // the next `advanced` is a rebuild's own, at time 0, mid-replay
    int savedAnswered_ = -1; // how many were answered when the score was last kept
};

} // namespace tcplab
