#pragma once
#include <cstddef>

// Events per wall second of the bare Scheduler holding `pending` events: the classic "hold"
// model — pop the earliest, schedule one new event a pseudo-random time later.
double schedulerEventsPerS(std::size_t pending, std::size_t operations);
