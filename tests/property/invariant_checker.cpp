#include "invariant_checker.h"

#include "trace_fields.h"

namespace tcplab::property {

namespace {
constexpr std::size_t kMaxViolations = 5;

std::string where(const TraceEvent& e)
{
    return " at t_us=" + std::to_string(e.t_us) + " (" + std::string(peerName(e.peer)) + ")";
}
} // namespace

InvariantChecker::InvariantChecker(const Simulation& sim)
    : sim_(sim)
{
}

void InvariantChecker::violation(const std::string& what)
{
    if (report_.violations.size() < kMaxViolations)
        report_.violations.push_back(what);
}

void InvariantChecker::onTrace(const TraceEvent& e)
{
    // FNV-1a over every line: two runs agree iff their traces agree (up to a 2^-64 accident).
    for (char c : traceToJsonLine(e)) {
        report_.traceHash ^= static_cast<unsigned char>(c);
        report_.traceHash *= 0x100000001B3ull;
    }
    report_.traceHash ^= '\n';
    ++report_.traceLines;
    switch (e.kind) {
    case TraceKind::State:
        onState(e);
        break;
    case TraceKind::Send:
    case TraceKind::Arrive:
    case TraceKind::Drop:
        onSegment(e);
        break;
    case TraceKind::App:
        if (e.app == AppEventKind::Data)
            onData(e);
        break;
    case TraceKind::Stray:
        if (e.accepted) {
            report_.strayAccepted = true;
            if (e.segment)
                strayTakenOn_.insert(e.peer == Peer::Client ? std::make_pair(e.segment->dstPort, e.segment->srcPort)
                                                            : std::make_pair(e.segment->srcPort, e.segment->dstPort));
        }
        break;
    case TraceKind::Note:
        if (!report_.strayAccepted && e.cause.find("tcp_tw_reuse") != std::string::npos)
            report_.orderly = false;
        break;
    case TraceKind::Timer:
        break;
    }
}

void InvariantChecker::onState(const TraceEvent& e)
{
    if (!isDiagramEdge(e.from, e.to))
        violation("edge: " + std::string(stateName(e.from)) + " -> " + std::string(stateName(e.to)) + " (" + e.cause
            + ") is not an edge of the RFC 9293 diagram" + where(e));
    // The trace must not skip a state: a socket's `from` is where its last event left it. A new
    // socket starts CLOSED, or is born of a listener (LISTEN) or of a TIME_WAIT (RFC 6191).
    const auto key = std::make_pair(static_cast<int>(e.peer), e.sock);
    auto it = sockState_.find(key);
    if (it == sockState_.end()) {
        if (e.from != TcpState::Closed && e.from != TcpState::Listen && e.from != TcpState::TimeWait)
            violation(
                "edge: socket " + std::to_string(e.sock) + " appears in " + std::string(stateName(e.from)) + where(e));
    } else if (it->second != e.from) {
        violation("edge: socket " + std::to_string(e.sock) + " left " + std::string(stateName(e.from)) + " but was in "
            + std::string(stateName(it->second)) + where(e));
    }
    sockState_[key] = e.to;
    // Anything that ends an incarnation other than the orderly close takes the run out of the
    // scope of the TIME_WAIT property (it is then not TIME_WAIT's to protect). Only what came
    // before the first accepted stray counts: what follows may be its consequence (a reset).
    if (report_.strayAccepted)
        return;
    const bool listenerClosed = e.from == TcpState::Listen && e.to == TcpState::Closed;
    const bool fullTimeWait = e.from == TcpState::TimeWait && e.to == TcpState::Closed
        && e.cause.find("TIME_WAIT timeout") != std::string::npos;
    const bool lastAck = e.from == TcpState::LastAck && e.to == TcpState::Closed && e.cause == "rcv ACK of FIN";
    if ((e.to == TcpState::Closed && !listenerClosed && !fullTimeWait && !lastAck)
        || (e.from == TcpState::TimeWait && e.to != TcpState::Closed)
        || (e.from == TcpState::SynReceived && e.to == TcpState::Listen))
        report_.orderly = false;
}

void InvariantChecker::onSegment(const TraceEvent& e)
{
    if (!e.segment) {
        violation("fate: a " + std::string(traceKindName(e.kind)) + " event without its segment" + where(e));
        return;
    }
    const Segment& s = *e.segment;
    if (e.kind == TraceKind::Send) {
        if (!sent_.insert(s.id).second)
            violation("fate: segment " + std::to_string(s.id) + " sent twice" + where(e));
        if (s.text) {
            // Retransmissions must carry the same bytes at the same place of the stream.
            auto& pieces = wire_[StreamKey { static_cast<int>(e.peer), s.srcPort, s.dstPort, s.incarnation }];
            auto [it, fresh] = pieces.emplace(s.streamOffset, *s.text);
            if (!fresh && it->second.compare(0, s.text->size(), *s.text) != 0
                && s.text->compare(0, it->second.size(), it->second) != 0)
                violation("prefix: the retransmission at offset " + std::to_string(s.streamOffset)
                    + " carries other bytes" + where(e));
            if (!fresh && s.text->size() > it->second.size())
                it->second = *s.text;
        }
        return;
    }
    // A network copy is born without a send event; it answers for its original.
    if (!sent_.count(s.id) && !(s.copyOf != 0 && sent_.count(s.copyOf)))
        violation("fate: segment " + std::to_string(s.id) + " " + std::string(traceKindName(e.kind))
            + " but was never sent" + where(e));
    if (e.kind == TraceKind::Arrive) {
        if (arrived_.count(s.id) || lostOnTheWay_.count(s.id))
            violation(
                "fate: segment " + std::to_string(s.id) + " arrived after it had already arrived or died" + where(e));
        arrived_.insert(s.id);
        // The network's promise (RFC 9293 §3.4.2): nothing older than MSL is delivered.
        if (e.t_us - s.bornUs > msToUs(sim_.params().msl_ms))
            violation("msl: segment " + std::to_string(s.id) + " delivered "
                + std::to_string((e.t_us - s.bornUs) / 1000) + " ms after it was sent, MSL is "
                + std::to_string(sim_.params().msl_ms) + " ms" + where(e));
        return;
    }
    // A drop after its arrival is the receiver's decision; without one it died on the way.
    if (!arrived_.count(s.id) && !lostOnTheWay_.insert(s.id).second)
        violation("fate: segment " + std::to_string(s.id) + " dropped twice" + where(e));
}

void InvariantChecker::onData(const TraceEvent& e)
{
    const Endpoint* endpoint = sim_.host(e.peer).findSock(e.sock);
    if (!endpoint) {
        violation("prefix: data for socket " + std::to_string(e.sock) + ", which does not exist" + where(e));
        return;
    }
    auto& [stream, text] = received_[{ static_cast<int>(e.peer), e.sock }];
    stream = StreamKey { 1 - static_cast<int>(e.peer), endpoint->tuple().remotePort, endpoint->tuple().localPort,
        endpoint->incarnation() };
    if (static_cast<std::int64_t>(e.cause.size()) != e.bytes)
        violation("prefix: a data event says " + std::to_string(e.bytes) + " bytes but carries "
            + std::to_string(e.cause.size()) + where(e));
    text += e.cause;
}

RunReport InvariantChecker::finish()
{
    // Every segment sent is, at the end, delivered, dropped with a reason, or still in flight.
    std::set<std::uint64_t> inFlight;
    for (const FlightView& f : sim_.snapshot().inFlight)
        inFlight.insert(f.segment.id);
    for (std::uint64_t id : sent_)
        if (!arrived_.count(id) && !lostOnTheWay_.count(id) && !inFlight.count(id))
            violation("fate: segment " + std::to_string(id) + " vanished: neither delivered, dropped nor in flight");
    for (std::uint64_t id : inFlight)
        if (arrived_.count(id) || lostOnTheWay_.count(id))
            violation("fate: segment " + std::to_string(id) + " is still in flight after its end");
    // What an application received in one incarnation is a prefix of what its peer sent in
    // that incarnation, unless the trace reported a stray taken on that 4-tuple. (An old
    // duplicate SYN can give birth to a socket of an old incarnation that a new one then talks
    // to; the stray shows at the other end, as the SYN,ACK of the old incarnation.)
    for (const auto& [key, got] : received_) {
        const auto& [streamKey, text] = got;
        // The stream key names the sender: (sender, its port, receiver's port, incarnation).
        const auto tuple = std::get<0>(streamKey) == static_cast<int>(Peer::Client)
            ? std::make_pair(std::get<1>(streamKey), std::get<2>(streamKey))
            : std::make_pair(std::get<2>(streamKey), std::get<1>(streamKey));
        if (strayTakenOn_.count(tuple))
            continue;
        const std::uint32_t incarnation = std::get<3>(streamKey);
        std::string stream;
        auto pieces = wire_.find(streamKey);
        if (pieces != wire_.end()) {
            for (const auto& [offset, piece] : pieces->second) {
                if (offset > stream.size())
                    break; // a gap: nothing beyond it can be known
                if (offset + piece.size() > stream.size())
                    stream += piece.substr(stream.size() - offset);
            }
        }
        if (stream.compare(0, text.size(), text) != 0 || text.size() > stream.size()) {
            std::size_t at = 0;
            while (at < text.size() && at < stream.size() && text[at] == stream[at])
                ++at;
            violation("prefix: " + std::string(peerName(static_cast<Peer>(key.first))) + " socket "
                + std::to_string(key.second) + " (incarnation " + std::to_string(incarnation) + ") received "
                + std::to_string(text.size()) + " bytes that differ from what its peer sent from byte "
                + std::to_string(at) + " on, and no stray was reported");
        }
    }
    return report_;
}

} // namespace tcplab::property
