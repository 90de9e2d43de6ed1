#pragma once
#include "simulation.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace tcplab::property {

// What one run showed. A violation starts with the invariant's name ("edge: ...") so that a
// shrinker can keep a smaller scenario failing for the same reason.
struct RunReport {
    std::vector<std::string> violations;
    bool strayAccepted = false;
    // Every incarnation ended through the orderly close with a full TIME_WAIT (nothing cut one
    // short: no RST, abort, crash, give-up, orphan timeout, reuse or RFC 6191 takeover).
    bool orderly = true;
    std::uint64_t traceHash = 0;
    std::uint64_t traceLines = 0;
};

// Watches a run through the trace (the one interface out of the core) and checks the
// invariants of issue 7 on it. The simulation is only asked which incarnation a socket
// belongs to, at the moment it reports data.
class InvariantChecker : public TraceSink {
public:
    explicit InvariantChecker(const Simulation& sim);
    void onTrace(const TraceEvent& event) override;
    // Call once after the run: judges what only the end can tell (fates of segments).
    RunReport finish();

private:
    void violation(const std::string& what);
    void onState(const TraceEvent& e);
    void onSegment(const TraceEvent& e);
    void onData(const TraceEvent& e);

    const Simulation& sim_;
    RunReport report_;
    std::map<std::pair<int, int>, TcpState> sockState_; // (peer, sock) -> last state
    std::set<std::uint64_t> sent_, arrived_, lostOnTheWay_; // segment ids
    // One direction of one incarnation of a 4-tuple: sender, its port, the peer's port, incarnation.
    using StreamKey = std::tuple<int, std::uint16_t, std::uint16_t, std::uint32_t>;
    // The sender's stream as put on the wire: offset -> text of the piece sent there.
    std::map<StreamKey, std::map<std::uint32_t, std::string>> wire_;
    // (receiver, sock) -> the stream it reads and the text delivered to its application.
    std::map<std::pair<int, int>, std::pair<StreamKey, std::string>> received_;
    // 4-tuples (client port, server port) on which some end took a stray: from then on the
    // two ends' incarnations may be crossed, and the trace has said so.
    std::set<std::pair<std::uint16_t, std::uint16_t>> strayTakenOn_;
};

} // namespace tcplab::property
