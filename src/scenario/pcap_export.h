#pragma once
#include "scenario.h"
#include "trace_event.h"

#include <cstdio>
#include <string>
#include <vector>

// libpcap's handles (pcap/pcap.h), declared here so users of this header need not include it.
struct pcap;
struct pcap_dumper;

namespace tcplab {

// Writes the segments of a run as a capture file (libpcap, raw IPv4 link type) so Wireshark
// and tcpdump can dissect them: real IPv4 and TCP headers with valid checksums, the MSS option
// on SYNs and the timestamps option when the segment carries one.
//
// A capture is taken at one point of the network, as tcpdump on one host would: the capture
// host's own segments when it sends them, the other side's when they arrive (segments the
// network dropped never reach it).
//
// Packets go to the file as the run makes them (memory stays flat however long the capture);
// the first failed write is remembered with the OS's reason and ends the writing.
class PcapExport : public TraceSink {
public:
    explicit PcapExport(Peer capturePoint)
        : capturePoint_(capturePoint)
    {
    }
    ~PcapExport() override;
    PcapExport(const PcapExport&) = delete;
    PcapExport& operator=(const PcapExport&) = delete;

    // Opens (creates or truncates) the file; returns an empty string on success, else the
    // reason ("Permission denied"). Call before the run.
    std::string open(const std::string& path);
    void onTrace(const TraceEvent& event) override;
    // Flushes and closes the file; returns an empty string when every write succeeded, else
    // the OS's reason for the first one that failed.
    std::string close();

    std::size_t packetCount() const { return packets_; }
    std::size_t splitSegments() const { return splitSegments_; }
    bool failed() const { return !error_.empty(); }

    // The largest IPv4 datagram (RFC 791 §3.1: Total Length is 16 bits).
    static constexpr std::size_t kMaxIpv4Bytes = 65535;
    // The IPv4 packets for one segment: one, or several when its payload would not fit in one
    // IPv4 datagram (as TCP segmentation offload would cut it: consecutive sequence numbers,
    // SYN on the first piece, FIN and PSH on the last).
    static std::vector<std::vector<unsigned char>> ipv4Packets(const Segment& segment, std::uint32_t mss);
    // The IPv4 packet for a segment that fits in one (exposed for tests).
    static std::vector<unsigned char> ipv4Packet(const Segment& segment, std::uint32_t mss);

private:
    void fail(int error);

    Peer capturePoint_;
    ::pcap* dead_ = nullptr;
    ::pcap_dumper* dumper_ = nullptr;
    std::FILE* file_ = nullptr;
    std::size_t packets_ = 0;
    std::size_t splitSegments_ = 0;
    std::string error_;
};

// The 16-bit ones' complement sum of RFC 1071 over `data`, starting from `initial`.
std::uint32_t onesComplementSum(const unsigned char* data, std::size_t length, std::uint32_t initial = 0);

} // namespace tcplab
