#pragma once
#include "segment.h"
#include "tcp_state.h"
#include "trace_event.h"

#include <array>

namespace tcplab {

// Reads the states of both peers off a capture, as an observer at the capture point can: each
// segment seen moves its sender (and, for what it acknowledges or finishes, its receiver) along
// the RFC 9293 diagram. A capture shows when a segment passed, not when the far side processed
// it, so the receiver's transitions are placed at the capture instant (docs/pcap.md).
class CaptureStateInference {
public:
    explicit CaptureStateInference(TraceSink& sink)
        : sink_(sink)
    {
    }
    void onSegment(TimeUs t_us, const Segment& segment, Peer sender);
    TcpState state(Peer peer) const { return side_[index(peer)].state; }
    // For a capture that begins after the handshake: what the peer must have been in already
    // (a state event with `cause`), so the segments that follow move it from there.
    void assumeState(TimeUs t_us, Peer peer, TcpState state, const char* cause) { move(t_us, peer, state, cause); }

private:
    struct Side {
        TcpState state = TcpState::Closed;
        bool synSent = false;
        bool synAcked = false; // a segment seen acknowledged its SYN
        SeqNum iss;
        bool finSent = false;
        SeqNum finEnd; // sequence number just after the FIN
    };
    static int index(Peer p) { return p == Peer::Client ? 0 : 1; }
    void move(TimeUs t_us, Peer peer, TcpState to, const char* cause);
    void acknowledge(TimeUs t_us, const Segment& s, Peer receiver);

    TraceSink& sink_;
    std::array<Side, 2> side_ {};
};

} // namespace tcplab
