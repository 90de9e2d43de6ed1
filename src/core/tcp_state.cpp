#include "tcp_state.h"

#include <array>

namespace tcplab {
namespace {
constexpr std::array<std::string_view, kTcpStateCount> kStateNames = {
    "CLOSED",
    "LISTEN",
    "SYN_SENT",
    "SYN_RECEIVED",
    "ESTABLISHED",
    "FIN_WAIT_1",
    "FIN_WAIT_2",
    "CLOSE_WAIT",
    "CLOSING",
    "LAST_ACK",
    "TIME_WAIT",
};
}

std::string_view stateName(TcpState state)
{
    return kStateNames[static_cast<int>(state)];
}

std::optional<TcpState> parseState(std::string_view name)
{
    for (int i = 0; i < kTcpStateCount; ++i) {
        if (kStateNames[i] == name)
            return static_cast<TcpState>(i);
    }
    return std::nullopt;
}

bool isSynchronized(TcpState state)
{
    switch (state) {
    case TcpState::Closed:
    case TcpState::Listen:
    case TcpState::SynSent:
    case TcpState::SynReceived:
        return false;
    default:
        return true;
    }
}

bool isDiagramEdge(TcpState from, TcpState to)
{
    using S = TcpState;
    // Every state can fall to CLOSED: ABORT, RST, retry or keepalive give-up, the FIN_WAIT_2
    // orphan timeout, TIME_WAIT expiry, or a host crash.
    if (to == S::Closed)
        return from != S::Closed;
    switch (from) {
    case S::Closed:
        return to == S::Listen || to == S::SynSent;
    case S::Listen:
        // A listener spawns a connection in SYN_RECEIVED; with SYN cookies it is born ESTABLISHED.
        return to == S::SynReceived || to == S::SynSent || to == S::Established;
    case S::SynSent:
        return to == S::SynReceived || to == S::Established;
    case S::SynReceived:
        return to == S::Established || to == S::FinWait1 || to == S::Listen || to == S::CloseWait;
    case S::Established:
        return to == S::FinWait1 || to == S::CloseWait;
    case S::FinWait1:
        // No FIN-WAIT-1 -> TIME-WAIT edge (RFC 9293 Figure 5): a FIN that also acknowledges ours
        // passes through FIN-WAIT-2 (§3.10.7.4, fifth step).
        return to == S::FinWait2 || to == S::Closing;
    case S::FinWait2:
        return to == S::TimeWait;
    case S::CloseWait:
        return to == S::LastAck;
    case S::Closing:
        return to == S::TimeWait;
    case S::LastAck:
        return false;
    case S::TimeWait:
        // RFC 6191: a new SYN accepted in TIME_WAIT starts the next incarnation.
        return to == S::SynReceived;
    }
    return false;
}

std::string_view peerName(Peer peer)
{
    return peer == Peer::Client ? "client" : "server";
}

std::optional<Peer> parsePeer(std::string_view name)
{
    if (name == "client")
        return Peer::Client;
    if (name == "server")
        return Peer::Server;
    return std::nullopt;
}

} // namespace tcplab
