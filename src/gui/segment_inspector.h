#pragma once
#include "scenario.h"
#include "trace_record.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tcplab {

// Everything about one segment of a run, for the packet detail: every header field (seq and
// ack absolute and relative to the sender's ISN and to what it acknowledges), the payload as
// text and hex, the ground truth TCP never sees (incarnation, birth, age against MSL), and what
// became of it — with the acceptability test's numbers as the receiver had them at arrival
// ("RCV.NXT ≤ SEG.SEQ < RCV.NXT+RCV.WND: 5001 ≤ 1001 < 70536 → false"). The receiver's state is
// found by running the deterministic core again to the instant the segment arrived.
class SegmentInspector {
    Q_DECLARE_TR_FUNCTIONS(SegmentInspector)

public:
    struct Receiver {
        TcpState state = TcpState::Closed;
        std::uint32_t rcvNxt = 0;
        std::uint32_t rcvWnd = 0;
        std::uint32_t iss = 0; // the receiver's own ISN: what an ACK counts from
        std::uint32_t sndUna = 0, sndNxt = 0; // for the ACK check
    };
    struct Detail {
        Segment segment;
        Peer from = Peer::Client;
        TimeUs sentUs = -1; // -1: a copy made by the network (no send event)
        std::optional<TimeUs> arrivedUs;
        std::optional<TimeUs> droppedUs;
        DropReason reason = DropReason::Fault;
        std::optional<bool> strayAccepted;
        std::uint32_t senderIss = 0;
        bool senderKnown = false;
        std::optional<Receiver> receiver; // at arrival, when a connection received it
        std::int64_t mslUs = 0;
    };

    // Nothing when the run has no segment `id` (yet).
    // `replay` runs the core again for the receiver's and the sender's state (a hover skips it).
    static std::optional<Detail> inspect(
        const Scenario& scenario, const std::vector<TraceRecord>& records, std::uint64_t id, bool replay = true);
    // The acceptability test written out with the receiver's numbers, one clause per line.
    static QStringList acceptability(const Segment& s, const Receiver& r);
    // RFC 9293 §3.10.7.4, fifth: SND.UNA < SEG.ACK =< SND.NXT, with the numbers.
    static QString ackCheck(const Segment& s, const Receiver& r);
    static QString html(const Detail& d);
    // One line for a hover: "#5 ACK|PSH seq=1001 len=13 · stray, accepted".
    static QString shortText(const Detail& d);
};

} // namespace tcplab
