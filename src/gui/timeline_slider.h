#pragma once
#include "timeline_mark.h"

#include <QSlider>

#include <cstdint>
#include <tuple>
#include <vector>

namespace tcplab {

// The run's timeline. A run is milliseconds of handshake and minutes of TIME_WAIT: a linear
// slider would put the whole connection in its first pixels. This one follows the ladder's
// idle-compressed axis instead — every event has a position of its own, at least a few steps
// from the next — and draws a tick at each event (a long one at each change of state), so
// dragging stops at every moment worth seeing. Between two events it moves through time
// linearly, so a TIME_WAIT countdown can still be scrubbed.
class TimelineSlider : public QSlider {
    Q_OBJECT
public:
    using Mark = TimelineMark;

    explicit TimelineSlider(QWidget* parent = nullptr);

    // The instants of the whole run (not only up to now) and its end.
    void setMarks(const std::vector<Mark>& marks, TimeUs endUs);
    const std::vector<Mark>& marks() const { return marks_; }
    // The slider position that shows instant `t` (an event's own position for an event).
    int valueFor(TimeUs t) const;
    // The instant a slider position stands for (exactly the event's instant at its position).
    TimeUs timeAt(int value) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Mark> marks_;
    // The ticks as drawn, one per pixel column (a long run has 500,000 instants on a slider a
    // thousand pixels wide: drawn one by one they cost 30 ms a paint): 1 an event, 2 a state
    // change, which wins its column. Kept for the geometry it was made for.
    std::vector<std::uint8_t> columns_;
    std::tuple<int, int, int, int> columnsKey_ { -1, -1, -1, -1 }; // x0, span, minimum, maximum
    std::vector<int> values_; // one per instant in times_, strictly increasing
    std::vector<TimeUs> times_;
};

} // namespace tcplab
