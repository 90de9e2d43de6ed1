#pragma once
#include "segment.h"
#include "trace_event.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tcplab {

// What a run came to, as a grader compares two runs (`tcplab-cli diff`): the states each peer
// went through, the strays, what each application heard and received, the segments dropped. A TraceSink like the
// trace writer, so it reads exactly the events the trace is made of.
class TraceSummary : public TraceSink {
public:
    struct Stray {
        TimeUs t_us = 0;
        Peer peer = Peer::Client; // the receiver
        int sock = 0;
        bool accepted = false;
        Segment segment; // a copy
    };
    // One connection's received bytes: the text the sender sent, anonymous bytes as "[N bytes]".
    struct Received {
        int sock = 0;
        std::string text;
    };
    // The application events a grader counts, in this order.
    static constexpr std::array<AppEventKind, 6> kCountedApp = { AppEventKind::Data, AppEventKind::Eof,
        AppEventKind::Reset, AppEventKind::Refused, AppEventKind::Timeout, AppEventKind::Error };

    void onTrace(const TraceEvent& event) override;

    // The first `from`, then every `to` (as graders read a peer's states; ExpectationChecker too).
    const std::vector<TcpState>& states(Peer peer) const { return side(peer).states; }
    std::optional<TcpState> finalState(Peer peer) const;
    const std::vector<Stray>& strays() const { return strays_; }
    long long appCount(Peer peer, AppEventKind kind) const { return side(peer).app[static_cast<int>(kind)]; }
    const std::vector<Received>& received(Peer peer) const { return side(peer).received; }
    // Segments that died, by reason (only the reasons that occurred).
    const std::map<DropReason, long long>& drops() const { return drops_; }

private:
    struct Side {
        std::vector<TcpState> states;
        std::array<long long, kAppEventKindCount> app {};
        std::vector<Received> received;
    };
    const Side& side(Peer peer) const { return sides_[static_cast<int>(peer)]; }

    Side sides_[2];
    std::vector<Stray> strays_;
    std::map<DropReason, long long> drops_;
};

} // namespace tcplab
