#pragma once
#include <optional>
#include <string_view>

namespace tcplab {

// The 11 states of RFC 9293 §3.3.2.
enum class TcpState : unsigned char {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

constexpr int kTcpStateCount = 11;

std::string_view stateName(TcpState state);
std::optional<TcpState> parseState(std::string_view name);

// True in the synchronized states of RFC 9293 (ESTABLISHED and everything after it).
bool isSynchronized(TcpState state);

// True when `from -> to` is an edge of the RFC 9293 diagram, or one of the documented
// extensions (orphaned FIN_WAIT_2 timeout, retry/keepalive give-up, TIME_WAIT reuse).
bool isDiagramEdge(TcpState from, TcpState to);

enum class Peer : unsigned char { Client, Server };
std::string_view peerName(Peer peer);
std::optional<Peer> parsePeer(std::string_view name);
constexpr Peer otherPeer(Peer peer)
{
    return peer == Peer::Client ? Peer::Server : Peer::Client;
}

} // namespace tcplab
