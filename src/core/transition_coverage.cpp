#include "transition_coverage.h"

namespace tcplab {

void TransitionCoverage::onTrace(const TraceEvent& event)
{
    if (event.kind == TraceKind::State)
        record(event.from, event.to, event.cause);
}

void TransitionCoverage::record(TcpState from, TcpState to, std::string_view cause)
{
    if (const int edge = figureEdgeFor(from, to, cause); edge >= 0) {
        figure_.insert(edge);
        return;
    }
    if (const int off = offFigureTransitionFor(from, to, cause); off >= 0) {
        offFigure_.insert(off);
        return;
    }
    std::string text(stateName(from));
    text += " -> ";
    text += stateName(to);
    text += ": ";
    text += cause;
    unknown_.insert(std::move(text));
}

void TransitionCoverage::merge(const TransitionCoverage& other)
{
    figure_.insert(other.figure_.begin(), other.figure_.end());
    offFigure_.insert(other.offFigure_.begin(), other.offFigure_.end());
    unknown_.insert(other.unknown_.begin(), other.unknown_.end());
}

} // namespace tcplab
