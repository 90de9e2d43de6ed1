#include "mission_panel.h"

#include "mission_check.h"
#include "mission_text.h"
#include "scenario_loader.h"
#include "scenario_runner.h"
#include "scenario_writer.h"
#include "simulation_controller.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {

// Explicit colours on both sides, readable on a light or a dark palette and on a projector.
const char* const kMetStyle = "QLabel { background: #D8F0DC; color: #0B4F1C; border: 1px solid #2E7D32;"
                              " border-radius: 3px; padding: 4px; font-weight: bold; }";
const char* const kNotYetStyle = "QLabel { background: #FFF1CC; color: #5C4200; border: 1px solid #C49000;"
                                 " border-radius: 3px; padding: 4px; }";
const char* const kNotMetStyle = "QLabel { background: #FFD6D6; color: #6B0000; border: 1px solid #C62828;"
                                 " border-radius: 3px; padding: 4px; font-weight: bold; }";

QLabel* wrapped(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// The solution shipped beside a mission: mission:NAME.solution, or NAME.solution.json.
QString solutionSpec(const QString& source)
{
    if (source.startsWith(QStringLiteral("mission:")))
        return source + QStringLiteral(".solution");
    if (source.endsWith(QStringLiteral(".json")))
        return source.chopped(5) + QStringLiteral(".solution.json");
    return {};
}

} // namespace

MissionPanel::MissionPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("missionPanel"));
    title_ = wrapped(this, "missionTitle");
    goal_ = wrapped(this, "missionGoal");
    mayChange_ = wrapped(this, "missionMayChange");
    rules_ = wrapped(this, "missionRules");
    status_ = wrapped(this, "missionStatus");
    warning_ = wrapped(this, "missionWarning");
    warning_->setStyleSheet(QLatin1String(kNotMetStyle));
    hint_ = wrapped(this, "missionHint");
    explain_ = wrapped(this, "missionExplain");
    hintButton_ = new QPushButton(this);
    hintButton_->setObjectName(QStringLiteral("missionHintButton"));
    giveUpButton_ = new QPushButton(this);
    giveUpButton_->setObjectName(QStringLiteral("missionGiveUp"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hintButton_);
    buttons->addWidget(giveUpButton_);
    buttons->addStretch();
    // Two columns side by side when the panel is wide (under the diagrams), one under the other
    // when it is narrow: what to do first, then where it stands, the rules in detail last.
    columns_ = new QBoxLayout(QBoxLayout::TopToBottom, this);
    auto* what = new QVBoxLayout;
    auto* where = new QVBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> { title_, goal_, mayChange_ })
        what->addWidget(w);
    what->addStretch();
    where->addWidget(status_);
    where->addWidget(warning_);
    where->addLayout(buttons);
    where->addWidget(hint_);
    where->addWidget(explain_);
    where->addWidget(rules_);
    where->addStretch();
    columns_->addLayout(what, 1);
    columns_->addLayout(where, 1);
    connect(hintButton_, &QPushButton::clicked, this, &MissionPanel::showNextHint);
    connect(giveUpButton_, &QPushButton::clicked, this, &MissionPanel::giveUp);
    retranslate();
}

MissionPanel::~MissionPanel() = default;

void MissionPanel::watch(SimulationController& controller)
{
    controller_ = &controller;
    connect(&controller, &SimulationController::rebuilt, this, &MissionPanel::onRebuilt);
    connect(&controller, &SimulationController::advanced, this, &MissionPanel::onAdvanced);
    // New parameters (pending until the reset) may already be ones the mission does not allow.
    connect(&controller, &SimulationController::scenarioChanged, this, &MissionPanel::onRebuilt);
}

void MissionPanel::setMission(const Scenario& mission, const QString& source)
{
    mission_ = mission;
    source_ = source;
    hintsShown_ = 0;
    gaveUp_ = false;
    final_.reset();
    finalOf_.clear();
    onRebuilt();
}

void MissionPanel::clear()
{
    mission_.reset();
    source_.clear();
    live_.reset();
    final_.reset();
    disallowed_.clear();
    verdict_ = Verdict::NoMission;
    refresh();
}

bool MissionPanel::isMission(const Scenario& scenario) const
{
    return mission_ && scenario.mission && scenario.mission->goal.en == mission_->mission->goal.en
        && scenario.title.en == mission_->title.en;
}

int MissionPanel::hintCount() const
{
    return mission_ ? int(mission_->mission->hints.size()) : 0;
}

void MissionPanel::showNextHint()
{
    if (hintsShown_ < hintCount())
        ++hintsShown_;
    refresh();
}

void MissionPanel::giveUp()
{
    gaveUp_ = hasMission();
    refresh();
}

void MissionPanel::onRebuilt()
{
    if (!mission_ || !controller_)
        return;
    live_ = std::make_unique<ExpectationChecker>(mission_->expect);
    fed_ = 0;
    // Measured against what runs, and what will run after the next reset.
    disallowed_ = disallowedChanges(*mission_, controller_->effectiveScenario());
    for (const std::string& what : disallowedChanges(*mission_, controller_->pendingScenario()))
        if (std::find(disallowed_.begin(), disallowed_.end(), what) == disallowed_.end())
            disallowed_.push_back(what);
    onAdvanced();
}

void MissionPanel::onAdvanced()
{
    if (!mission_ || !controller_ || !live_)
        return;
    const auto& records = controller_->records();
    if (records.size() < fed_) { // a rewind cleared them: check from the start again
        live_ = std::make_unique<ExpectationChecker>(mission_->expect);
        fed_ = 0;
    }
    for (; fed_ < records.size(); ++fed_) {
        TraceEvent event = records[fed_].event;
        event.segment = records[fed_].segment ? &*records[fed_].segment : nullptr;
        live_->onTrace(event);
    }
    const Verdict before = verdict_;
    if (controller_->atEnd() && !controller_->isCapture()) {
        finalCheck();
        verdict_ = final_->failures().empty() && disallowed_.empty() ? Verdict::Met : Verdict::NotMet;
    } else {
        verdict_ = Verdict::Playing;
    }
    refresh();
    if (verdict_ != before)
        Q_EMIT verdictChanged(verdict_);
}

void MissionPanel::finalCheck()
{
    // The end-of-run notes (faults that never matched) are written by the core's finish(),
    // which the window's run never calls: the verdict is the command line's own run.
    const Scenario run = controller_->effectiveScenario();
    const QByteArray key = ScenarioWriter::toJson(run);
    if (final_ && key == finalOf_)
        return;
    final_ = std::make_unique<ExpectationChecker>(mission_->expect);
    runScenario(run, run.spec.runUntilUs, {}, { final_.get() }, SimulationController::windowBudget());
    finalOf_ = key;
}

QString MissionPanel::statusText() const
{
    return status_->text();
}

QString MissionPanel::explanationText() const
{
    return explain_->isHidden() ? QString() : explain_->text();
}

QString MissionPanel::rulesHtml(const ExpectationChecker& checker) const
{
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:0px; -qt-list-indent:1;\">")
                       .arg(tr("The goal, rule by rule (the file's \"expect\"):").toHtmlEscaped());
    const auto& rules = checker.expectations();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const bool holds = !checker.failure(i).has_value();
        html += QStringLiteral("<li>%1 %2 <i>— %3</i></li>")
                    .arg(holds ? QStringLiteral("✓") : QStringLiteral("✗"), MissionText::rule(rules[i]).toHtmlEscaped(),
                        MissionText::observed(rules[i], checker.count(i), checker.states(rules[i].peer))
                            .toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString MissionPanel::solutionHtml() const
{
    const QString spec = solutionSpec(source_);
    if (spec.isEmpty() || mission_->mission->impossible)
        return {};
    const LoadResult solution = ScenarioLoader::load(spec);
    if (!solution.ok)
        return {};
    QStringList changes;
    for (const std::string& what : scenarioChanges(*mission_, solution.scenario))
        changes << MissionText::change(solution.scenario, what).toHtmlEscaped();
    return QStringLiteral("<p><b>%1</b> %2</p>")
        .arg(tr("One solution changes:").toHtmlEscaped(), changes.join(QStringLiteral(", ")));
}

void MissionPanel::refresh()
{
    setEnabled(hasMission());
    if (!mission_) {
        for (QLabel* l : { title_, goal_, mayChange_, rules_, status_, hint_, explain_ })
            l->clear();
        warning_->hide();
        hint_->hide();
        explain_->hide();
        return;
    }
    const Mission& m = *mission_->mission;
    title_->setText(QStringLiteral("<b>%1</b>").arg(MissionText::localized(mission_->title).toHtmlEscaped()));
    goal_->setText(QStringLiteral("<b>%1</b> %2")
                       .arg(tr("Goal:").toHtmlEscaped(), MissionText::localized(m.goal).toHtmlEscaped()));
    QStringList may;
    for (const std::string& what : m.mayChange)
        may << MissionText::changeable(what).toHtmlEscaped();
    mayChange_->setText(QStringLiteral("<b>%1</b> %2").arg(tr("You may change:").toHtmlEscaped(), may.join(tr("; "))));
    const ExpectationChecker* shown = verdict_ == Verdict::Playing || !final_ ? live_.get() : final_.get();
    rules_->setText(shown ? rulesHtml(*shown) : QString());

    QString status;
    const char* style = kNotYetStyle;
    if (verdict_ == Verdict::Met) {
        status = tr("Goal met ✓");
        style = kMetStyle;
    } else if (shown) {
        // The first rule that does not hold (yet), in words, with what the run shows.
        const auto& rules = shown->expectations();
        std::size_t first = 0;
        while (first < rules.size() && !shown->failure(first))
            ++first;
        const QString which = first < rules.size()
            ? tr("%1 — %2", "a goal rule — what the run shows")
                  .arg(MissionText::rule(rules[first]),
                      MissionText::observed(rules[first], shown->count(first), shown->states(rules[first].peer)))
            : QString();
        if (verdict_ == Verdict::NotMet) {
            status = which.isEmpty() ? tr("Goal not met.") : tr("Goal not met: %1").arg(which);
            style = kNotMetStyle;
        } else {
            status = which.isEmpty() ? tr("Not yet: every rule holds so far; the run is not over.")
                                     : tr("Not yet: %1").arg(which);
        }
    }
    status_->setText(status.toHtmlEscaped());
    status_->setStyleSheet(QLatin1String(style));

    warning_->setVisible(!disallowed_.empty());
    if (!disallowed_.empty()) {
        QStringList names;
        for (const std::string& what : disallowed_)
            names << QString::fromStdString(what);
        warning_->setText(tr("⚠ This run changes %1, which the mission does not allow: it does not count.")
                              .arg(names.join(QStringLiteral(", ")))
                              .toHtmlEscaped());
    }

    const int hints = hintCount();
    hintButton_->setVisible(hints > 0);
    hintButton_->setEnabled(hintsShown_ < hints);
    hintButton_->setText(hintsShown_ == 0 ? tr("Show a hint") : tr("Next hint"));
    hint_->setVisible(hintsShown_ > 0);
    if (hintsShown_ > 0) {
        QString html;
        for (int i = 0; i < hintsShown_; ++i)
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Hint %1 of %2:").arg(i + 1).arg(hints).toHtmlEscaped(),
                            MissionText::localized(m.hints[std::size_t(i)]).toHtmlEscaped());
        hint_->setText(html);
    }
    giveUpButton_->setEnabled(!gaveUp_ && verdict_ != Verdict::Met);
    const bool explain = gaveUp_ || verdict_ == Verdict::Met;
    explain_->setVisible(explain);
    if (explain) {
        const QString heading = m.impossible ? tr("Why it cannot be done:")
            : verdict_ == Verdict::Met       ? tr("Why it works:")
                                             : tr("The explanation:");
        explain_->setText(QStringLiteral("<p><b>%1</b> %2</p>%3")
                              .arg(heading.toHtmlEscaped(), MissionText::localized(m.explain).toHtmlEscaped(),
                                  verdict_ == Verdict::Met ? QString() : solutionHtml()));
    }
    if (compact_)
        for (QWidget* w : std::initializer_list<QWidget*> { hintButton_, hint_, explain_ })
            w->hide();
}

void MissionPanel::setCompact(bool on)
{
    compact_ = on;
    for (QWidget* w : std::initializer_list<QWidget*> { title_, goal_, mayChange_, rules_, giveUpButton_ })
        w->setVisible(!on);
    layOutColumns();
    refresh();
}

void MissionPanel::retranslate()
{
    giveUpButton_->setText(tr("Give up"));
    giveUpButton_->setToolTip(tr("Show the explanation (and, if there is one, what a solution changes)"));
    refresh();
}

void MissionPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layOutColumns();
}

void MissionPanel::layOutColumns()
{
    const bool wide = !compact_ && width() >= fontMetrics().averageCharWidth() * 70;
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (columns_->direction() != direction)
        columns_->setDirection(direction);
}

void MissionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // A label with a style sheet keeps the font it had when the sheet was set: classroom mode's
    // larger font reaches it only given explicitly.
    if (event->type() == QEvent::FontChange)
        for (QLabel* styled : { status_, warning_ })
            styled->setFont(font());
    QWidget::changeEvent(event);
}

} // namespace tcplab
