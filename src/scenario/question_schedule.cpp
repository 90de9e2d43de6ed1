#include "question_schedule.h"

namespace tcplab {

void QuestionSchedule::onTrace(const TraceEvent& event)
{
    // Only what a trigger can wait for (the script's AwaitedEvent): states entered, app events.
    if (event.kind == TraceKind::State)
        moments_.push_back({ event.t_us, { event.peer, event.to } });
    else if (event.kind == TraceKind::App)
        moments_.push_back({ event.t_us, { event.peer, event.app } });
}

std::vector<std::optional<TimeUs>> QuestionSchedule::askTimes() const
{
    std::vector<std::optional<TimeUs>> times;
    TimeUs previous = 0;
    bool stalled = false; // an earlier question was never asked: those after it wait forever too
    for (const Question& q : questions_) {
        std::optional<TimeUs> t;
        if (!q.after) {
            t = q.atUs;
        } else if (!stalled) {
            for (const Moment& m : moments_) {
                if (m.t >= previous && m.what == *q.after) {
                    t = m.t;
                    break;
                }
            }
        }
        if (t)
            previous = std::max(previous, *t);
        else
            stalled = true;
        times.push_back(t);
    }
    return times;
}

} // namespace tcplab
