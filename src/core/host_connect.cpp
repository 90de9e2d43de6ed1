// connect() and the local port it uses, as Linux binds and chooses ports: an explicit bind()
// with or without SO_REUSEADDR (inet_csk_bind_conflict, then __inet_check_established and
// tcp_twsk_unique with no twp), or an ephemeral port (__inet_hash_connect).
#include "host.h"

#include "params.h"

namespace tcplab {

bool Host::portHeld(std::uint16_t port) const
{
    bool held = false;
    forEachSocket([&](const Endpoint& endpoint) { held = held || endpoint.tuple().localPort == port; });
    return held;
}

void Host::releaseBind(const Endpoint& endpoint)
{
    if (boundSocks_.erase(endpoint.sock()) == 0)
        return;
    auto it = boundPorts_.find(endpoint.tuple().localPort);
    if (it != boundPorts_.end() && --it->second <= 0)
        boundPorts_.erase(it);
}

Endpoint* Host::openConnection(const FourTuple& tuple, Endpoint* timeWait, std::string_view note,
    std::string_view cause, std::optional<std::uint32_t> isn, std::uint32_t tsOffset)
{
    if (timeWait) {
        cx_.publish(peer_, event::Noted { timeWait->sock(), note });
        // Linux tcp_twsk_unique(): the new connection starts above anything the old one sent,
        // write_seq = tw_snd_nxt + 65535 + 2, so its segments cannot be taken for old ones.
        if (!isn)
            isn = (timeWait->sndNxt() + 65537u).value();
        timeWait->forget(cause);
        connectionClosed(*timeWait);
    }
    const std::uint32_t incarnation = cx_.nextIncarnation(peer_, tuple);
    Endpoint& endpoint = createEndpoint(tuple, incarnation, TcpState::Closed);
    endpoint.openActive(isn ? SeqNum(*isn) : cx_.chooseIsn(peer_), tsOffset);
    return &endpoint;
}

Endpoint* Host::connectBound(std::uint16_t localPort, bool reuseAddr, Address remoteAddr, std::uint16_t remotePort,
    std::optional<std::uint32_t> isn, std::uint32_t tsOffset, ConnectError& error)
{
    error = ConnectError::None;
    // bind(): a listening socket always conflicts; without SO_REUSEADDR every socket on the port
    // does, TIME_WAIT included (inet_csk_bind_conflict).
    if (listeners_.count(localPort) || (!reuseAddr && portHeld(localPort))) {
        error = ConnectError::AddressInUse;
        return nullptr;
    }
    // connect() on the bound port: __inet_check_established with no twp. tcp_twsk_unique takes a
    // TIME_WAIT entry over when it saw timestamps (tw_ts_recent_stamp), whatever tcp_tw_reuse
    // says and with no delay; any other holder of the 4-tuple: EADDRNOTAVAIL.
    const FourTuple tuple { address_, localPort, remoteAddr, remotePort };
    Endpoint* holder = find(tuple);
    if (holder && !(holder->state() == TcpState::TimeWait && holder->peerUsesTimestamps())) {
        error = ConnectError::AddressNotAvailable;
        return nullptr;
    }
    Endpoint* endpoint = openConnection(tuple, holder,
        "SO_REUSEADDR: bind() to the port of a TIME_WAIT connection, which a new connection takes over",
        "TIME_WAIT taken over by bind() with SO_REUSEADDR", isn, tsOffset);
    boundSocks_.insert(endpoint->sock());
    ++boundPorts_[localPort];
    return endpoint;
}

Endpoint* Host::connectEphemeral(Address remoteAddr, std::uint16_t remotePort, std::optional<std::uint32_t> isn,
    std::uint32_t tsOffset, ConnectError& error)
{
    error = ConnectError::None;
    const PortRange& range = cx_.params().port_range;
    const auto port = ephemeralPorts_.choose(
        static_cast<std::uint16_t>(range.low), static_cast<std::uint16_t>(range.high), [&](std::uint16_t candidate) {
            // A port from bind() (or a listener's) is skipped while any socket holds it.
            if (listeners_.count(candidate) || boundPorts_.count(candidate))
                return PortUse::Busy;
            const Endpoint* holder = find({ address_, candidate, remoteAddr, remotePort });
            if (!holder)
                return PortUse::Free;
            // tcp_twsk_unique with twp: tcp_tw_reuse, timestamps, tcp_tw_reuse_delay.
            return holder->reusableByConnect() ? PortUse::TakeOver : PortUse::Busy;
        });
    if (!port) {
        error = ConnectError::AddressNotAvailable;
        return nullptr;
    }
    const FourTuple tuple { address_, *port, remoteAddr, remotePort };
    return openConnection(tuple, find(tuple), "tcp_tw_reuse: TIME_WAIT 4-tuple taken by a new connection",
        "TIME_WAIT reused by tcp_tw_reuse", isn, tsOffset);
}

} // namespace tcplab
