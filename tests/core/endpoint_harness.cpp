#include "endpoint_harness.h"

#include <stdexcept>

namespace tcplab::testing {

EndpointHarness::EndpointHarness(Params params)
    : params_(std::move(params))
    , host_(*this, Peer::Client, kLocalAddr)
{
    tracing_ = true; // record everything
    copies_.reserve(4096); // events point into it: no reallocation during a test
}

void EndpointHarness::observe(Peer peer, const CoreEvent& event)
{
    std::optional<TraceEvent> e = traceEventOf(peer, event);
    if (!e)
        return;
    e->t_us = nowUs_;
    if (e->segment) {
        if (copies_.size() == copies_.capacity())
            throw std::length_error("EndpointHarness: too many segments for one test");
        copies_.push_back(*e->segment);
        e->segment = &copies_.back();
    }
    events.push_back(std::move(*e));
}

void EndpointHarness::transmit(Peer, Segment segment)
{
    segment.id = nextId_++;
    segment.bornUs = nowUs_;
    sent.push_back(std::move(segment));
}

Segment EndpointHarness::peer(
    std::uint8_t flags, std::uint32_t seqOffset, std::uint32_t ackOffset, std::uint32_t len) const
{
    Segment s;
    s.srcAddr = kRemoteAddr;
    s.srcPort = kRemotePort;
    s.dstAddr = kLocalAddr;
    s.dstPort = kLocalPort;
    s.flags = flags;
    s.seq = SeqNum(kPeerIss) + seqOffset;
    if (flags & kAck)
        s.ack = SeqNum(kIss) + ackOffset;
    s.len = len;
    s.window = params_.window;
    s.incarnation = 1;
    return s;
}

std::vector<Segment> EndpointHarness::inject(const Segment& segment)
{
    sent.clear();
    events.clear();
    host_.deliver(segment);
    return sent;
}

std::optional<TraceEvent> EndpointHarness::lastState() const
{
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        if (it->kind == TraceKind::State)
            return *it;
    return std::nullopt;
}

std::optional<TraceEvent> EndpointHarness::lastDrop() const
{
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        if (it->kind == TraceKind::Drop)
            return *it;
    return std::nullopt;
}

std::string EndpointHarness::text(const Segment& s)
{
    std::string out
        = flagsToString(s.flags) + " " + std::to_string(s.seq.value()) + " " + std::to_string(s.ack.value());
    if (s.len)
        out += " len=" + std::to_string(s.len);
    return out;
}

Endpoint& EndpointHarness::bringTo(TcpState state)
{
    ConnectError error = ConnectError::None;
    Endpoint* ep = host_.connect(kLocalPort, kRemoteAddr, kRemotePort, kIss, 0, error);
    auto stamped = [&](Segment s) {
        if (params_.timestamps) {
            s.hasTimestamps = true;
            s.tsVal = static_cast<std::uint32_t>(100 + nowUs_ / 1000);
            s.tsEcr = host_.tsClock();
        }
        return s;
    };
    auto reach = [&](TcpState want) { return ep && ep->state() == want; };
    if (state == TcpState::SynSent)
        return *ep;
    inject(stamped(peer(kSyn | kAck, 0, 1)));
    if (state == TcpState::Established || !reach(TcpState::Established))
        return *endpoint();
    switch (state) {
    case TcpState::FinWait1:
        ep->close();
        break;
    case TcpState::FinWait2:
        ep->close();
        inject(stamped(peer(kAck, 1, 2)));
        break;
    case TcpState::TimeWait:
        ep->close();
        inject(stamped(peer(kAck, 1, 2)));
        inject(stamped(peer(kFin | kAck, 1, 2)));
        break;
    case TcpState::Closing:
        ep->close(); // our FIN crosses theirs
        inject(stamped(peer(kFin | kAck, 1, 1)));
        break;
    case TcpState::CloseWait:
        inject(stamped(peer(kFin | kAck, 1, 1)));
        break;
    case TcpState::LastAck:
        inject(stamped(peer(kFin | kAck, 1, 1)));
        endpoint()->close();
        break;
    default:
        throw std::invalid_argument("EndpointHarness::bringTo: not reachable by an active open");
    }
    Endpoint* now = endpoint();
    if (!now || now->state() != state)
        throw std::logic_error("EndpointHarness::bringTo: did not reach the state");
    sent.clear();
    events.clear();
    return *now;
}

} // namespace tcplab::testing
