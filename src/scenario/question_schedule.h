#pragma once
#include "lesson_extras.h"
#include "trace_event.h"

#include <optional>
#include <vector>

namespace tcplab {

// When each question of a scenario is asked in a given run. Listen to the run (a TraceSink),
// then askTimes(): an `at_ms` question at its time; an `after` question at the first awaited
// event (a state entered, an application event) at or after the instant the question before it
// was asked — the rule of `steps`. A question whose event never comes is never asked (nullopt).
class QuestionSchedule : public TraceSink {
public:
    explicit QuestionSchedule(std::vector<Question> questions)
        : questions_(std::move(questions))
    {
    }
    void onTrace(const TraceEvent& event) override;
    std::vector<std::optional<TimeUs>> askTimes() const;

private:
    struct Moment {
        TimeUs t;
        AwaitedEvent what;
    };
    std::vector<Question> questions_;
    std::vector<Moment> moments_;
};

} // namespace tcplab
