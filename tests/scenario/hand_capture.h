#pragma once
// Capture files written by hand for the pcap tests (test_pcap, test_pcap_store).
#include "pcap_export.h"
#include "segment.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <string>

namespace tcplab::testing {

// A capture file written by hand: the pcap file header (link type `linkType`), then each packet
// with its time.
struct HandCapture {
    explicit HandCapture(std::uint32_t linkType)
    {
        const std::uint32_t header[] = { 0xA1B2C3D4u, 0x00040002u, 0, 0, 65535, linkType };
        bytes.append(reinterpret_cast<const char*>(header), sizeof header);
    }
    void add(std::int64_t t_us, const QByteArray& frame)
    {
        const std::uint32_t record[]
            = { static_cast<std::uint32_t>(t_us / 1'000'000), static_cast<std::uint32_t>(t_us % 1'000'000),
                  static_cast<std::uint32_t>(frame.size()), static_cast<std::uint32_t>(frame.size()) };
        bytes.append(reinterpret_cast<const char*>(record), sizeof record);
        bytes.append(frame);
    }
    std::string save(const QTemporaryDir& dir, const QString& name) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("test_pcap: cannot write %s", qPrintable(path));
        return path.toStdString();
    }
    QByteArray bytes;
};

inline Segment tcpSegment(std::uint16_t srcPort, std::uint16_t dstPort, std::uint8_t flags, std::uint32_t seq)
{
    Segment s;
    s.srcAddr = srcPort == 80 ? 0xC6336402u : 0xC0000201u;
    s.dstAddr = dstPort == 80 ? 0xC6336402u : 0xC0000201u;
    s.srcPort = srcPort;
    s.dstPort = dstPort;
    s.flags = flags;
    s.seq = SeqNum(seq);
    return s;
}

inline QByteArray packet(const Segment& s)
{
    const auto p = PcapExport::ipv4Packet(s, 1460);
    return QByteArray(reinterpret_cast<const char*>(p.data()), static_cast<qsizetype>(p.size()));
}
} // namespace tcplab::testing
