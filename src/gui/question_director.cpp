#include "question_director.h"

#include "budgeted_run.h"
#include "question_panel.h"
#include "question_schedule.h"
#include "simulation_controller.h"

#include <QAction>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace tcplab {

namespace {

constexpr const char* kAskKey = "askQuestions";
constexpr std::uint64_t kInstantsPerCheck = 512; // how often the run ahead asks whether all are found

QString scoreKey(const QString& source)
{
    // A source is "builtin:NAME" or a path: percent-encoded, its slashes make no settings groups.
    return QStringLiteral("lessonScores/") + QString::fromLatin1(QUrl::toPercentEncoding(source));
}

bool sameQuestions(const std::vector<Question>& a, const std::vector<Question>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Question& x, const Question& y) {
        return x.path == y.path && x.prompt.en == y.prompt.en && x.answer == y.answer;
    });
}

std::optional<QuestionDirector::Score> readScore(const QString& source, const char* which)
{
    QSettings settings;
    const QString key = scoreKey(source) + QLatin1Char('/') + QLatin1String(which);
    if (!settings.contains(key + QStringLiteral("Right")))
        return std::nullopt;
    return QuestionDirector::Score { settings.value(key + QStringLiteral("Right")).toInt(),
        settings.value(key + QStringLiteral("Total")).toInt() };
}

void writeScore(const QString& source, const char* which, const QuestionDirector::Score& score)
{
    QSettings settings;
    const QString key = scoreKey(source) + QLatin1Char('/') + QLatin1String(which);
    settings.setValue(key + QStringLiteral("Right"), score.right);
    settings.setValue(key + QStringLiteral("Total"), score.total);
}

} // namespace

QuestionDirector::QuestionDirector(SimulationController& controller, QuestionPanel& panel, QObject* parent)
    : QObject(parent)
    , controller_(controller)
    , panel_(panel)
    , askAction_(new QAction(this))
{
    askAction_->setObjectName(QStringLiteral("actionAskQuestions"));
    askAction_->setCheckable(true);
    askAction_->setChecked(QSettings().value(QLatin1String(kAskKey), true).toBool());
    connect(askAction_, &QAction::toggled, this, &QuestionDirector::setEnabled);
    connect(&controller_, &SimulationController::timelineChanged, this, &QuestionDirector::findAskTimes);
    connect(&controller_, &SimulationController::scenarioChanged, this, [this] {
        // Reset and another lesson start at time 0 and ask again; a save keeps the answers.
        if (controller_.now() == 0)
            restart();
    });
    connect(&controller_, &SimulationController::rebuilt, this, [this] { freshRun_ = true; });
    connect(&controller_, &SimulationController::advanced, this, &QuestionDirector::onAdvanced);
    connect(&controller_, &SimulationController::stopPointReached, this, &QuestionDirector::onStopPoint);
    connect(&controller_, &SimulationController::playingChanged, this, &QuestionDirector::onPlaying);
    connect(&panel_, &QuestionPanel::answered, this, &QuestionDirector::onAnswered);
    connect(&panel_, &QuestionPanel::continueRequested, this, &QuestionDirector::continueOn);
    findAskTimes();
    restart();
    retranslate();
}

bool QuestionDirector::isEnabled() const
{
    return askAction_->isChecked();
}

void QuestionDirector::setEnabled(bool on)
{
    if (askAction_->isChecked() != on) {
        askAction_->setChecked(on); // toggled() comes back here
        return;
    }
    QSettings().setValue(QLatin1String(kAskKey), on);
    if (!on)
        closeCard(Status::Skipped);
    updateStopPoints();
}

bool QuestionDirector::active() const
{
    return isEnabled() && !controller_.isCapture() && !questions_.empty();
}

void QuestionDirector::retranslate()
{
    askAction_->setText(tr("Ask questions"));
    askAction_->setIconText(tr("Questions"));
    askAction_->setToolTip(tr("Stop at each question of the lesson and wait for an answer (off: a plain "
                              "demonstration)"));
    if (current_)
        panel_.setScore(scoreText());
}

// ---------------------------------------------------------------- when each question is asked

void QuestionDirector::findAskTimes()
{
    // Called whenever the run changes (another scenario, parameters applied, a hand edit): the
    // same questions keep their answers, others start over.
    const Scenario& scenario = controller_.effectiveScenario();
    if (!sameQuestions(scenario.questions, questions_)) {
        closeCard(Status::Pending);
        questions_ = scenario.questions;
        status_.assign(questions_.size(), Status::Pending);
        right_.assign(questions_.size(), false);
        savedAnswered_ = -1;
    }
    askTimes_.assign(questions_.size(), std::nullopt);
    if (!questions_.empty() && !controller_.isCapture()) {
        // The core is deterministic: a run of its own gives the instants the run on screen
        // reaches. It stops as soon as every question is placed (lessons ask early).
        QuestionSchedule schedule(questions_);
        Simulation ahead(scenario.spec);
        ahead.addSink(&schedule);
        BudgetedRun run(ahead, SimulationController::windowBudget());
        std::uint64_t instants = 0;
        run.runUntil(controller_.endUs(), [&] {
            if (++instants % kInstantsPerCheck != 0)
                return true;
            const auto times = schedule.askTimes();
            return !std::all_of(times.begin(), times.end(), [](const auto& t) { return t.has_value(); });
        });
        askTimes_ = schedule.askTimes();
        for (auto& t : askTimes_)
            if (t && *t > controller_.endUs())
                t.reset(); // after the run's end: never reached
    }
    updateStopPoints();
}

void QuestionDirector::updateStopPoints()
{
    // An answered question is not asked again (stepping back and playing again); one skipped
    // or left unanswered is, when the run comes to it again.
    std::vector<TimeUs> points;
    if (active())
        for (std::size_t i = 0; i < questions_.size(); ++i)
            if (askTimes_[i] && status_[i] != Status::Answered)
                points.push_back(*askTimes_[i]);
    controller_.setStopPoints(std::move(points));
}

void QuestionDirector::restart()
{
    closeCard(Status::Pending);
    std::fill(status_.begin(), status_.end(), Status::Pending);
    std::fill(right_.begin(), right_.end(), false);
    savedAnswered_ = -1;
    updateStopPoints();
}

// ---------------------------------------------------------------- asking

void QuestionDirector::onStopPoint(TimeUs t)
{
    if (!active())
        return;
    if (current_ && askTimes_[std::size_t(*current_)] == t)
        return; // the card is up for this instant already (a hand edit replayed the run to it)
    queue_.clear();
    for (std::size_t i = 0; i < questions_.size(); ++i)
        if (askTimes_[i] == t && status_[i] != Status::Answered)
            queue_.push_back(int(i));
    askNext();
}

void QuestionDirector::askNext()
{
    if (queue_.empty()) {
        closeCard(Status::Skipped);
        return;
    }
    current_ = queue_.front();
    queue_.pop_front();
    status_[std::size_t(*current_)] = Status::Asking;
    panel_.ask(questions_[std::size_t(*current_)], numberOf(*current_), askableCount(), scoreText());
}

void QuestionDirector::onAnswered(int choice)
{
    if (!current_)
        return;
    const auto q = std::size_t(*current_);
    status_[q] = Status::Answered;
    right_[q] = choice == questions_[q].answer;
    panel_.showAnswer(choice, scoreText());
    updateStopPoints();
    keepScoreIfDone();
}

void QuestionDirector::continueOn()
{
    if (!queue_.empty()) {
        askNext(); // another question at the same instant
        return;
    }
    closeCard(Status::Skipped);
    controller_.play();
}

void QuestionDirector::onPlaying(bool playing)
{
    // Play (Space) while the card is up: Continue once answered, else the question is skipped.
    if (!playing || !current_)
        return;
    if (status_[std::size_t(*current_)] == Status::Answered && !queue_.empty()) {
        controller_.pause();
        askNext();
        return;
    }
    closeCard(Status::Skipped);
}

void QuestionDirector::onAdvanced()
{
    if (freshRun_) {
        freshRun_ = false; // a replay passes time 0 on its way back to where it goes
        return;
    }
    const TimeUs now = controller_.now();
    // Moved away from the question on the card: past it (a step, a seek) skips it; back before
    // it, it waits to be asked again.
    if (current_ && askTimes_[std::size_t(*current_)] != now)
        closeCard(now > *askTimes_[std::size_t(*current_)] ? Status::Skipped : Status::Pending);
    for (std::size_t i = 0; i < questions_.size(); ++i)
        if (status_[i] == Status::Pending && askTimes_[i] && *askTimes_[i] < now)
            status_[i] = Status::Skipped; // a seek went past it
    keepScoreIfDone();
}

void QuestionDirector::closeCard(Status unanswered)
{
    if (current_ && status_[std::size_t(*current_)] == Status::Asking)
        status_[std::size_t(*current_)] = unanswered;
    for (int q : queue_)
        if (status_[std::size_t(q)] != Status::Answered)
            status_[std::size_t(q)] = unanswered;
    queue_.clear();
    current_.reset();
    panel_.hide();
    keepScoreIfDone();
}

// ---------------------------------------------------------------- the score

int QuestionDirector::askableCount() const
{
    return int(std::count_if(askTimes_.begin(), askTimes_.end(), [](const auto& t) { return t.has_value(); }));
}

int QuestionDirector::rightCount() const
{
    int n = 0;
    for (std::size_t i = 0; i < questions_.size(); ++i)
        n += askTimes_[i] && status_[i] == Status::Answered && right_[i] ? 1 : 0;
    return n;
}

int QuestionDirector::numberOf(int question) const
{
    return 1 + int(std::count_if(askTimes_.begin(), askTimes_.begin() + question, [](const auto& t) {
        return t.has_value();
    }));
}

QString QuestionDirector::scoreText() const
{
    return tr("%1 of %2 right").arg(rightCount()).arg(askableCount());
}

void QuestionDirector::keepScoreIfDone()
{
    // A pass through the lesson is done when every question was answered or skipped; it counts
    // once something was answered (a seek to the end, or a picture rendered, scores nothing).
    int answered = 0;
    for (std::size_t i = 0; i < questions_.size(); ++i) {
        if (!askTimes_[i])
            continue;
        if (status_[i] != Status::Answered && status_[i] != Status::Skipped)
            return;
        answered += status_[i] == Status::Answered ? 1 : 0;
    }
    if (answered == 0 || answered == savedAnswered_)
        return;
    savedAnswered_ = answered;
    const QString source = controller_.source();
    const Score score { rightCount(), askableCount() };
    writeScore(source, "last", score);
    const auto best = bestScore(source);
    if (!best || best->total != score.total || score.right > best->right)
        writeScore(source, "best", score);
    const Score kept = bestScore(source).value_or(score);
    Q_EMIT lessonScored(tr("Questions: %1 · best %2 of %3").arg(scoreText()).arg(kept.right).arg(kept.total));
}

std::optional<QuestionDirector::Score> QuestionDirector::lastScore(const QString& source)
{
    return readScore(source, "last");
}

std::optional<QuestionDirector::Score> QuestionDirector::bestScore(const QString& source)
{
    return readScore(source, "best");
}

} // namespace tcplab
