#include "budgeted_run.h"

#include "endpoint.h"

#include <algorithm>
#include <limits>

namespace tcplab {

namespace {
// Summing the send queues visits every socket (100 000 of them in a SYN flood): it is done
// once per this many sockets' worth of instants, so a run with few sockets checks every
// instant and a flood pays at most a few visits per instant.
constexpr std::uint64_t kSocketsPerInstant = 16;
} // namespace

BudgetedRun::BudgetedRun(Simulation& sim, const RunBudget& budget)
    : sim_(sim)
    , budget_(budget)
{
    sim_.addSink(this);
    const std::uint64_t flights = budget_.segmentsInFlight;
    sim_.setFlightLimit(flights > std::numeric_limits<std::size_t>::max() ? std::numeric_limits<std::size_t>::max()
                                                                          : static_cast<std::size_t>(flights));
}

std::uint64_t BudgetedRun::bytesBuffered()
{
    std::uint64_t total = 0, sockets = 0;
    for (Peer peer : { Peer::Client, Peer::Server })
        sim_.host(peer).forEachSocket([&](const Endpoint& e) {
            total += static_cast<std::uint64_t>(e.bytesQueued());
            ++sockets;
        });
    nextBufferCheck_ = instants_ + std::max<std::uint64_t>(1, sockets / kSocketsPerInstant);
    return total;
}

std::optional<BudgetKind> BudgetedRun::exceeded()
{
    if (sim_.eventsProcessed() > budget_.events)
        return BudgetKind::Events;
    if (traceLines_ > budget_.traceLines)
        return BudgetKind::TraceLines;
    if (sim_.flightLimitHit())
        return BudgetKind::SegmentsInFlight;
    if (++instants_ >= nextBufferCheck_ && bytesBuffered() > budget_.bytesBuffered)
        return BudgetKind::BytesBuffered;
    return std::nullopt;
}

std::optional<BudgetStop> BudgetedRun::runUntil(TimeUs untilUs, const std::function<bool()>& keepGoing)
{
    if (stopped_)
        return stopped_;
    for (auto next = sim_.nextEventTime(); next && *next <= untilUs; next = sim_.nextEventTime()) {
        if (keepGoing) {
            sim_.stepEvent();
            const auto following = sim_.nextEventTime();
            const bool instantDone = !following || *following != sim_.now();
            if (instantDone) {
                if (const auto kind = exceeded()) {
                    stopped_ = BudgetStop { *kind, budget_.limit(*kind), sim_.now() };
                    return stopped_;
                }
            }
            if (!keepGoing())
                return std::nullopt;
            continue;
        }
        sim_.stepInstant();
        if (const auto kind = exceeded()) {
            stopped_ = BudgetStop { *kind, budget_.limit(*kind), sim_.now() };
            return stopped_;
        }
    }
    sim_.runUntil(untilUs); // nothing is due any more: only moves the clock
    return std::nullopt;
}

} // namespace tcplab
