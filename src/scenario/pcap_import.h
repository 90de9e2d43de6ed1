#pragma once
#include "segment.h"
#include "time_us.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace tcplab {

struct CapturedSegment {
    TimeUs t_us = 0; // since the first packet of the capture, never negative
    Segment segment;
};

// One connection's segments as a view over the capture's one store (PcapImportResult::
// allSegments): each header is stored once however many connections list it. An element is
// made on access, numbered from 1 within the connection and born at its capture time.
class CapturedSegmentsView {
public:
    CapturedSegmentsView(const std::vector<CapturedSegment>& store, const std::vector<std::uint32_t>& indices)
        : store_(&store)
        , indices_(&indices)
    {
    }
    std::size_t size() const { return indices_->size(); }
    bool empty() const { return indices_->empty(); }
    CapturedSegment operator[](std::size_t i) const
    {
        CapturedSegment c = (*store_)[(*indices_)[i]];
        c.segment.id = i + 1;
        c.segment.bornUs = c.t_us;
        return c;
    }
    CapturedSegment front() const { return (*this)[0]; }

    class Iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = CapturedSegment;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = CapturedSegment;
        Iterator(const CapturedSegmentsView* view, std::size_t at)
            : view_(view)
            , at_(at)
        {
        }
        CapturedSegment operator*() const { return (*view_)[at_]; }
        Iterator& operator++()
        {
            ++at_;
            return *this;
        }
        bool operator==(const Iterator& other) const { return at_ == other.at_; }
        bool operator!=(const Iterator& other) const { return at_ != other.at_; }

    private:
        const CapturedSegmentsView* view_;
        std::size_t at_;
    };
    Iterator begin() const { return { this, 0 }; }
    Iterator end() const { return { this, size() }; }

private:
    const std::vector<CapturedSegment>* store_;
    const std::vector<std::uint32_t>* indices_;
};

// Reads the IPv4 TCP segments of a capture file (libpcap: raw IP, Ethernet with up to two VLAN
// tags, Linux cooked and BSD loopback link types). Keeps every TCP segment's header once (no
// payload) and chooses one connection, listed by index: the first 4-tuple that opens with a
// bare SYN, whose sender is the client; failing that, the first TCP packet's 4-tuple, its
// sender taken as the client.
struct PcapImportResult {
    bool ok = false;
    bool cancelled = false; // the progress callback asked to stop: error says so, nothing is kept
    std::string error;
    // The chosen connection's segments (a view over allSegments: valid while this result is).
    CapturedSegmentsView segments() const { return { allSegments, chosen }; }
    Address clientAddr = 0;
    std::uint16_t clientPort = 0;
    Address serverAddr = 0;
    std::uint16_t serverPort = 0;
    bool openedBySyn = false; // roles come from the first SYN (else from the first packet)
    // Every IPv4 TCP segment of the capture, of every connection, in capture order (the
    // window's connection list, capture_connections.h, picks one of them): the one store of
    // the segments' headers.
    std::vector<CapturedSegment> allSegments;
    std::vector<std::uint32_t> chosen; // where the chosen connection's segments are in allSegments
    std::size_t packetsRead = 0;
    std::size_t packetsSkipped = 0; // all of the following
    std::size_t skippedNotTcp = 0; // not IPv4, not TCP, or a damaged header
    std::size_t skippedFragments = 0; // IPv4 fragments: not reassembled (RFC 791 §3.2)
    std::size_t skippedOtherConnections = 0; // TCP of another 4-tuple
    std::size_t timesBackwards = 0; // packets stamped earlier than the one before (kept at that time)
};

// Told how far the reading got (0 to 1 of the file; 0 when its size is unknown) before the
// first packet and every kProgressEveryPackets packets; returning false stops the reading (the
// window's Cancel), the result then `cancelled`.
using PcapProgress = std::function<bool(double done)>;
constexpr std::size_t kProgressEveryPackets = 4096;

// `path` must be a regular file: a FIFO or a device is refused at once instead of waiting on it.
// The file is read twice: a quick count of its packets first, so that the store of headers is
// allocated once (a vector growing by doubling held up to twice the headers at its copies).
PcapImportResult importPcap(const std::string& path, const PcapProgress& progress = {});
// The same from an open stream, read once (the fuzz target reads from memory); takes ownership
// of `file`. `displayName` starts every error message.
PcapImportResult importPcapStream(std::FILE* file, const std::string& displayName, const PcapProgress& progress = {});

// What one IPv4 packet is.
enum class Ipv4Kind { Tcp, NotTcp, Fragment };
Ipv4Kind classifyIpv4(const unsigned char* data, std::size_t length, Segment& out);
// Parses one IPv4 packet into a segment; false if it is not a whole, well-formed IPv4 TCP packet.
inline bool parseIpv4Tcp(const unsigned char* data, std::size_t length, Segment& out)
{
    return classifyIpv4(data, length, out) == Ipv4Kind::Tcp;
}

} // namespace tcplab
