#pragma once
#include "segment.h"
#include "tcp_state.h"
#include "time_us.h"
#include "trace_event.h"

#include <cstdint>
#include <vector>

namespace tcplab {

// Read-only pictures of the simulation for views: they never hold protocol state themselves.

struct TimerView {
    TimerKind kind = TimerKind::Retransmit;
    TimeUs startUs = 0;
    TimeUs dueUs = 0;
};

struct SocketView {
    Peer peer = Peer::Client;
    int sock = 0;
    bool listener = false;
    TcpState state = TcpState::Closed;
    FourTuple tuple;
    std::uint32_t incarnation = 0;
    bool orphaned = false;
    std::uint32_t iss = 0, sndUna = 0, sndNxt = 0, irs = 0, rcvNxt = 0;
    int retransmissions = 0;
    std::int64_t bytesDelivered = 0;
    // The data path (RFC 5681, RFC 6298): congestion window, slow-start threshold (0x7fffffff
    // before the first loss), bytes in flight, NewReno fast recovery, the RTT estimate and the
    // RTO in force, and out-of-order bytes held by the receiver.
    std::uint32_t cwnd = 0, ssthresh = 0, inFlight = 0;
    bool fastRecovery = false;
    TimeUs srttUs = 0, rttvarUs = 0, rtoUs = 0;
    std::uint32_t heldOutOfOrder = 0;
    std::vector<TimerView> timers;
};

struct FlightView {
    Segment segment;
    Peer from = Peer::Client;
    TimeUs sentUs = 0;
    TimeUs arriveUs = 0; // when it reaches the other side (or dies)
    bool doomed = false; // will be dropped on arrival (fault or loss)
    bool expires = false; // will be discarded by the network at MSL
};

struct Snapshot {
    TimeUs nowUs = 0;
    std::vector<SocketView> sockets;
    std::vector<FlightView> inFlight;
};

} // namespace tcplab
