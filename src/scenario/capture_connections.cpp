#include "capture_connections.h"

#include "capture_state_inference.h"

#include <deque>
#include <map>
#include <optional>
#include <tuple>

namespace tcplab {

namespace {

// One connection whichever way its segments go: the two ends in a fixed order.
using EndsKey = std::tuple<Address, std::uint16_t, Address, std::uint16_t>;

EndsKey endsOf(const Segment& s)
{
    const auto a = std::make_pair(s.srcAddr, s.srcPort);
    const auto b = std::make_pair(s.dstAddr, s.dstPort);
    return a < b ? EndsKey { a.first, a.second, b.first, b.second } : EndsKey { b.first, b.second, a.first, a.second };
}

// The first state the inference gives each peer: a server is known to have listened only once
// it answers a SYN, a refused connection's server never leaves CLOSED.
class FirstStates : public TraceSink {
public:
    void onTrace(const TraceEvent& e) override
    {
        if (e.kind == TraceKind::State && !first[int(e.peer)])
            first[int(e.peer)] = e.to;
    }
    std::optional<TcpState> first[2];
};

} // namespace

bool CaptureConnection::contains(const Segment& s) const
{
    return (sentByClient(s) && s.dstAddr == serverAddr && s.dstPort == serverPort)
        || (s.srcAddr == serverAddr && s.srcPort == serverPort && s.dstAddr == clientAddr && s.dstPort == clientPort);
}

std::string CaptureConnection::tupleText() const
{
    return addressToString(clientAddr) + ":" + std::to_string(clientPort) + " \u2192 " + addressToString(serverAddr)
        + ":" + std::to_string(serverPort);
}

void assumeMidConnection(CaptureStateInference& inference, TimeUs t_us)
{
    for (const Peer peer : { Peer::Client, Peer::Server })
        inference.assumeState(t_us, peer, TcpState::Established, "already connected when the capture began (assumed)");
}

std::vector<CaptureConnection> listConnections(const PcapImportResult& capture)
{
    return *listConnections(capture, {});
}

std::optional<std::vector<CaptureConnection>> listConnections(
    const PcapImportResult& capture, const CaptureProgress& progress)
{
    const std::vector<CapturedSegment>& all = capture.allSegments;
    const double total = all.empty() ? 1.0 : 2.0 * double(all.size());
    const auto goOn = [&](int pass, std::size_t i) {
        return i % kProgressEveryPackets != 0 || !progress
            || progress((double(pass) * double(all.size()) + double(i)) / total);
    };
    std::vector<CaptureConnection> connections;
    std::map<EndsKey, std::size_t> byEnds;
    // Which connection each segment is of: the second pass then reads the capture once for all
    // of them (a pass per connection made a capture of many connections quadratic).
    std::vector<std::uint32_t> owner;
    owner.reserve(all.size());
    // First pass: who is the client (the bare SYN's sender wins over the first packet's).
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!goOn(0, i))
            return std::nullopt;
        const CapturedSegment& c = all[i];
        const Segment& s = c.segment;
        const auto [it, added] = byEnds.try_emplace(endsOf(s), connections.size());
        if (added) {
            CaptureConnection connection;
            connection.clientAddr = s.srcAddr, connection.clientPort = s.srcPort;
            connection.serverAddr = s.dstAddr, connection.serverPort = s.dstPort;
            connection.firstUs = c.t_us;
            connections.push_back(connection);
        }
        owner.push_back(std::uint32_t(it->second));
        CaptureConnection& connection = connections[it->second];
        if (s.has(kSyn) && !s.has(kAck) && !connection.sawHandshake) {
            connection.sawHandshake = connection.packets == 0;
            connection.clientAddr = s.srcAddr, connection.clientPort = s.srcPort;
            connection.serverAddr = s.dstAddr, connection.serverPort = s.dstPort;
        }
        ++connection.packets;
        connection.payloadBytes += s.len;
        connection.lastUs = c.t_us;
    }
    // Second pass: the states, as the window's replay will infer them (the times since each
    // connection's first segment, as connectionSegments gives them).
    struct Inferring {
        FirstStates firsts;
        CaptureStateInference inference { firsts }; // refers to `firsts`: never moved (a deque)
        bool first = true;
    };
    std::deque<Inferring> inferring(connections.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!goOn(1, i))
            return std::nullopt;
        const CapturedSegment& c = all[i];
        const CaptureConnection& connection = connections[owner[i]];
        Inferring& one = inferring[owner[i]];
        const TimeUs t_us = c.t_us - connection.firstUs;
        if (one.first && !c.segment.has(kSyn))
            assumeMidConnection(one.inference, t_us);
        one.inference.onSegment(t_us, c.segment, connection.sentByClient(c.segment) ? Peer::Client : Peer::Server);
        one.first = false;
    }
    for (std::size_t k = 0; k < connections.size(); ++k) {
        CaptureConnection& connection = connections[k];
        const Inferring& one = inferring[k];
        connection.clientFirst = one.firsts.first[int(Peer::Client)].value_or(one.inference.state(Peer::Client));
        connection.serverFirst = one.firsts.first[int(Peer::Server)].value_or(one.inference.state(Peer::Server));
        connection.clientLast = one.inference.state(Peer::Client);
        connection.serverLast = one.inference.state(Peer::Server);
    }
    return connections;
}

std::vector<CapturedSegment> connectionSegments(const PcapImportResult& capture, const CaptureConnection& connection)
{
    return *connectionSegments(capture, connection, {});
}

std::optional<std::vector<CapturedSegment>> connectionSegments(
    const PcapImportResult& capture, const CaptureConnection& connection, const CaptureProgress& progress)
{
    const std::vector<CapturedSegment>& all = capture.allSegments;
    std::vector<CapturedSegment> segments;
    segments.reserve(connection.packets); // listConnections counted them: no growth copies
    std::uint64_t id = 1;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i % kProgressEveryPackets == 0 && progress && !progress(double(i) / double(all.size())))
            return std::nullopt;
        const CapturedSegment& c = all[i];
        if (!connection.contains(c.segment))
            continue;
        CapturedSegment kept = c;
        kept.t_us -= connection.firstUs;
        kept.segment.id = id++;
        kept.segment.incarnation = 1;
        segments.push_back(kept);
    }
    return segments;
}

} // namespace tcplab
