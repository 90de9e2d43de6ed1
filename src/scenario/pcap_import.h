#pragma once
#include "segment.h"
#include "time_us.h"

#include <string>
#include <vector>

namespace tcplab {

struct CapturedSegment {
    TimeUs t_us = 0; // since the first packet of the capture
    Segment segment;
};

// Reads the IPv4 TCP segments of a capture file (libpcap: raw IP, Ethernet, Linux cooked and
// BSD loopback link types). Keeps the segments of one connection: the first 4-tuple that opens
// with a SYN (or, failing that, the first TCP packet's 4-tuple).
struct PcapImportResult {
    bool ok = false;
    std::string error;
    std::vector<CapturedSegment> segments;
    Address clientAddr = 0;
    std::uint16_t clientPort = 0;
    Address serverAddr = 0;
    std::uint16_t serverPort = 0;
    // Every IPv4 TCP segment of the capture, of every connection, in capture order (the
    // window's connection list, capture_connections.h, picks one of them).
    std::vector<CapturedSegment> allSegments;
    std::size_t packetsRead = 0;
    std::size_t packetsSkipped = 0; // not IPv4/TCP, or another connection
};

PcapImportResult importPcap(const std::string& path);

// Parses one IPv4 packet into a segment; false if it is not a well-formed IPv4 TCP packet.
bool parseIpv4Tcp(const unsigned char* data, std::size_t length, Segment& out);

} // namespace tcplab
