#pragma once
#include "scenario.h"
#include "trace_event.h"
#include "trace_fields.h"

#include <optional>
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
    // Expectation `i` alone, as the trace seen so far stands: its failure line, or nothing when
    // it holds. The window's mission panel checks the goal rule by rule while a run plays.
    std::optional<std::string> failure(std::size_t i) const;
    // How many events expectation `i` (an event count) has matched so far.
    long long count(std::size_t i) const { return counts_.at(i); }
    const std::vector<Expectation>& expectations() const { return expectations_; }

    // The state sequence of a peer as graders read it: the first `from`, then every `to`.
    const std::vector<TcpState>& states(Peer peer) const { return states_[static_cast<int>(peer)]; }

private:
    std::vector<std::string> failuresOf(std::size_t i) const;

    std::vector<Expectation> expectations_;
    std::vector<long long> counts_;
    std::vector<TcpState> states_[2];
};

} // namespace tcplab
