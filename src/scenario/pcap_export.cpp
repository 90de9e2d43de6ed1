#include "pcap_export.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstring>

namespace tcplab {

namespace {

void put16(std::vector<unsigned char>& out, std::size_t at, std::uint32_t value)
{
    out[at] = static_cast<unsigned char>(value >> 8);
    out[at + 1] = static_cast<unsigned char>(value);
}

void put32(std::vector<unsigned char>& out, std::size_t at, std::uint32_t value)
{
    put16(out, at, value >> 16);
    put16(out, at + 2, value & 0xFFFFu);
}

std::uint16_t foldChecksum(std::uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xFFFFu) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

} // namespace

std::uint32_t onesComplementSum(const unsigned char* data, std::size_t length, std::uint32_t sum)
{
    for (std::size_t i = 0; i + 1 < length; i += 2)
        sum += (std::uint32_t(data[i]) << 8) | data[i + 1];
    if (length & 1)
        sum += std::uint32_t(data[length - 1]) << 8;
    return sum;
}

std::vector<unsigned char> PcapExport::ipv4Packet(const Segment& s, std::uint32_t mss)
{
    // TCP options: MSS on SYNs (RFC 9293 §3.7.1), timestamps (RFC 7323 §3) as NOP NOP TS.
    std::vector<unsigned char> options;
    if (s.has(kSyn))
        options.insert(options.end(), { 2, 4, static_cast<unsigned char>(mss >> 8), static_cast<unsigned char>(mss) });
    if (s.hasTimestamps) {
        options.insert(options.end(), { 1, 1, 8, 10 });
        for (std::uint32_t v : { s.tsVal, s.tsEcr })
            for (int shift = 24; shift >= 0; shift -= 8)
                options.push_back(static_cast<unsigned char>(v >> shift));
    }
    const std::size_t ipLen = 20, tcpLen = 20 + options.size();
    const std::size_t total = ipLen + tcpLen + s.len;
    std::vector<unsigned char> p(total, 0);
    // IPv4 header (RFC 791).
    p[0] = 0x45;
    put16(p, 2, static_cast<std::uint32_t>(total));
    put16(p, 4, static_cast<std::uint32_t>(s.id & 0xFFFFu));
    put16(p, 6, 0x4000); // don't fragment
    p[8] = 64;
    p[9] = 6; // TCP
    put32(p, 12, s.srcAddr);
    put32(p, 16, s.dstAddr);
    put16(p, 10, foldChecksum(onesComplementSum(p.data(), ipLen)));
    // TCP header (RFC 9293 §3.1).
    const std::size_t t = ipLen;
    put16(p, t + 0, s.srcPort);
    put16(p, t + 2, s.dstPort);
    put32(p, t + 4, s.seq.value());
    put32(p, t + 8, s.has(kAck) ? s.ack.value() : 0);
    p[t + 12] = static_cast<unsigned char>((tcpLen / 4) << 4);
    unsigned char flags = 0;
    if (s.has(kFin))
        flags |= 0x01;
    if (s.has(kSyn))
        flags |= 0x02;
    if (s.has(kRst))
        flags |= 0x04;
    if (s.has(kPsh))
        flags |= 0x08;
    if (s.has(kAck))
        flags |= 0x10;
    p[t + 13] = flags;
    put16(p, t + 14, s.window > 0xFFFFu ? 0xFFFFu : s.window);
    std::copy(options.begin(), options.end(), p.begin() + static_cast<std::ptrdiff_t>(t + 20));
    if (s.text)
        std::copy(s.text->begin(), s.text->begin() + std::min<std::size_t>(s.len, s.text->size()),
            p.begin() + static_cast<std::ptrdiff_t>(t + tcpLen));
    // Checksum over the pseudo-header (src, dst, zero, protocol, TCP length) and the segment.
    std::uint32_t sum = onesComplementSum(p.data() + 12, 8);
    sum += 6 + static_cast<std::uint32_t>(tcpLen + s.len);
    sum = onesComplementSum(p.data() + t, tcpLen + s.len, sum);
    put16(p, t + 16, foldChecksum(sum));
    return p;
}

std::vector<std::vector<unsigned char>> PcapExport::ipv4Packets(const Segment& s, std::uint32_t mss)
{
    // IPv4 (20) and TCP (20) headers, the MSS option on a SYN, NOP NOP TS when timestamped.
    const std::size_t headers = 40 + (s.has(kSyn) ? 4 : 0) + (s.hasTimestamps ? 12 : 0);
    if (headers + s.len <= kMaxIpv4Bytes)
        return { ipv4Packet(s, mss) };
    std::vector<std::vector<unsigned char>> packets;
    const std::size_t room = kMaxIpv4Bytes - headers;
    for (std::size_t offset = 0; offset < s.len; offset += room) {
        Segment piece = s;
        const bool first = offset == 0, last = offset + room >= s.len;
        piece.len = static_cast<std::uint32_t>(std::min<std::size_t>(room, s.len - offset));
        // The SYN occupies the first sequence number (RFC 9293 §3.4), so later pieces start one on.
        piece.seq = s.seq + static_cast<std::uint32_t>(offset + (s.has(kSyn) && !first ? 1 : 0));
        piece.flags = static_cast<std::uint8_t>(s.flags & ~((first ? 0 : kSyn) | (last ? 0 : kFin | kPsh)));
        if (s.text) {
            const std::size_t from = std::min(offset, s.text->size());
            piece.text = std::make_shared<const std::string>(s.text->substr(from, piece.len));
        }
        packets.push_back(ipv4Packet(piece, mss));
    }
    return packets;
}

PcapExport::~PcapExport()
{
    close();
}

std::string PcapExport::open(const std::string& path)
{
    dead_ = pcap_open_dead(DLT_RAW, static_cast<int>(kMaxIpv4Bytes));
    if (!dead_)
        return "libpcap could not open a capture handle";
    errno = 0;
    dumper_ = pcap_dump_open(dead_, path.c_str());
    if (!dumper_) {
        // libpcap's text repeats the path ("PATH: Permission denied"): give the OS's reason only.
        const std::string reason = errno != 0 ? std::strerror(errno) : pcap_geterr(dead_);
        pcap_close(dead_);
        dead_ = nullptr;
        return reason;
    }
    file_ = pcap_dump_file(dumper_);
    if (std::ferror(file_))
        fail(errno);
    return error_;
}

void PcapExport::fail(int error)
{
    if (error_.empty())
        error_ = error != 0 ? std::strerror(error) : "write error";
}

void PcapExport::onTrace(const TraceEvent& event)
{
    if (!dumper_ || failed() || !event.segment || event.peer != capturePoint_)
        return;
    if (event.kind != TraceKind::Send && event.kind != TraceKind::Arrive)
        return;
    const auto packets = ipv4Packets(*event.segment, 1460);
    splitSegments_ += packets.size() > 1 ? 1 : 0;
    for (const auto& bytes : packets) {
        pcap_pkthdr header {};
        header.ts.tv_sec = static_cast<time_t>(event.t_us / 1'000'000);
        header.ts.tv_usec = static_cast<suseconds_t>(event.t_us % 1'000'000);
        header.caplen = header.len = static_cast<bpf_u_int32>(bytes.size());
        errno = 0;
        pcap_dump(reinterpret_cast<u_char*>(dumper_), &header, bytes.data());
        if (std::ferror(file_)) {
            fail(errno);
            return;
        }
        ++packets_;
    }
}

std::string PcapExport::close()
{
    if (dumper_) {
        errno = 0;
        if (pcap_dump_flush(dumper_) != 0 || std::ferror(file_))
            fail(errno);
        // pcap_dump_close is fclose: its failure (a full disk seen only now) is lost inside
        // libpcap, so the flush above is where a late error shows.
        pcap_dump_close(dumper_);
        dumper_ = nullptr;
        file_ = nullptr;
    }
    if (dead_) {
        pcap_close(dead_);
        dead_ = nullptr;
    }
    return error_;
}

} // namespace tcplab
