#pragma once
#include "transition_coverage.h"

#include <QString>

#include <utility>
#include <vector>

namespace tcplab {

// Which built-in lesson walks which transition: every built-in scenario run once, headless, to
// its end with a TransitionCoverage watching (as `tcplab-cli coverage --all` does), in lesson
// order. Computed on first use and kept for the life of the program (the library is built in).
class TransitionLessons {
public:
    static const TransitionLessons& library();
    // The first lesson (in lesson order) that walks it, as a file name ("03b-listener-sends-first"),
    // or empty when none does.
    QString lessonForFigureEdge(int index) const;
    QString lessonForOffFigure(int index) const;
    const TransitionCoverage& coverageOf(const QString& name) const;

private:
    TransitionLessons();
    std::vector<std::pair<QString, TransitionCoverage>> lessons_;
    TransitionCoverage none_;
};

} // namespace tcplab
