#include "compare_view.h"

#include "compare_pane.h"
#include "event_explainer.h"
#include "ladder_view.h"
#include "scenario_writer.h"
#include "simulation.h"
#include "simulation_controller.h"
#include "teaching_text.h"
#include "timeline_slider.h"
#include "trace_fields.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr std::size_t kMaxCompareLines = 200'000;

// Every line of a run's trace, to its end (bounded), for finding where two runs part.
std::vector<std::pair<TimeUs, std::string>> traceOf(const Scenario& s)
{
    struct Lines : TraceSink {
        std::vector<std::pair<TimeUs, std::string>> out;
        void onTrace(const TraceEvent& e) override
        {
            if (out.size() < kMaxCompareLines)
                out.emplace_back(e.t_us, traceToJsonLine(e));
        }
    } sink;
    Simulation sim(s.spec);
    sim.addSink(&sink);
    sim.runUntil(s.spec.runUntilUs);
    return std::move(sink.out);
}
} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    playButton_ = new QToolButton(this);
    stepButton_ = new QToolButton(this);
    backButton_ = new QToolButton(this);
    closeButton_ = new QToolButton(this);
    playButton_->setObjectName(QStringLiteral("comparePlay"));
    stepButton_->setObjectName(QStringLiteral("compareStep"));
    backButton_->setObjectName(QStringLiteral("compareBack"));
    closeButton_->setObjectName(QStringLiteral("compareClose"));
    for (QToolButton* b : { playButton_, stepButton_, backButton_, closeButton_ }) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::NoFocus);
    }
    stepButton_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    backButton_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    speedBox_ = new QComboBox(this);
    for (double s : SimulationController::kSpeeds)
        speedBox_->addItem(QStringLiteral("%1×").arg(s), s);
    speedBox_->setCurrentIndex(speedBox_->findData(0.2));
    speedBox_->setFocusPolicy(Qt::NoFocus);
    slider_ = new TimelineSlider(this);
    slider_->setObjectName(QStringLiteral("compareTimeline"));
    slider_->setFocusPolicy(Qt::NoFocus);
    timeLabel_ = new QLabel(this);
    for (QWidget* w : std::initializer_list<QWidget*> { playButton_, stepButton_, backButton_, speedBox_ })
        bar->addWidget(w);
    bar->addWidget(slider_, 1);
    bar->addWidget(timeLabel_);
    bar->addWidget(closeButton_);
    layout->addLayout(bar);
    split_ = new QSplitter(Qt::Horizontal, this);
    a_ = new ComparePane(QStringLiteral("compareA"), split_);
    b_ = new ComparePane(QStringLiteral("compareB"), split_);
    split_->setChildrenCollapsible(false);
    layout->addWidget(split_, 1);

    connect(playButton_, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(stepButton_, &QToolButton::clicked, this, &CompareView::stepEvent);
    connect(backButton_, &QToolButton::clicked, this, &CompareView::stepBack);
    connect(closeButton_, &QToolButton::clicked, this, &CompareView::closeRequested);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (!updatingSlider_) {
            pause();
            seek(slider_->timeAt(v));
        }
    });
    frames_.setInterval(16);
    connect(&frames_, &QTimer::timeout, this, [this] { advanceFrame(std::min<qint64>(realClock_.restart(), 100)); });
    retranslate();
}

TimeUs CompareView::endUs() const
{
    return std::max(a_->controller().endUs(), b_->controller().endUs());
}

std::pair<QString, QString> CompareView::differences(const Scenario& a, const Scenario& b)
{
    // Said the way a teacher would: TIME_WAIT first (the lesson), then every other parameter
    // that differs, then the profile; two different lessons with the same parameters are told
    // apart by their titles.
    QStringList da, db;
    const Params& pa = a.spec.params;
    const Params& pb = b.spec.params;
    if (pa.timeWaitMs() != pb.timeWaitMs()) {
        da << tr("TIME_WAIT %1").arg(TeachingText::durationText(pa.timeWaitMs()));
        db << tr("TIME_WAIT %1").arg(TeachingText::durationText(pb.timeWaitMs()));
    }
    if (a.profile != b.profile) {
        da << tr("profile %1").arg(QString::fromStdString(a.profile));
        db << tr("profile %1").arg(QString::fromStdString(b.profile));
    }
    const QJsonObject ja = ScenarioWriter::toJsonObject(a).value(QStringLiteral("params")).toObject();
    const QJsonObject jb = ScenarioWriter::toJsonObject(b).value(QStringLiteral("params")).toObject();
    QStringList keys = ja.keys() + jb.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : keys) {
        if (key == QStringLiteral("time_wait_ms") || ja.value(key) == jb.value(key))
            continue;
        auto text = [](const QJsonValue& v) {
            return v.isUndefined() ? QStringLiteral("default")
                : v.isObject()     ? QStringLiteral("{…}")
                                   : v.toVariant().toString();
        };
        da << QStringLiteral("%1=%2").arg(key, text(ja.value(key)));
        db << QStringLiteral("%1=%2").arg(key, text(jb.value(key)));
    }
    if (da.isEmpty()) {
        da << QString::fromStdString(a.name);
        db << QString::fromStdString(b.name);
    }
    return { da.join(QStringLiteral(" · ")), db.join(QStringLiteral(" · ")) };
}

void CompareView::setRuns(const Scenario& a, const Scenario& b)
{
    pause();
    scenarioA_ = a;
    scenarioB_ = b;
    const auto [la, lb] = differences(a, b);
    a_->load(a, QStringLiteral("A · ") + la);
    b_->load(b, QStringLiteral("B · ") + lb);
    std::vector<TimelineMark> marks = a_->controller().timelineMarks();
    const auto& more = b_->controller().timelineMarks();
    marks.insert(marks.end(), more.begin(), more.end());
    std::sort(marks.begin(), marks.end(), [](const TimelineMark& x, const TimelineMark& y) { return x.t_us < y.t_us; });
    slider_->setMarks(marks, endUs());
    findDivergence();
    nowUs_ = 0;
    seek(0);
}

void CompareView::findDivergence()
{
    const auto ta = traceOf(scenarioA_);
    const auto tb = traceOf(scenarioB_);
    divergenceUs_ = -1;
    const std::size_t n = std::min(ta.size(), tb.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (ta[i].second != tb[i].second) {
            divergenceUs_ = std::min(ta[i].first, tb[i].first);
            break;
        }
    }
    if (divergenceUs_ < 0 && ta.size() != tb.size())
        divergenceUs_ = n < ta.size() ? ta[n].first : tb[n].first;
    a_->ladder().setDivergence(divergenceUs_);
    b_->ladder().setDivergence(divergenceUs_);
}

void CompareView::seek(TimeUs t)
{
    nowUs_ = std::clamp<TimeUs>(t, 0, endUs());
    for (ComparePane* p : { a_, b_ }) {
        p->controller().seekTo(std::min(nowUs_, p->controller().endUs()));
        p->refresh();
    }
    refresh();
}

void CompareView::stepEvent()
{
    pause();
    // The next event of either run: both sides stop at every moment worth seeing.
    TimeUs next = endUs();
    for (ComparePane* p : { a_, b_ })
        if (const auto t = p->controller().nextEventUs(); t && *t > nowUs_)
            next = std::min(next, *t);
    seek(next);
}

void CompareView::stepBack()
{
    pause();
    TimeUs previous = 0;
    for (ComparePane* p : { a_, b_ })
        for (auto it = p->controller().records().rbegin(); it != p->controller().records().rend(); ++it)
            if (it->event.t_us < nowUs_) {
                previous = std::max(previous, it->event.t_us);
                break;
            }
    seek(previous);
}

void CompareView::play()
{
    if (nowUs_ >= endUs())
        return;
    realClock_.start();
    frames_.start();
    refresh();
}

void CompareView::pause()
{
    frames_.stop();
    refresh();
}

void CompareView::advanceFrame(qint64 realMs)
{
    const double speed = speedBox_->currentData().toDouble();
    double factor = speed;
    // Nothing on the wire on either side: cross the wait to the next event in about a second,
    // as the main window's "skip idle time" does.
    if (a_->controller().snapshot().inFlight.empty() && b_->controller().snapshot().inFlight.empty()) {
        TimeUs next = endUs();
        for (ComparePane* p : { a_, b_ })
            if (const auto t = p->controller().nextEventUs(); t && *t > nowUs_)
                next = std::min(next, *t);
        const double gapUs = double(next - nowUs_);
        if (gapUs / (speed * 1000.0) > 600)
            factor = std::max(speed, gapUs / 1.0e6);
    }
    seek(nowUs_ + std::max<TimeUs>(1, TimeUs(std::llround(double(realMs) * 1000.0 * factor))));
    if (nowUs_ >= endUs())
        pause();
}

void CompareView::refresh()
{
    {
        const QSignalBlocker block(slider_);
        updatingSlider_ = true;
        slider_->setValue(slider_->valueFor(nowUs_));
        updatingSlider_ = false;
    }
    timeLabel_->setText(tr("t = %1 / %2").arg(EventExplainer::formatTime(nowUs_), EventExplainer::formatTime(endUs())));
    playButton_->setText(isPlaying() ? tr("Pause") : tr("Play"));
    playButton_->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void CompareView::retranslate()
{
    stepButton_->setText(tr("Step"));
    backButton_->setText(tr("Back"));
    closeButton_->setText(tr("Close compare"));
    slider_->setToolTip(tr("Both runs, one clock: drag to any moment"));
    refresh();
}

void CompareView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!scenarioA_.name.empty()) {
            const auto [la, lb] = differences(scenarioA_, scenarioB_);
            a_->load(scenarioA_, QStringLiteral("A · ") + la);
            b_->load(scenarioB_, QStringLiteral("B · ") + lb);
            seek(nowUs_);
        }
    }
    QWidget::changeEvent(event);
}

void CompareView::resizeEvent(QResizeEvent* event)
{
    // Side by side where each side gets a usable ladder, stacked on a narrow window.
    split_->setOrientation(width() >= 900 ? Qt::Horizontal : Qt::Vertical);
    QWidget::resizeEvent(event);
}

} // namespace tcplab
