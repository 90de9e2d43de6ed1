#pragma once
#include "seq_num.h"
#include "time_us.h"

#include <cstdint>
#include <memory>
#include <string>

namespace tcplab {

enum SegmentFlag : std::uint8_t {
    kSyn = 1 << 0,
    kAck = 1 << 1,
    kFin = 1 << 2,
    kRst = 1 << 3,
    kPsh = 1 << 4,
};

// IPv4 addresses and ports as plain integers; addresses print in dotted form.
using Address = std::uint32_t;
std::string addressToString(Address address);
bool parseAddress(const std::string& text, Address& out);

struct FourTuple {
    Address localAddr = 0;
    std::uint16_t localPort = 0;
    Address remoteAddr = 0;
    std::uint16_t remotePort = 0;

    bool operator==(const FourTuple&) const = default;
    FourTuple reversed() const { return { remoteAddr, remotePort, localAddr, localPort }; }
};

struct FourTupleHash {
    std::size_t operator()(const FourTuple& t) const noexcept
    {
        std::uint64_t a = (std::uint64_t(t.localAddr) << 32) ^ t.remoteAddr;
        std::uint64_t b = (std::uint64_t(t.localPort) << 16) ^ t.remotePort;
        std::uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull);
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// The sender's congestion state when it sent a segment that occupies sequence space (not a SYN):
// ground truth for the trace and the packet detail, never read by the receiver.
struct SenderWindow {
    bool known = false;
    std::uint32_t cwnd = 0; // bytes (RFC 5681)
    std::uint32_t ssthresh = 0; // bytes; 0x7fffffff before the first loss ("arbitrarily high")
    std::uint32_t inFlight = 0; // bytes sent and not yet ACKed, this segment included
};

// One TCP segment as it travels, plus simulator-only ground truth TCP never reads.
struct Segment {
    // What TCP sees.
    Address srcAddr = 0;
    Address dstAddr = 0;
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    SeqNum seq;
    SeqNum ack;
    std::uint8_t flags = 0;
    std::uint32_t window = 65535;
    std::uint32_t len = 0; // payload bytes
    bool hasTimestamps = false;
    std::uint32_t tsVal = 0;
    std::uint32_t tsEcr = 0;
    // Payload text when the application sent text; empty means anonymous bytes.
    std::shared_ptr<const std::string> text;

    // Ground truth for the simulator, the trace and the lessons.
    std::uint64_t id = 0; // unique per simulation, copies get a new id
    std::uint64_t copyOf = 0; // id of the original when this is a duplicate, else 0
    std::uint32_t incarnation = 0; // incarnation of the 4-tuple that sent it
    TimeUs bornUs = 0; // when it entered the network (MSL expiry)
    std::uint32_t streamOffset = 0; // offset of its first byte in the sender's byte stream
    SenderWindow sender;

    bool has(std::uint8_t flag) const { return (flags & flag) != 0; }
    // Sequence space the segment occupies (SYN and FIN count one each).
    std::uint32_t seqLength() const { return len + (has(kSyn) ? 1 : 0) + (has(kFin) ? 1 : 0); }
    FourTuple arrivalTuple() const { return { dstAddr, dstPort, srcAddr, srcPort }; }
};

// Flags joined with '|' in the order SYN, ACK, FIN, RST, PSH (the trace contract).
std::string flagsToString(std::uint8_t flags);

// The fault-rule classes of a segment: SYN, SYN|ACK, ACK, DATA, FIN, RST.
enum class SegmentClass : std::uint8_t { Syn, SynAck, PureAck, Data, Fin, Rst, Any };
bool segmentMatches(const Segment& segment, SegmentClass cls);
const char* segmentClassName(SegmentClass cls);
bool parseSegmentClass(const std::string& name, SegmentClass& out);

} // namespace tcplab
