#pragma once
#include <cstddef>

// Events per wall second of the bare Scheduler holding `pending` events: the classic "hold"
// model — pop the earliest, schedule one new event a pseudo-random time later.
struct SchedulerFigures {
    double eventsPerS = 0.0; // per wall second
    double eventsPerCpuS = 0.0; // per second of this process's CPU time (the machine is shared)
};
SchedulerFigures schedulerEventsPerS(std::size_t pending, std::size_t operations);
