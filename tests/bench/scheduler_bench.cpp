#include "scheduler_bench.h"

#include "churn_bench.h"
#include "scheduler.h"

#include <chrono>
#include <cstdint>

using namespace tcplab;

namespace {
// xorshift64: deterministic and cheap enough not to weigh on the measurement.
std::uint64_t nextRandom(std::uint64_t& state)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}
} // namespace

SchedulerFigures schedulerEventsPerS(std::size_t pending, std::size_t operations)
{
    Scheduler scheduler;
    scheduler.reserve(pending + 1);
    std::uint64_t rng = 0x9E3779B97F4A7C15ull;
    // Delays up to 1 s in microseconds, as timers and arrivals are.
    for (std::size_t i = 0; i < pending; ++i)
        scheduler.schedule(static_cast<TimeUs>(nextRandom(rng) % 1'000'000), 0, 0, i);
    std::uint64_t checksum = 0;
    const double cpuStart = processCpuS();
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < operations; ++i) {
        const ScheduledEvent e = scheduler.pop();
        checksum += e.b;
        scheduler.schedule(e.time + static_cast<TimeUs>(nextRandom(rng) % 1'000'000), 0, 0, e.b);
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = processCpuS() - cpuStart;
    // Keeps the loop from being optimised away.
    if (checksum == 42)
        return {};
    return { static_cast<double>(operations) / wall, static_cast<double>(operations) / cpu };
}
