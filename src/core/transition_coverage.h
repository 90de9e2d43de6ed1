#pragma once
#include "trace_event.h"
#include "transition_catalog.h"

#include <set>
#include <string>

namespace tcplab {

// Watches a run's state events and records which transitions of transition_catalog.h it walked:
// figure edges and off-figure transitions by index, and any transition neither list knows as
// "FROM -> TO: cause" (so a new cause in the core shows up instead of vanishing).
class TransitionCoverage : public TraceSink {
public:
    void onTrace(const TraceEvent& event) override;
    void record(TcpState from, TcpState to, std::string_view cause);
    void merge(const TransitionCoverage& other);

    const std::set<int>& figureEdges() const { return figure_; }
    const std::set<int>& offFigure() const { return offFigure_; }
    const std::set<std::string>& unknown() const { return unknown_; }

private:
    std::set<int> figure_;
    std::set<int> offFigure_;
    std::set<std::string> unknown_;
};

} // namespace tcplab
