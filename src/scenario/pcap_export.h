#pragma once
#include "scenario.h"
#include "trace_event.h"

#include <string>
#include <vector>

namespace tcplab {

// Writes the segments of a run as a capture file (libpcap, raw IPv4 link type) so Wireshark
// and tcpdump can dissect them: real IPv4 and TCP headers with valid checksums, the MSS option
// on SYNs and the timestamps option when the segment carries one.
//
// A capture is taken at one point of the network, as tcpdump on one host would: the capture
// host's own segments when it sends them, the other side's when they arrive (segments the
// network dropped never reach it).
class PcapExport : public TraceSink {
public:
    explicit PcapExport(Peer capturePoint)
        : capturePoint_(capturePoint)
    {
    }
    void onTrace(const TraceEvent& event) override;

    std::size_t packetCount() const { return packets_.size(); }
    // Returns an empty string on success, else what went wrong.
    std::string write(const std::string& path) const;

    // The IPv4 packet for one segment (exposed for tests).
    static std::vector<unsigned char> ipv4Packet(const Segment& segment, std::uint32_t mss);

private:
    struct Packet {
        TimeUs t_us;
        std::vector<unsigned char> bytes;
    };
    Peer capturePoint_;
    std::vector<Packet> packets_;
};

// The 16-bit ones' complement sum of RFC 1071 over `data`, starting from `initial`.
std::uint32_t onesComplementSum(const unsigned char* data, std::size_t length, std::uint32_t initial = 0);

} // namespace tcplab
