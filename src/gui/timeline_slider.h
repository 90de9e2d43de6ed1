#pragma once
#include "timeline_mark.h"

#include <QSlider>

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
    std::vector<int> values_; // one per instant in times_, strictly increasing
    std::vector<TimeUs> times_;
};

} // namespace tcplab
