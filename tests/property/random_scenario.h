#pragma once
#include "scenario.h"

#include <cstdint>

namespace tcplab::property {

// Builds a random scenario from one seed: random profile values, random steps and timings,
// random loss, drops, delays and duplicates. Same seed, same scenario.
//  - Orderly: listen, connect, send, close, shutdown only; several incarnations of one 4-tuple
//    with fixed ISNs (the classic hazard: every incarnation uses the same sequence numbers), so
//    TIME_WAIT is the only guard against old duplicates.
//  - Wild: anything a scenario file can say (abort, crash, SYN floods, keepalive, cookies,
//    tw_reuse, RFC 1337, orphan timeouts, simultaneous open, independent steps, ...).
class RandomScenario {
public:
    enum class Family { Orderly, Wild };
    static Scenario make(std::uint64_t seed, Family family);
};

} // namespace tcplab::property
