#pragma once
#include "congestion_control.h"
#include "context.h"
#include "delayed_ack.h"
#include "reassembly_queue.h"
#include "rtt_estimator.h"
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

// Linux TCP_TIMEOUT_MIN (include/net/tcp.h): 2 jiffies, 2 ms at HZ=1000 (8 ms at HZ=250).
inline constexpr TimeUs kLinuxTimeoutMinUs = 2000;

class Host;
struct Params;

// What became of an arriving segment (as Linux's tcp_timewait_state_process answers
// TCP_TW_SUCCESS / ACK / RST / SYN, one verdict instead of flags).
enum class Verdict : std::uint8_t {
    Taken, // its data or control changed this connection
    NoChange, // processed, nothing new (a duplicate ACK)
    Dropped, // discarded; Arrival::reason says why
    NewIncarnation, // TIME_WAIT met a SYN that RFC 6191 accepts: the host's listener takes it
    SynRefused, // TIME_WAIT met a SYN that RFC 6191 refuses: dropped before any processing
};

struct Arrival {
    Verdict verdict = Verdict::NoChange;
    DropReason reason = DropReason::Unacceptable; // for Verdict::Dropped

    static Arrival taken() { return { Verdict::Taken }; }
    static Arrival dropped(DropReason reason = DropReason::Unacceptable) { return { Verdict::Dropped, reason }; }
    void take() { verdict = Verdict::Taken; }
};

// One TCB and RFC 9293 §3.10 event processing: OPEN, SEND, CLOSE, ABORT, SEGMENT ARRIVES and
// the timeouts. It reads the clock and the parameters, queues its timers and publishes its
// events through the Context; its Host keeps the socket table (state counts, removal, the
// TIME_WAIT bucket limit) and puts its segments on the wire.
class Endpoint {
public:
    // `startsIn`: the state the socket's first transition leaves — CLOSED for an active open,
    // LISTEN for a listener's child (or a listener that opens actively), TIME_WAIT for the
    // RFC 6191 successor of a TIME_WAIT socket. It is not counted as a state of the host.
    Endpoint(
        Host& host, int sock, const FourTuple& tuple, std::uint32_t incarnation, TcpState startsIn = TcpState::Closed);

    // --- user calls (RFC 9293 §3.10.1 - §3.10.5) ---
    // `tsOffset` shifts this connection's timestamp clock (two machines behind one NAT).
    void openActive(SeqNum iss, std::uint32_t tsOffset = 0);
    // RFC 9293 §3.10.2: SEND on a listening socket makes it open actively (LISTEN -> SYN_SENT).
    void openActiveFromListen(SeqNum iss);
    // A listener hands over a SYN: SYN_RECEIVED, answering with SYN,ACK.
    void openFromListen(const Segment& syn, SeqNum iss);
    // SYN-cookie path: the final ACK of a stateless handshake creates the connection directly.
    void openFromCookie(const Segment& ack, SeqNum iss);
    bool send(std::uint32_t bytes, std::shared_ptr<const std::string> text);
    void close();
    void shutdownWrite();
    void abort();
    // The application stops calling recv(): what arrives from now on stays unread (no `data`
    // event), and a later close() on Linux resets instead of closing (tcp_close).
    void stopReading() { appReads_ = false; }

    // --- events ---
    Arrival segmentArrives(const Segment& segment);
    void timerFires(TimerKind kind);
    // Forget without a word on the wire (host crash, TIME_WAIT reuse): CLOSED, for `cause`.
    void forget(std::string_view cause);
    // Forget and leave the state line to a successor (RFC 6191): no CLOSED is written.
    void retire();
    // tcp_tw_reuse: a connect() may take this TIME_WAIT 4-tuple.
    bool reusableByConnect() const;

    // --- read-only view ---
    TcpState state() const { return state_; }
    int sock() const { return sock_; }
    const FourTuple& tuple() const { return tuple_; }
    std::uint32_t incarnation() const { return incarnation_; }
    bool orphaned() const { return orphaned_; }
    bool passiveOpen() const { return passiveOpen_; }
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
    TimeUs timerDue(TimerKind kind) const { return timers_[static_cast<int>(kind)].dueUs; }
    TimeUs timerStart(TimerKind kind) const { return timers_[static_cast<int>(kind)].startUs; }
    std::uint32_t timerGeneration(TimerKind kind) const { return timers_[static_cast<int>(kind)].generation; }
    int retransmissions() const { return retries_; }
    // The sender's side of the data path (RFC 5681, RFC 6298): for the snapshot and the trace.
    std::uint32_t cwnd() const { return cc_.cwnd(); }
    std::uint32_t ssthresh() const { return cc_.ssthresh(); }
    std::uint32_t inFlight() const; // bytes sent, not ACKed, not given up as lost
    bool inFastRecovery() const { return cc_.inRecovery(); }
    TimeUs srttUs() const { return rtt_.srttUs(); }
    TimeUs rttvarUs() const { return rtt_.rttvarUs(); }
    TimeUs rtoUs() const { return rtoUs_; }
    std::uint32_t heldOutOfOrderBytes() const { return reassembly_.heldBytes(); }
    bool counted = false; // Host bookkeeping: included in its per-state counts

private:
    struct Timer {
        TimeUs dueUs = -1;
        TimeUs startUs = -1;
        std::uint32_t generation = 0;
    };
    struct Outstanding { // a sent segment that occupies sequence space
        SeqNum seq;
        std::uint32_t len = 0;
        std::uint8_t flags = 0; // SYN and/or FIN besides ACK
        std::shared_ptr<const std::string> text;
        std::uint32_t streamOffset = 0;
        TimeUs firstSentUs = 0;
        bool retransmitted = false;
        bool lost = false; // given up at a timeout, waiting to be sent again (not in flight)
    };
    struct Unsent {
        std::uint32_t len = 0; // bytes still to send
        std::shared_ptr<const std::string> text;
        // Where in `text` the unsent bytes start: the text is cut one segment at a time without
        // copying what is left (a 64 KiB text at mss 1 copied ~2 GB).
        std::size_t textOffset = 0;
    };

    const Params& params() const;
    TimeUs now() const;
    void publish(const CoreEvent& event);

    // The four opens share these: our sequence space from `iss` (RFC 9293 §3.4.1) ...
    void initSendSequence(SeqNum iss);
    // ... the peer's from its SYN (or the ACK of a SYN cookie, whose seq is IRS + 1) ...
    void initReceiveSequence(const Segment& s, SeqNum irs);
    // ... and a SYN (or SYN,ACK) sent in `to`, retransmitted on SYN_RETRY.
    void sendOpeningSyn(TcpState to, std::string_view cause, std::uint8_t flags);

    void setState(TcpState to, std::string_view cause);
    void dropTimersSilently();
    void enterTimeWait(std::string_view cause);
    void closeConnection(std::string_view cause); // to CLOSED and out of the host's table

    void startTimer(TimerKind kind, TimeUs delayUs, int backoff = 0);
    void cancelTimer(TimerKind kind);
    void cancelAllTimers();

    Segment makeSegment(std::uint8_t flags, SeqNum seq) const;
    void transmit(Segment segment);
    void sendAck();
    void sendSynAck();
    void sendRst(SeqNum seq);
    void sendActiveReset(); // ABORT's RST (Linux: ACK|RST, tcp_send_active_reset)
    void pushData(); // segment queued bytes and a queued FIN
    void retransmitFirst();
    void retransmit(Outstanding& o);
    void retransmitLost(); // after a timeout: the segments given up, as the window allows
    bool maySendData() const;
    void scheduleAck(std::uint32_t dataLen = 0); // immediate or delayed ACK of received data/FIN
    void ackReceived(const Segment& s);
    void duplicateAckReceived(const Segment& s);
    bool isDuplicateAck(const Segment& s) const;
    void measureRtt(const Segment& s, TimeUs oldestSentUs, bool sampleFromSendTime);
    void dataTransferBegins(); // RFC 6298 §5.7, RFC 5681 §3.1: after a lost SYN
    void retransmitTimeout();
    bool finAcked() const { return finSent_ && sndUna_ == sndNxt_; }
    bool acceptable(const Segment& s) const;
    void takeTimestamps(const Segment& s);
    void startFinWait2TimerIfOrphan();
    void armKeepalive();

    Arrival arriveInSynSent(const Segment& s);
    Arrival arriveSynchronizedOrSynRcvd(const Segment& s);
    Arrival arriveInTimeWait(const Segment& s);
    bool acceptSynInTimeWait(const Segment& syn) const;
    Arrival arriveReset(const Segment& s); // RFC 9293 §3.10.7.4 second, with RFC 5961 §3.2 (linux)
    void processRst();
    // Linux: new data for a closed (orphaned) socket in FIN_WAIT_1/2 is answered with RST and the
    // socket ends (endpoint_close_rules.cpp). Returns whether it did.
    bool resetsOnDataAfterClose(const Segment& s);
    // Linux tcp_close: unread received data makes close() send ACK|RST and end the connection
    // instead of a FIN. Returns whether it did.
    bool resetsOnCloseWithUnreadData();
    void reportLinuxReset(); // the errno tcp_reset sets, as an application event
    void processText(const Segment& s, Arrival& out);
    void deliver(std::uint32_t len, const std::shared_ptr<const std::string>& text, Arrival& out);
    void deliverHeld(Arrival& out);
    void processFin(const Segment& s, Arrival& out);
    void appEvent(AppEventKind kind, std::int64_t bytes = 0, std::string_view detail = {});

    Host& host_;
    Context& cx_;
    int sock_;
    FourTuple tuple_;
    std::uint32_t incarnation_;
    TcpState state_ = TcpState::Closed;
    bool passiveOpen_ = false; // a listener's child: an RST in SYN_RECEIVED returns to LISTEN

    SeqNum iss_, irs_, sndUna_, sndNxt_, rcvNxt_, finSeq_;
    std::uint32_t sndWnd_ = 65535;
    std::uint32_t streamSent_ = 0; // bytes of our stream put on the wire so far
    SmallFifo<Outstanding> outstanding_;
    std::uint32_t flightBytes_ = 0; // spans of the outstanding segments not given up as lost
    std::size_t lostSegments_ = 0; // outstanding segments given up at a timeout, not yet resent
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

    std::array<Timer, kTimerKindCount> timers_ {};
    int retries_ = 0;
    int handshakeRetransmissions_ = 0; // of our SYN or SYN,ACK (RFC 6298 §5.7, RFC 5681 §3.1)
    TimeUs firstRetransmitBaseUs_ = 0;
    TimeUs rtoUs_ = 0; // the RTO in force: the estimator's, doubled on each timeout (§5.5)
    RttEstimator rtt_;
    CongestionControl cc_;
    ReassemblyQueue reassembly_;
    DelayedAck delayedAck_;
    int keepaliveProbes_ = 0;
    TimeUs lastSegmentUs_ = 0;
    std::int64_t bytesDelivered_ = 0;
    bool appReads_ = true;
    std::int64_t unreadBytes_ = 0; // received but never read by the application
};

} // namespace tcplab
