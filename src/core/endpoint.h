#pragma once
#include "segment.h"
#include "seq_num.h"
#include "small_fifo.h"
#include "tcp_state.h"
#include "time_us.h"
#include "trace_event.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>

namespace tcplab {

class Host;
struct Params;

// What happened to an arriving segment, for stray reporting and the trace.
struct ArrivalOutcome {
    bool taken = false;                 // its data or control changed this connection
    bool dropped = false;               // discarded (a reason is given)
    DropReason reason = DropReason::Unacceptable;
};

// One TCB and RFC 9293 §3.10 event processing: OPEN, SEND, CLOSE, ABORT, SEGMENT ARRIVES and
// the timeouts. The endpoint never touches the clock or the network itself: it goes through its
// Host, which schedules timers, transmits segments and reports to the trace.
class Endpoint {
public:
    Endpoint(Host& host, int sock, const FourTuple& tuple, std::uint32_t incarnation);

    // --- user calls (RFC 9293 §3.10.1 - §3.10.5) ---
    // `tsOffset` shifts this connection's timestamp clock (two machines behind one NAT).
    void openActive(SeqNum iss, std::uint32_t tsOffset = 0);
    // RFC 9293 §3.10.2: SEND on a listening socket makes it open actively (LISTEN -> SYN_SENT).
    void openActiveFromListen(SeqNum iss);
    // A listener hands over a SYN: this endpoint starts in LISTEN and moves to SYN_RECEIVED.
    void openFromListen(const Segment& syn, SeqNum iss, TcpState cameFrom);
    // SYN-cookie path: the final ACK of a stateless handshake creates the connection directly.
    void openFromCookie(const Segment& ack, SeqNum iss);
    bool send(std::uint32_t bytes, std::shared_ptr<const std::string> text);
    void close();
    void shutdownWrite();
    void abort();

    // --- events ---
    ArrivalOutcome segmentArrives(const Segment& segment);
    void timerFires(TimerKind kind);
    // Forget without a word on the wire (host crash, TIME_WAIT reuse). An empty cause leaves
    // no CLOSED in the trace: the RFC 6191 successor continues the state line instead.
    void forget(std::string_view cause);

    // --- read-only view ---
    TcpState state() const { return state_; }
    int sock() const { return sock_; }
    const FourTuple& tuple() const { return tuple_; }
    std::uint32_t incarnation() const { return incarnation_; }
    bool orphaned() const { return orphaned_; }
    bool passiveOpen() const { return openedFrom_ == TcpState::Listen; }
    std::uint32_t tsClock() const;
    SeqNum iss() const { return iss_; }
    SeqNum irs() const { return irs_; }
    SeqNum sndUna() const { return sndUna_; }
    SeqNum sndNxt() const { return sndNxt_; }
    SeqNum rcvNxt() const { return rcvNxt_; }
    std::uint32_t tsRecent() const { return tsRecent_; }
    bool peerUsesTimestamps() const { return peerTimestamps_; }
    TimeUs lastSegmentUs() const { return lastSegmentUs_; }
    std::int64_t bytesDelivered() const { return bytesDelivered_; }
    std::int64_t bytesQueued() const { return unsentBytes_; }
    TimeUs timerDue(TimerKind kind) const { return timers_[static_cast<int>(kind)].due; }
    TimeUs timerStart(TimerKind kind) const { return timers_[static_cast<int>(kind)].start; }
    std::uint32_t timerGeneration(TimerKind kind) const { return timers_[static_cast<int>(kind)].generation; }
    int retransmissions() const { return retries_; }
    bool counted = false;              // Host bookkeeping: included in its per-state counts

private:
    struct Timer {
        TimeUs due = -1;
        TimeUs start = -1;
        std::uint32_t generation = 0;
    };
    struct Outstanding {                // a sent segment that occupies sequence space
        SeqNum seq;
        std::uint32_t len = 0;
        std::uint8_t flags = 0;         // SYN and/or FIN besides ACK
        std::shared_ptr<const std::string> text;
        std::uint32_t streamOffset = 0;
        TimeUs firstSentUs = 0;
        bool retransmitted = false;
    };
    struct Unsent {
        std::uint32_t len = 0;
        std::shared_ptr<const std::string> text;
    };

    const Params& params() const;
    TimeUs now() const;

    void setState(TcpState to, std::string_view cause);
    void enterTimeWait(std::string_view cause);
    void closeConnection(std::string_view cause);   // to CLOSED and out of the host's table

    void startTimer(TimerKind kind, TimeUs delay, int backoff = 0);
    void cancelTimer(TimerKind kind);
    void cancelAllTimers();

    Segment makeSegment(std::uint8_t flags, SeqNum seq) const;
    void transmit(Segment segment);
    void sendAck();
    void sendSynAck();
    void sendRst(SeqNum seq);
    void pushData();                     // segment queued bytes and a queued FIN
    void retransmitFirst();
    void scheduleAck();                  // immediate or delayed ACK of received data/FIN
    void ackReceived(SeqNum ack);
    void measureRtt(TimeUs sample);
    TimeUs currentRto() const { return rtoUs_; }
    bool finAcked() const { return finSent_ && sndUna_ == sndNxt_; }
    bool acceptable(const Segment& s) const;
    void takeTimestamps(const Segment& s);
    void startFinWait2TimerIfOrphan();
    void armKeepalive();

    ArrivalOutcome arriveInSynSent(const Segment& s);
    ArrivalOutcome arriveSynchronizedOrSynRcvd(const Segment& s);
    ArrivalOutcome arriveInTimeWait(const Segment& s);
    bool processRst(ArrivalOutcome& out);
    void processText(const Segment& s, ArrivalOutcome& out);
    void processFin(const Segment& s, ArrivalOutcome& out);

    Host& host_;
    int sock_;
    FourTuple tuple_;
    std::uint32_t incarnation_;
    TcpState state_ = TcpState::Closed;
    TcpState openedFrom_ = TcpState::Closed;   // LISTEN for passive opens (RST returns there)

    SeqNum iss_, irs_, sndUna_, sndNxt_, rcvNxt_, finSeq_;
    std::uint32_t sndWnd_ = 65535;
    std::uint32_t streamSent_ = 0;            // bytes of our stream put on the wire so far
    SmallFifo<Outstanding> outstanding_;
    SmallFifo<Unsent> unsent_;
    std::int64_t unsentBytes_ = 0;
    bool finQueued_ = false;
    bool finSent_ = false;
    bool orphaned_ = false;
    bool finReceived_ = false;
    bool ackPending_ = false;

    bool peerTimestamps_ = false;
    std::uint32_t tsOffset_ = 0;
    std::uint32_t tsRecent_ = 0;

    std::array<Timer, kTimerKindCount> timers_{};
    int retries_ = 0;
    TimeUs firstRetransmitBaseUs_ = 0;
    TimeUs rtoUs_ = 0;
    TimeUs srttUs_ = 0;
    TimeUs rttvarUs_ = 0;
    int keepaliveProbes_ = 0;
    TimeUs lastSegmentUs_ = 0;
    std::int64_t bytesDelivered_ = 0;
};

} // namespace tcplab
