#pragma once
#include "pcap_import.h"
#include "tcp_state.h"

#include <optional>
#include <string>
#include <vector>

namespace tcplab {

// The TCP connections of a capture, as the window's "Open capture" dialog lists them: each
// 4-tuple with its packets, bytes, duration and the states inferred at its first and last
// segment. The capture is read once by importPcap (pcap_import.h); this only groups its
// segments.
struct CaptureConnection {
    // The client is the sender of the connection's first bare SYN, else of its first segment.
    Address clientAddr = 0;
    std::uint16_t clientPort = 0;
    Address serverAddr = 0;
    std::uint16_t serverPort = 0;
    std::size_t packets = 0;
    std::uint64_t payloadBytes = 0; // TCP payload, both directions
    TimeUs firstUs = 0; // since the first packet of the capture
    TimeUs lastUs = 0;
    bool sawHandshake = false; // began with a SYN: the first states are seen, not assumed
    // Inferred from the segments (CaptureStateInference): after the first, after the last.
    TcpState clientFirst = TcpState::Closed, serverFirst = TcpState::Closed;
    TcpState clientLast = TcpState::Closed, serverLast = TcpState::Closed;

    TimeUs durationUs() const { return lastUs - firstUs; }
    bool sentByClient(const Segment& s) const { return s.srcAddr == clientAddr && s.srcPort == clientPort; }
    bool contains(const Segment& s) const;
    // "192.0.2.1:49152 → 198.51.100.2:80"
    std::string tupleText() const;
};

// Told how far a step got (0 to 1) before its first item and every kProgressEveryPackets items
// (segments, events); returning false stops it (the window's Cancel): the step then returns
// std::nullopt, never a part of its result that would look whole.
using CaptureProgress = PcapProgress;

// Every connection of the capture, in the order of their first packet.
std::vector<CaptureConnection> listConnections(const PcapImportResult& capture);
// The same in two passes over the segments, each reported as half of the work.
std::optional<std::vector<CaptureConnection>> listConnections(
    const PcapImportResult& capture, const CaptureProgress& progress);

// The segments of one connection, their times since its first segment, numbered from 1.
std::vector<CapturedSegment> connectionSegments(const PcapImportResult& capture, const CaptureConnection& connection);
std::optional<std::vector<CapturedSegment>> connectionSegments(
    const PcapImportResult& capture, const CaptureConnection& connection, const CaptureProgress& progress);

// What a capture beginning mid-connection implies for both peers before its first segment:
// ESTABLISHED (nothing else sends without SYN), fed to the inference as assumed states.
void assumeMidConnection(class CaptureStateInference& inference, TimeUs t_us);

} // namespace tcplab
