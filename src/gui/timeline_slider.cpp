#include "timeline_slider.h"

#include "view_theme.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr int kMinStep = 4; // slider units between two neighbouring events
constexpr double kUnitsPerLinearGap = 24; // a short gap (up to ~2 one-way delays)
} // namespace

TimelineSlider::TimelineSlider(QWidget* parent)
    : QSlider(Qt::Horizontal, parent)
{
    setMinimumHeight(28);
    setMarks({}, 0);
}

void TimelineSlider::setMarks(const std::vector<Mark>& marks, TimeUs endUs)
{
    marks_ = marks;
    columnsKey_ = { -1, -1, -1, -1 };
    times_.clear();
    values_.clear();
    times_.push_back(0);
    for (const Mark& m : marks)
        if (m.t_us > 0 && m.t_us < endUs)
            times_.push_back(m.t_us);
    times_.push_back(std::max<TimeUs>(endUs, 1));
    std::sort(times_.begin(), times_.end());
    times_.erase(std::unique(times_.begin(), times_.end()), times_.end());
    // Gaps grow the slider logarithmically, as the ladder's axis does: a 240 s wait is worth a
    // few handshakes, not thousands of them. The shortest gap sets the linear unit.
    TimeUs unit = 0;
    for (std::size_t i = 1; i < times_.size(); ++i)
        unit = unit == 0 ? times_[i] - times_[i - 1] : std::min(unit, times_[i] - times_[i - 1]);
    unit = std::max<TimeUs>(unit, 1000);
    int value = 0;
    values_.push_back(0);
    for (std::size_t i = 1; i < times_.size(); ++i) {
        const double gap = double(times_[i] - times_[i - 1]) / double(unit);
        const double units = kUnitsPerLinearGap * (gap <= 2 ? gap / 2 : 1 + 0.6 * std::log(gap / 2));
        value += std::max(kMinStep, int(std::lround(units)));
        values_.push_back(value);
    }
    const QSignalBlocker block(this);
    setRange(0, values_.back());
    setPageStep(std::max(1, values_.back() / 20));
    update();
}

int TimelineSlider::valueFor(TimeUs t) const
{
    if (t <= times_.front())
        return values_.front();
    if (t >= times_.back())
        return values_.back();
    const auto it = std::upper_bound(times_.begin(), times_.end(), t);
    const std::size_t i = std::size_t(it - times_.begin()); // times_[i-1] <= t < times_[i]
    const double f = double(t - times_[i - 1]) / double(times_[i] - times_[i - 1]);
    return values_[i - 1] + int(std::floor(f * (values_[i] - values_[i - 1])));
}

TimeUs TimelineSlider::timeAt(int value) const
{
    if (value <= values_.front())
        return times_.front();
    if (value >= values_.back())
        return times_.back();
    const auto it = std::upper_bound(values_.begin(), values_.end(), value);
    const std::size_t i = std::size_t(it - values_.begin());
    if (values_[i - 1] == value)
        return times_[i - 1];
    // Between two events: linear in time, on whole milliseconds (the scenario file's unit).
    const double f = double(value - values_[i - 1]) / double(values_[i] - values_[i - 1]);
    const TimeUs t = times_[i - 1] + TimeUs(std::llround(f * double(times_[i] - times_[i - 1])));
    return std::clamp<TimeUs>(t / kUsPerMs * kUsPerMs, times_[i - 1] + 1, times_[i] - 1);
}

void TimelineSlider::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    const int x0 = groove.x() + handle.width() / 2;
    const auto key = std::make_tuple(x0, span, minimum(), maximum());
    if (key != columnsKey_) {
        columnsKey_ = key;
        columns_.assign(std::size_t(std::max(0, span) + 1), 0);
        for (const Mark& m : marks_) {
            const int at = std::clamp(
                QStyle::sliderPositionFromValue(minimum(), maximum(), valueFor(m.t_us), span), 0, std::max(0, span));
            columns_[std::size_t(at)] = std::max<std::uint8_t>(columns_[std::size_t(at)], m.stateChange ? 2 : 1);
        }
    }
    QPainter p(this);
    const ViewTheme& t = ViewTheme::current();
    // The events first, the state changes over them: a state change is never hidden.
    for (const std::uint8_t kind : { std::uint8_t(1), std::uint8_t(2) }) {
        const bool stateChange = kind == 2;
        p.setPen(QPen(stateChange ? t.lit : t.muted, stateChange ? 2 : 1));
        const int h = stateChange ? 7 : 4;
        for (std::size_t at = 0; at < columns_.size(); ++at)
            if (columns_[at] == kind)
                p.drawLine(x0 + int(at), height() - 1 - h, x0 + int(at), height() - 1);
    }
}

} // namespace tcplab
