#include "capture_connections.h"

#include "capture_state_inference.h"

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
    std::vector<CaptureConnection> connections;
    std::map<EndsKey, std::size_t> byEnds;
    // First pass: who is the client (the bare SYN's sender wins over the first packet's).
    for (const CapturedSegment& c : capture.allSegments) {
        const Segment& s = c.segment;
        const auto [it, added] = byEnds.try_emplace(endsOf(s), connections.size());
        if (added) {
            CaptureConnection connection;
            connection.clientAddr = s.srcAddr, connection.clientPort = s.srcPort;
            connection.serverAddr = s.dstAddr, connection.serverPort = s.dstPort;
            connection.firstUs = c.t_us;
            connections.push_back(connection);
        }
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
    // Second pass: the states, as the window's replay will infer them.
    for (CaptureConnection& connection : connections) {
        FirstStates firsts;
        CaptureStateInference inference(firsts);
        bool first = true;
        for (const CapturedSegment& c : connectionSegments(capture, connection)) {
            if (first && !c.segment.has(kSyn))
                assumeMidConnection(inference, c.t_us);
            inference.onSegment(c.t_us, c.segment, connection.sentByClient(c.segment) ? Peer::Client : Peer::Server);
            first = false;
        }
        connection.clientFirst = firsts.first[int(Peer::Client)].value_or(inference.state(Peer::Client));
        connection.serverFirst = firsts.first[int(Peer::Server)].value_or(inference.state(Peer::Server));
        connection.clientLast = inference.state(Peer::Client);
        connection.serverLast = inference.state(Peer::Server);
    }
    return connections;
}

std::vector<CapturedSegment> connectionSegments(const PcapImportResult& capture, const CaptureConnection& connection)
{
    std::vector<CapturedSegment> segments;
    std::uint64_t id = 1;
    for (const CapturedSegment& c : capture.allSegments) {
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
