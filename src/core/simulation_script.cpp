// The applications: the scenario's steps in order, and the actions they (or a GUI user) take.
#include "simulation.h"

namespace tcplab {

namespace {
constexpr Address kSpoofBase = 0xCB007100u;  // 203.0.113.0/24 (TEST-NET-3): nobody lives there
}

void Simulation::armNextStep()
{
    stepWaiting_ = false;
    while (nextStep_ < spec_.steps.size() && spec_.steps[nextStep_].independent)
        ++nextStep_;  // scheduled once at the start, outside the script's order
    if (nextStep_ >= spec_.steps.size())
        return;
    const Step& step = spec_.steps[nextStep_];
    if (step.trigger.atTime) {
        scheduler_.schedule(std::max(step.trigger.atUs, now()), kStep, 0, nextStep_);
        return;
    }
    // "An after step fires on the first matching event at or after the instant the step listed
    // just before it fired (an event at that same instant counts)" (DESIGN.md §3).
    if (seenInstant_ == now()) {
        for (const SeenEvent& seen : seenThisInstant_) {
            if (triggerMatches(step.trigger, seen.peer, seen.isState, seen.state, seen.app)) {
                scheduler_.schedule(now() + step.trigger.delayUs, kStep, 0, nextStep_);
                return;
            }
        }
    }
    stepWaiting_ = true;
}

bool Simulation::triggerMatches(const Trigger& trigger, Peer peer, bool isState, TcpState state, AppEventKind app) const
{
    if (trigger.atTime || trigger.peer != peer || trigger.onState != isState)
        return false;
    return isState ? trigger.state == state : trigger.app == app;
}

void Simulation::scriptSawEvent(Peer peer, bool isState, TcpState state, AppEventKind app)
{
    if (nextStep_ >= spec_.steps.size())
        return;
    if (seenInstant_ != now()) {
        seenInstant_ = now();
        seenThisInstant_.clear();
    }
    seenThisInstant_.push_back({peer, isState, state, app});
    if (!stepWaiting_)
        return;
    const Step& step = spec_.steps[nextStep_];
    if (triggerMatches(step.trigger, peer, isState, state, app)) {
        stepWaiting_ = false;
        scheduler_.schedule(now() + step.trigger.delayUs, kStep, 0, nextStep_);
    }
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
            appError(peer, "listen: port already in use (EADDRINUSE)");
        return;
    case ActionKind::Connect: {
        ConnectError error = ConnectError::None;
        h.connect(action.port.value_or(self.port), other.addr, other.port, action.isn, action.tsOffsetMs, error);
        if (error == ConnectError::AddressInUse)
            appError(peer, "connect: 4-tuple still in TIME_WAIT (EADDRINUSE)");
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
            appError(peer, "send: connection is closing or closed (EPIPE)");
        return;
    }
    case ActionKind::Close: {
        if (neverClose_[static_cast<int>(peer)]) {
            note(peer, 0, "the application never calls close() (the bug this scenario shows)");
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
        note(peer, 0, "host crashed: every connection forgotten");
        h.crash(now() + msToUs(action.downMs));
        return;
    case ActionKind::NeverClose:
        neverClose_[static_cast<int>(peer)] = true;
        note(peer, 0, "application bug switched on: it will never call close()");
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
            scheduler_.schedule(now() + msToUs(action.intervalMs), kPendingStep, flood,
                                static_cast<std::uint64_t>(i + 1));
            return;
        }
    }
}

} // namespace tcplab
