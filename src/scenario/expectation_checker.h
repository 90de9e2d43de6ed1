#pragma once
#include "scenario.h"
#include "trace_event.h"
#include "trace_fields.h"

#include <string>
#include <vector>

namespace tcplab {

// Collects what the expectations need from the trace while it runs, then says which failed.
class ExpectationChecker : public TraceSink {
public:
    explicit ExpectationChecker(std::vector<Expectation> expectations);
    void onTrace(const TraceEvent& event) override;

    // One line per failed expectation: which one, what was expected, what happened instead.
    std::vector<std::string> failures() const;

    // The state sequence of a peer as graders read it: the first `from`, then every `to`.
    const std::vector<TcpState>& states(Peer peer) const { return states_[static_cast<int>(peer)]; }

private:
    std::vector<Expectation> expectations_;
    std::vector<long long> counts_;
    std::vector<TcpState> states_[2];
};

} // namespace tcplab
