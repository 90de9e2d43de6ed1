#include "pcap_import.h"

#include <pcap/pcap.h>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

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

constexpr std::uint32_t kEtherIpv4 = 0x0800;

bool isVlanTag(std::uint32_t etherType)
{
    return etherType == 0x8100 || etherType == 0x88A8 || etherType == 0x9100; // 802.1Q, 802.1ad (QinQ), old QinQ
}

bool supportedLinkType(int linkType)
{
    switch (linkType) {
    case DLT_RAW:
    case 101: // LINKTYPE_RAW as written in the file by some tools
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_NULL:
    case DLT_LOOP:
        return true;
    default:
        return false;
    }
}

// "276 (LINUX_SLL2, Linux cooked v2)", or "999 (unknown)".
std::string linkTypeText(int linkType)
{
    std::string text = std::to_string(linkType);
    const char* name = pcap_datalink_val_to_name(linkType);
    const char* description = pcap_datalink_val_to_description(linkType);
    if (!name)
        return text + " (unknown to libpcap)";
    text += std::string(" (") + name;
    if (description)
        text += std::string(", ") + description;
    return text + ")";
}

// Where the IPv4 header starts for a link type, or -1 when the frame is not IPv4.
long ipOffset(int linkType, const unsigned char* data, std::size_t length)
{
    switch (linkType) {
    case DLT_RAW:
    case 101:
        return 0;
    case DLT_EN10MB: {
        std::size_t at = 12; // the EtherType after the two MAC addresses
        for (int tags = 0; length >= at + 2 && isVlanTag(get16(data + at)) && tags < 2; ++tags)
            at += 4;
        return length >= at + 2 && get16(data + at) == kEtherIpv4 ? static_cast<long>(at + 2) : -1;
    }
    case DLT_LINUX_SLL:
        return length >= 16 && get16(data + 14) == kEtherIpv4 ? 16 : -1;
    case DLT_NULL:
    case DLT_LOOP:
        return length >= 4 && (data[0] == 2 || data[3] == 2) ? 4 : -1; // AF_INET in either byte order
    default:
        return -1;
    }
}

bool sameTuple(const Segment& s, Address srcAddr, std::uint16_t srcPort, Address dstAddr, std::uint16_t dstPort)
{
    return s.srcAddr == srcAddr && s.srcPort == srcPort && s.dstAddr == dstAddr && s.dstPort == dstPort;
}

// Indices into the store are 32-bit (4 bytes a segment instead of 8).
constexpr std::size_t kMaxSegments = 0xFFFFFFFFu;

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

double fractionRead(std::FILE* file, std::uint64_t totalBytes)
{
    const long at = file ? std::ftell(file) : -1;
    return totalBytes == 0 || at < 0 ? 0.0 : std::min(1.0, double(at) / double(totalBytes));
}

PcapImportResult cancelledResult(const std::string& name)
{
    PcapImportResult result;
    result.cancelled = true;
    result.error = name + ": cancelled";
    return result;
}

// How many packets the file holds (0 when it cannot say: the real reading reports why), or
// nothing when `progress` stopped it.
std::optional<std::size_t> countPackets(const std::string& path, const PcapProgress& progress, std::uint64_t total)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    std::unique_ptr<pcap_t, decltype(&pcap_close)> handle(pcap_open_offline(path.c_str(), errbuf), &pcap_close);
    if (!handle)
        return 0;
    std::size_t packets = 0;
    pcap_pkthdr* header = nullptr;
    const unsigned char* data = nullptr;
    while (true) {
        if (packets % kProgressEveryPackets == 0 && !progress(fractionRead(pcap_file(handle.get()), total)))
            return std::nullopt;
        if (pcap_next_ex(handle.get(), &header, &data) != 1)
            return packets;
        ++packets;
    }
}

PcapImportResult readStream(std::FILE* file, const std::string& name, const PcapProgress& progress,
    std::uint64_t totalBytes, std::size_t expectedPackets);

// Chooses the connection while the packets are read, listing where its segments are in the store.
class ConnectionPicker {
public:
    explicit ConnectionPicker(PcapImportResult& result)
        : r_(result)
    {
    }

    // `index`: where `s` is in allSegments.
    void add(std::uint32_t index, const Segment& s)
    {
        const bool bareSyn = s.has(kSyn) && !s.has(kAck);
        if (!haveTuple_) {
            choose(s, bareSyn);
        } else if (!r_.openedBySyn && bareSyn) {
            // The first SYN decides (its sender is the client); what was kept for the first
            // packet's 4-tuple stays only when it is that same connection.
            if (!matches(s)) {
                r_.skippedOtherConnections += r_.chosen.size();
                r_.chosen.clear();
            }
            choose(s, true);
        } else if (!matches(s)) {
            ++r_.skippedOtherConnections;
            return;
        }
        r_.chosen.push_back(index);
    }
    bool chosen() const { return haveTuple_; }

private:
    void choose(const Segment& s, bool bySyn)
    {
        r_.clientAddr = s.srcAddr, r_.clientPort = s.srcPort;
        r_.serverAddr = s.dstAddr, r_.serverPort = s.dstPort;
        r_.openedBySyn = bySyn;
        haveTuple_ = true;
    }
    bool matches(const Segment& s) const
    {
        return sameTuple(s, r_.clientAddr, r_.clientPort, r_.serverAddr, r_.serverPort)
            || sameTuple(s, r_.serverAddr, r_.serverPort, r_.clientAddr, r_.clientPort);
    }

    PcapImportResult& r_;
    bool haveTuple_ = false;
};

} // namespace

Ipv4Kind classifyIpv4(const unsigned char* p, std::size_t length, Segment& s)
{
    if (length < 20 || (p[0] >> 4) != 4)
        return Ipv4Kind::NotTcp;
    const std::size_t ihl = std::size_t(p[0] & 0x0F) * 4;
    const std::size_t total = get16(p + 2);
    if (ihl < 20 || total < ihl || p[9] != 6)
        return Ipv4Kind::NotTcp;
    // RFC 791 §3.1: a fragment offset or More Fragments means this is a piece of a datagram; a
    // non-first piece starts with payload, not a TCP header, and a first piece's IP length is
    // not the segment's. Without reassembly neither can be read as a segment.
    const std::uint32_t fragment = get16(p + 6);
    if ((fragment & 0x1FFFu) != 0 || (fragment & 0x2000u) != 0)
        return Ipv4Kind::Fragment;
    if (total < ihl + 20)
        return Ipv4Kind::NotTcp;
    const std::size_t available = std::min(total, length);
    if (available < ihl + 20)
        return Ipv4Kind::NotTcp;
    const unsigned char* t = p + ihl;
    const std::size_t tcpHeader = std::size_t(t[12] >> 4) * 4;
    if (tcpHeader < 20 || ihl + tcpHeader > available)
        return Ipv4Kind::NotTcp;
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
    return Ipv4Kind::Tcp;
}

PcapImportResult importPcap(const std::string& path, const PcapProgress& progress)
{
    PcapImportResult result;
    struct stat info { };
    if (::stat(path.c_str(), &info) != 0) {
        result.error = path + ": cannot be read: " + std::strerror(errno);
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.error = path + ": expected a capture file, got "
            + (S_ISDIR(info.st_mode)         ? "a directory"
                    : S_ISFIFO(info.st_mode) ? "a FIFO"
                                             : "a device or socket");
        return result;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        result.error = path + ": cannot be read: " + std::strerror(errno);
        return result;
    }
    const std::uint64_t total = std::uint64_t(info.st_size);
    // The first reading, of the packets' headers only, takes about a fifth of the time.
    const auto counting = [&progress](double done) { return !progress || progress(done / 5); };
    const std::optional<std::size_t> packets = countPackets(path, counting, total);
    if (!packets) {
        std::fclose(file);
        return cancelledResult(path);
    }
    const auto reading = [&progress](double done) { return !progress || progress(0.2 + done * 0.8); };
    return readStream(file, path, reading, total, *packets);
}

PcapImportResult importPcapStream(std::FILE* file, const std::string& name, const PcapProgress& progress)
{
    return readStream(file, name, progress, 0, 0);
}

namespace {

PcapImportResult readStream(std::FILE* file, const std::string& name, const PcapProgress& progress,
    std::uint64_t totalBytes, std::size_t expectedPackets)
{
    PcapImportResult result;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    std::unique_ptr<pcap_t, decltype(&pcap_close)> handle(pcap_fopen_offline(file, errbuf), &pcap_close);
    if (!handle) {
        std::fclose(file); // pcap closes it only once it took it
        result.error = name + ": not a readable capture file: " + errbuf;
        return result;
    }
    const int linkType = pcap_datalink(handle.get());
    if (!supportedLinkType(linkType)) {
        result.error = name + ": link type " + linkTypeText(linkType)
            + " is not supported; expected raw IP, Ethernet, Linux cooked (LINUX_SLL) or BSD loopback (NULL, LOOP)";
        return result;
    }
    ConnectionPicker picker(result);
    pcap_pkthdr* header = nullptr;
    const unsigned char* data = nullptr;
    TimeUs firstUs = 0, lastUs = 0;
    // Reserved at once: untouched capacity (packets that are not TCP) costs address space, not
    // memory, and growing would copy every header.
    result.allSegments.reserve(expectedPackets);
    result.chosen.reserve(expectedPackets);
    int rc;
    while (true) {
        if (result.packetsRead % kProgressEveryPackets == 0 && progress
            && !progress(fractionRead(pcap_file(handle.get()), totalBytes)))
            return cancelledResult(name);
        if ((rc = pcap_next_ex(handle.get(), &header, &data)) != 1)
            break;
        // Times relative to the first packet; a clock that steps back keeps the packet at the
        // previous instant so the trace stays in time order (and never goes below 0).
        const TimeUs stamp = TimeUs(header->ts.tv_sec) * 1'000'000 + TimeUs(header->ts.tv_usec);
        if (result.packetsRead++ == 0)
            firstUs = stamp;
        TimeUs t = stamp - firstUs;
        if (t < lastUs) {
            ++result.timesBackwards;
            t = lastUs;
        }
        lastUs = t;
        const long offset = ipOffset(linkType, data, header->caplen);
        Segment s;
        const Ipv4Kind kind = offset < 0
            ? Ipv4Kind::NotTcp
            : classifyIpv4(data + offset, header->caplen - static_cast<std::size_t>(offset), s);
        if (kind == Ipv4Kind::Fragment)
            ++result.skippedFragments;
        else if (kind == Ipv4Kind::NotTcp)
            ++result.skippedNotTcp;
        else if (result.allSegments.size() >= kMaxSegments) {
            result.error = name + ": more than " + std::to_string(kMaxSegments) + " TCP segments; not read further";
            return result;
        } else {
            picker.add(std::uint32_t(result.allSegments.size()), s);
            result.allSegments.push_back({ t, s }); // the window lists every connection
        }
    }
    // What was reserved for other connections' packets is given back; not the store's: its
    // unused end was never touched, and shrinking would copy every header once more.
    result.chosen.shrink_to_fit();
    if (rc == -1) {
        result.error = name + ": damaged capture: " + pcap_geterr(handle.get());
        return result;
    }
    result.packetsSkipped = result.skippedNotTcp + result.skippedFragments + result.skippedOtherConnections;
    if (!picker.chosen()) {
        result.error = name + ": no IPv4 TCP segment in the capture (" + plural(result.packetsRead, "packet", "packets")
            + " read: " + plural(result.skippedNotTcp, "is", "are") + " not IPv4 TCP, "
            + plural(result.skippedFragments, "is an IPv4 fragment", "are IPv4 fragments") + ")";
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace

} // namespace tcplab
