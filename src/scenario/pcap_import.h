#pragma once
#include "segment.h"
#include "time_us.h"

#include <cstdio>
#include <string>
#include <vector>

namespace tcplab {

struct CapturedSegment {
    TimeUs t_us = 0; // since the first packet of the capture, never negative
    Segment segment;
};

// Reads the IPv4 TCP segments of a capture file (libpcap: raw IP, Ethernet with up to two VLAN
// tags, Linux cooked and BSD loopback link types). Keeps the segments of one connection only,
// while reading (memory grows with that connection, not with the capture): the first 4-tuple
// that opens with a bare SYN, whose sender is the client; failing that, the first TCP packet's
// 4-tuple, its sender taken as the client.
struct PcapImportResult {
    bool ok = false;
    std::string error;
    std::vector<CapturedSegment> segments;
    Address clientAddr = 0;
    std::uint16_t clientPort = 0;
    Address serverAddr = 0;
    std::uint16_t serverPort = 0;
    bool openedBySyn = false; // roles come from the first SYN (else from the first packet)
    // Every IPv4 TCP segment of the capture, of every connection, in capture order (the
    // window's connection list, capture_connections.h, picks one of them).
    std::vector<CapturedSegment> allSegments;
    std::size_t packetsRead = 0;
    std::size_t packetsSkipped = 0; // all of the following
    std::size_t skippedNotTcp = 0; // not IPv4, not TCP, or a damaged header
    std::size_t skippedFragments = 0; // IPv4 fragments: not reassembled (RFC 791 §3.2)
    std::size_t skippedOtherConnections = 0; // TCP of another 4-tuple
    std::size_t timesBackwards = 0; // packets stamped earlier than the one before (kept at that time)
};

// `path` must be a regular file: a FIFO or a device is refused at once instead of waiting on it.
PcapImportResult importPcap(const std::string& path);
// The same from an open stream (the fuzz target reads from memory); takes ownership of `file`.
// `displayName` starts every error message.
PcapImportResult importPcapStream(std::FILE* file, const std::string& displayName);

// What one IPv4 packet is.
enum class Ipv4Kind { Tcp, NotTcp, Fragment };
Ipv4Kind classifyIpv4(const unsigned char* data, std::size_t length, Segment& out);
// Parses one IPv4 packet into a segment; false if it is not a whole, well-formed IPv4 TCP packet.
inline bool parseIpv4Tcp(const unsigned char* data, std::size_t length, Segment& out)
{
    return classifyIpv4(data, length, out) == Ipv4Kind::Tcp;
}

} // namespace tcplab
