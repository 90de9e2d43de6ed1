#pragma once
#include "context.h"
#include "scenario_spec.h"
#include "segment.h"
#include "snapshot.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

namespace tcplab {

class Host;

// The wire between the two hosts: one-way propagation delay, random loss with the scenario's
// seed, the scripted faults (drop, delay, duplicate of a sender's nth segment of a class), and
// the network's promise that a segment older than MSL is discarded, never delivered.
//
// A drop, by a fault or by loss, is decided when the segment is sent and reported when it would
// have arrived (`drop` with the receiver as peer), so a fault made by hand and saved as a rule
// replays byte for byte. Segments in flight are slots of a vector with a free list.
class Network {
public:
    Network(Context& cx, const Params& params, const std::vector<FaultSpec>& faults);

    void attach(Host& client, Host& server);

    // A segment enters the network: it gets its id and birth time, then its fate.
    void transmit(Peer from, Segment segment);
    // FlightLands: the segment in `slot` reaches its receiver, or dies.
    void land(std::uint32_t slot);

    // The rule that does `action` to the segment in flight with this id, counted from the
    // start of the run; nothing when it is gone, expiring, a network copy, or (drop) doomed.
    std::optional<FaultSpec> faultRuleFor(std::uint64_t segmentId, FaultAction action, std::int64_t delayMs) const;
    // Notes every fault rule that matched fewer segments than its `nth`.
    void reportUnmatchedFaults();
    // The segments in flight, in id order.
    std::vector<FlightView> flights() const;
    std::size_t inFlight() const { return flights_.size() - freeFlights_.size(); }
    // A run budget (run_budget.h): a segment sent while `limit` are in flight is not taken and
    // the limit is marked hit; the run then stops at the end of that event.
    void setFlightLimit(std::size_t limit) { flightLimit_ = limit; }
    bool flightLimitHit() const { return flightLimitHit_; }

private:
    struct Flight {
        Segment segment;
        Peer from = Peer::Client;
        TimeUs sentUs = 0;
        TimeUs arriveUs = 0;
        bool inUse = false;
        bool doomed = false;
        DropReason doomReason = DropReason::Fault;
        bool expires = false;
        SegmentClass primaryClass = SegmentClass::Any;
        int nthOfClass = 0;
    };

    void launch(Flight flight, TimeUs arriveUs);
    const Flight* find(std::uint64_t segmentId) const;
    Host& host(Peer peer) const { return *hosts_[static_cast<int>(peer)]; }
    TimeUs deathUs(const Flight& flight) const;

    Context& cx_;
    const Params& params_;
    const std::vector<FaultSpec>& faults_;
    std::array<Host*, 2> hosts_ {};
    std::mt19937_64 lossRng_;
    std::vector<Flight> flights_;
    std::vector<std::uint32_t> freeFlights_;
    std::uint64_t nextSegmentId_ = 1;
    std::size_t flightLimit_ = SIZE_MAX;
    bool flightLimitHit_ = false;
    std::vector<int> faultMatches_;
    // Per sender, how many segments of each class it has sent (for fault rules' `nth`).
    std::array<std::array<int, 7>, 2> classCounts_ {};
};

} // namespace tcplab
