#include "pcap_import.h"

#include <pcap/pcap.h>

#include <memory>

namespace tcplab {

namespace {

std::uint32_t get16(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 8) | p[1];
}
std::uint32_t get32(const unsigned char* p)
{
    return (get16(p) << 16) | get16(p + 2);
}

// Where the IPv4 header starts for a link type, or -1 when the frame is not IPv4.
long ipOffset(int linkType, const unsigned char* data, std::size_t length)
{
    switch (linkType) {
    case DLT_RAW:
    case 101: // LINKTYPE_RAW as written by some tools
        return 0;
    case DLT_EN10MB:
        if (length >= 14 && get16(data + 12) == 0x0800)
            return 14;
        if (length >= 18 && get16(data + 12) == 0x8100 && get16(data + 16) == 0x0800)
            return 18; // one VLAN tag
        return -1;
    case DLT_LINUX_SLL:
        return length >= 16 && get16(data + 14) == 0x0800 ? 16 : -1;
    case DLT_NULL:
    case DLT_LOOP:
        return length >= 4 && (data[0] == 2 || data[3] == 2) ? 4 : -1;
    default:
        return -1;
    }
}

} // namespace

bool parseIpv4Tcp(const unsigned char* p, std::size_t length, Segment& s)
{
    if (length < 20 || (p[0] >> 4) != 4)
        return false;
    const std::size_t ihl = std::size_t(p[0] & 0x0F) * 4;
    const std::size_t total = get16(p + 2);
    if (ihl < 20 || total < ihl + 20 || p[9] != 6)
        return false;
    const std::size_t available = std::min(total, length);
    if (available < ihl + 20)
        return false;
    const unsigned char* t = p + ihl;
    const std::size_t tcpHeader = std::size_t(t[12] >> 4) * 4;
    if (tcpHeader < 20 || ihl + tcpHeader > available)
        return false;
    s = Segment {};
    s.srcAddr = get32(p + 12);
    s.dstAddr = get32(p + 16);
    s.srcPort = static_cast<std::uint16_t>(get16(t));
    s.dstPort = static_cast<std::uint16_t>(get16(t + 2));
    s.seq = SeqNum(get32(t + 4));
    s.ack = SeqNum(get32(t + 8));
    const unsigned char f = t[13];
    s.flags = static_cast<std::uint8_t>(((f & 0x02) ? kSyn : 0) | ((f & 0x10) ? kAck : 0) | ((f & 0x01) ? kFin : 0)
        | ((f & 0x04) ? kRst : 0) | ((f & 0x08) ? kPsh : 0));
    s.window = get16(t + 14);
    s.len = static_cast<std::uint32_t>(total - ihl - tcpHeader); // from the IP length: snaplen may cut the bytes
    // Options: only the timestamps matter to the diagrams.
    for (std::size_t i = 20; i < tcpHeader;) {
        const unsigned char kind = t[i];
        if (kind == 0)
            break;
        if (kind == 1) {
            ++i;
            continue;
        }
        if (i + 1 >= tcpHeader || t[i + 1] < 2 || i + t[i + 1] > tcpHeader)
            break;
        if (kind == 8 && t[i + 1] == 10) {
            s.hasTimestamps = true;
            s.tsVal = get32(t + i + 2);
            s.tsEcr = get32(t + i + 6);
        }
        i += t[i + 1];
    }
    return true;
}

PcapImportResult importPcap(const std::string& path)
{
    PcapImportResult result;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    std::unique_ptr<pcap_t, decltype(&pcap_close)> handle(pcap_open_offline(path.c_str(), errbuf), &pcap_close);
    if (!handle) {
        result.error = path + ": not a readable capture file: " + errbuf;
        return result;
    }
    const int linkType = pcap_datalink(handle.get());
    pcap_pkthdr* header = nullptr;
    const unsigned char* data = nullptr;
    bool chosen = false;
    TimeUs firstUs = -1;
    std::vector<std::pair<TimeUs, Segment>> all;
    int rc;
    while ((rc = pcap_next_ex(handle.get(), &header, &data)) == 1) {
        ++result.packetsRead;
        const long offset = ipOffset(linkType, data, header->caplen);
        Segment s;
        if (offset < 0 || !parseIpv4Tcp(data + offset, header->caplen - static_cast<std::size_t>(offset), s)) {
            ++result.packetsSkipped;
            continue;
        }
        const TimeUs t = TimeUs(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec;
        if (firstUs < 0)
            firstUs = t;
        all.emplace_back(t - firstUs, s);
        result.allSegments.push_back({ t - firstUs, s });
    }
    if (rc == -1) {
        result.error = path + ": damaged capture: " + pcap_geterr(handle.get());
        return result;
    }
    // The connection to show: the first that opens with a bare SYN, else the first TCP packet's.
    for (const auto& [t, s] : all) {
        if (s.has(kSyn) && !s.has(kAck)) {
            result.clientAddr = s.srcAddr, result.clientPort = s.srcPort;
            result.serverAddr = s.dstAddr, result.serverPort = s.dstPort;
            chosen = true;
            break;
        }
    }
    if (!chosen && !all.empty()) {
        const Segment& s = all.front().second;
        result.clientAddr = s.srcAddr, result.clientPort = s.srcPort;
        result.serverAddr = s.dstAddr, result.serverPort = s.dstPort;
        chosen = true;
    }
    if (!chosen) {
        result.error
            = path + ": no IPv4 TCP segment in the capture (" + std::to_string(result.packetsRead) + " packets read)";
        return result;
    }
    std::uint64_t id = 1;
    for (auto& [t, s] : all) {
        const bool forward = s.srcAddr == result.clientAddr && s.srcPort == result.clientPort
            && s.dstAddr == result.serverAddr && s.dstPort == result.serverPort;
        const bool backward = s.srcAddr == result.serverAddr && s.srcPort == result.serverPort
            && s.dstAddr == result.clientAddr && s.dstPort == result.clientPort;
        if (!forward && !backward) {
            ++result.packetsSkipped;
            continue;
        }
        s.id = id++;
        s.bornUs = t;
        result.segments.push_back({ t, s });
    }
    result.ok = true;
    return result;
}

} // namespace tcplab
