// The applications: the actions the script's steps (or a GUI user) take on the hosts.
#include "simulation.h"

namespace tcplab {

namespace {
constexpr Address kSpoofBase = 0xCB007100u; // 203.0.113.0/24 (TEST-NET-3): nobody lives there
}

void Simulation::perform(const Action& action)
{
    const Peer peer = action.peer;
    Host& h = host(peer);
    const PeerSpec& self = peer == Peer::Client ? spec_.client : spec_.server;
    const PeerSpec& other = peer == Peer::Client ? spec_.server : spec_.client;
    if (h.isDown() && action.kind != ActionKind::NeverClose) {
        appError(peer, "the host is down (crashed)");
        return;
    }
    auto connection = [&]() -> Endpoint* {
        Endpoint* endpoint = h.currentConnection();
        if (!endpoint)
            appError(peer, std::string(actionName(action.kind)) + ": no connection (ENOTCONN)");
        return endpoint;
    };
    switch (action.kind) {
    case ActionKind::Listen:
        if (!h.listen(self.port))
            appError(peer, "listen: port already in use (EADDRINUSE)", h.openFailedSocket());
        return;
    case ActionKind::Connect: {
        ConnectError error = ConnectError::None;
        if (action.portAuto)
            h.connectEphemeral(other.addr, other.port, action.isn, action.tsOffsetMs, error);
        else
            h.connectBound(action.port.value_or(self.port), action.reuseAddr, other.addr, other.port, action.isn,
                action.tsOffsetMs, error);
        // The application's socket() stays behind, CLOSED: the error is heard on it.
        if (error == ConnectError::AddressInUse)
            appError(peer, "bind: port in use (EADDRINUSE)", h.openFailedSocket());
        else if (error == ConnectError::AddressNotAvailable)
            appError(peer,
                action.portAuto ? "connect: no ephemeral port left for this destination (EADDRNOTAVAIL)"
                                : "connect: 4-tuple already in use (EADDRNOTAVAIL)",
                h.openFailedSocket());
        return;
    }
    case ActionKind::Send: {
        if (!h.currentConnection() && h.listener(self.port))
            h.openFromListener(self.port, other.addr, other.port);
        Endpoint* endpoint = connection();
        if (!endpoint)
            return;
        std::shared_ptr<const std::string> text;
        std::uint32_t bytes = action.bytes;
        if (action.text) {
            text = std::make_shared<const std::string>(*action.text);
            bytes = static_cast<std::uint32_t>(text->size());
        }
        if (!endpoint->send(bytes, std::move(text)))
            appError(peer, "send: connection is closing or closed (EPIPE)", endpoint->sock());
        return;
    }
    case ActionKind::Close: {
        if (neverClose_[static_cast<int>(peer)]) {
            note(peer, "the application never calls close() (the bug this scenario shows)");
            return;
        }
        // With no connection left, close() applies to the listening socket (LISTEN -> CLOSED).
        if (!h.currentConnection() && h.listener(self.port)) {
            h.closeListener(self.port);
            return;
        }
        if (Endpoint* endpoint = connection())
            endpoint->close();
        return;
    }
    case ActionKind::Shutdown:
        if (Endpoint* endpoint = connection())
            endpoint->shutdownWrite();
        return;
    case ActionKind::Abort:
        if (Endpoint* endpoint = connection())
            endpoint->abort();
        return;
    case ActionKind::Crash:
        note(peer, "host crashed: every connection forgotten");
        h.crash(now() + msToUs(action.downMs));
        return;
    case ActionKind::NeverClose:
        neverClose_[static_cast<int>(peer)] = true;
        note(peer, "application bug switched on: it will never call close()");
        return;
    case ActionKind::StopReading:
        if (Endpoint* endpoint = connection()) {
            endpoint->stopReading();
            publish(peer,
                event::Noted { endpoint->sock(),
                    "the application stops reading: received data waits unread in the receive queue" });
        }
        return;
    case ActionKind::SynFlood:
        floods_.push_back(action);
        synFlood(static_cast<std::uint32_t>(floods_.size() - 1), 0);
        return;
    }
}

void Simulation::synFlood(std::uint32_t flood, int index)
{
    const Action action = floods_[flood];
    // Spoofed SYNs from addresses nobody answers for: each leaves a half-open entry behind.
    const PeerSpec& target = action.peer == Peer::Client ? spec_.server : spec_.client;
    for (int i = index; i < action.count; ++i) {
        Segment syn;
        syn.srcAddr = kSpoofBase + 1 + static_cast<Address>(i % 250);
        syn.srcPort = static_cast<std::uint16_t>(1024 + i % 60000);
        syn.dstAddr = target.addr;
        syn.dstPort = target.port;
        syn.seq = SeqNum(0x10000000u + static_cast<std::uint32_t>(i) * 7919u);
        syn.flags = kSyn;
        syn.window = spec_.params.window;
        transmit(action.peer, std::move(syn));
        if (action.intervalMs > 0 && i + 1 < action.count) {
            schedule(now() + msToUs(action.intervalMs), FloodSynDue { flood, i + 1 });
            return;
        }
    }
}

} // namespace tcplab
