#pragma once
#include "capture_connections.h"
#include "snapshot.h"
#include "trace_event.h"

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace tcplab {

// One connection of a real capture played back like a run of the simulation: the same trace
// events (send, arrive, state, timer) through the same TraceSink, the same Snapshot, so every
// view draws a capture as it draws a scenario.
//
// A capture is taken at one point: the capture point's own segments are seen when they leave,
// the far side's when they arrive. Which end the capture point is, and the one-way delay, come
// from the gaps the capture shows (an end that sends and then hears the answer waits a round
// trip; the far end answers at once): the capture point is the end whose segments wait longer
// for the other's next one, and the one-way delay is half the shortest such round trip (the
// smallest RTT, RFC 6298's own lower bound on what the path takes). Everything at the far end —
// when its segments left, when ours arrived, its states — is inferred from that.
//
// Timers are never seen. The only ones shown are those the capture implies: a retransmission
// measures the gap its sender's timer waited (RTO, RFC 6298 §5; SYN retries for a SYN), shown
// as a timer started at the first transmission and fired at the retransmission.
class CaptureReplay {
public:
    // `segments` as connectionSegments() gives them (times since the connection's first one).
    // A copy is cheap: it shares the events (Data below) and starts where this one is.
    CaptureReplay(const CaptureConnection& connection, std::vector<CapturedSegment> segments);
    // The same, told how far it got (CaptureProgress, capture_connections.h): nothing when
    // `progress` stopped it (the building's memory already given back).
    static std::optional<CaptureReplay> build(
        const CaptureConnection& connection, std::vector<CapturedSegment> segments, const CaptureProgress& progress);

    const CaptureConnection& connection() const { return data_->connection; }
    Peer capturePoint() const { return data_->capturePoint; }
    TimeUs oneWayDelayUs() const { return data_->oneWayUs; }
    // Virtual time = capture time + oneWayDelayUs() at the capture point (so the far end's
    // first segment, sent one delay before it was seen, is not before 0).
    TimeUs endUs() const { return data_->events.empty() ? 0 : data_->events.back().event.t_us; }
    std::size_t retransmissionCount() const { return data_->impliedTimers.size(); }

    void addSink(TraceSink* sink) { sinks_.push_back(sink); }
    bool hasSinks() const { return !sinks_.empty(); }
    // Back to before the first event, the sinks kept: a replay from the start without building
    // the events again (they are the capture's, never changed by running).
    void rewind()
    {
        next_ = 0;
        nowUs_ = 0;
        progress_ = {};
    }
    // Publishes every event up to and including `t`.
    void runUntil(TimeUs t);
    TimeUs now() const { return nowUs_; }
    std::optional<TimeUs> nextEventTime() const;
    Snapshot snapshot() const;

private:
    struct Flight {
        Segment segment;
        Peer from = Peer::Client;
        TimeUs sentUs = 0;
        TimeUs arriveUs = 0;
    };
    struct Event {
        TraceEvent event; // `segment` left null: `flight` says which
        int flight = -1;
    };
    struct ImpliedTimer {
        Peer peer = Peer::Client;
        TimerKind kind = TimerKind::Retransmit;
        TimeUs startUs = 0;
        TimeUs dueUs = 0;
    };
    struct PeerProgress {
        TcpState state = TcpState::Closed;
        std::uint32_t iss = 0, sndUna = 0, sndNxt = 0, irs = 0, rcvNxt = 0;
        int retransmissions = 0;
        std::int64_t bytesDelivered = 0;
        bool sentAny = false;
    };
    explicit CaptureReplay(const CaptureConnection& connection);
    void estimateTiming(const std::vector<CapturedSegment>& segments);
    // False when `progress` stopped it.
    bool buildEvents(const std::vector<CapturedSegment>& segments, const CaptureProgress& progress);
    void findImpliedTimers();
    void apply(const Event& e);
    static int index(Peer p) { return p == Peer::Client ? 0 : 1; }

    // What the capture shows, built once by the constructor and never changed after: copies of
    // a replay share it (a look-ahead in a worker thread only reads it), each with its own
    // place in it below.
    struct Data {
        CaptureConnection connection;
        Peer capturePoint = Peer::Client;
        TimeUs oneWayUs = 0;
        std::vector<Flight> flights;
        std::vector<Event> events;
        std::vector<ImpliedTimer> impliedTimers;
    };
    std::shared_ptr<Data> data_;
    std::vector<TraceSink*> sinks_;
    std::size_t next_ = 0;
    TimeUs nowUs_ = 0;
    std::array<PeerProgress, 2> progress_ {};
};

} // namespace tcplab
