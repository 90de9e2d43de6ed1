// SimulationController, continued: stop points (a lesson's questions), where playing and
// stepping stop exactly, whatever the frame's length.
#include "simulation_controller.h"

#include <algorithm>

namespace tcplab {

void SimulationController::setStopPoints(std::vector<TimeUs> points)
{
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    stopPoints_ = std::move(points);
}

void SimulationController::advanceUpToStop(TimeUs target, bool frame)
{
    // A frame of play in the responsive window runs one slice at most (it may stop short of a
    // stop point and reach it in a later frame); a step runs to its event.
    const auto move = [this, frame](TimeUs t) { frame&& responsive_ ? advanceFrameBounded(t) : advanceTo(t); };
    auto it = std::lower_bound(stopPoints_.begin(), stopPoints_.end(), now());
    if (it != stopPoints_.end() && stoppedAt_ == *it)
        ++it; // stopped there already: this move goes on
    if (it == stopPoints_.end() || *it > std::min(target, endUs())) {
        move(target);
        return;
    }
    const TimeUs stop = *it;
    move(stop);
    if (budgetStop_ || now() != stop)
        return;
    stoppedAt_ = stop;
    pause();
    Q_EMIT stopPointReached(stop);
}

} // namespace tcplab
