#pragma once
#include "segment.h"
#include "tcp_state.h"
#include "time_us.h"

#include <cstdint>
#include <string>

namespace tcplab {

enum class TraceKind : std::uint8_t { State, Send, Arrive, Drop, Timer, App, Stray, Note };

enum class TimerKind : std::uint8_t { Retransmit, TimeWait, FinWait2, Keepalive, SynRetry, DelayedAck };
constexpr int kTimerKindCount = 6;
enum class TimerAction : std::uint8_t { Start, Cancel, Fire };

enum class AppEventKind : std::uint8_t { Connected, Data, Eof, Reset, Refused, Timeout, Closed, Error };
constexpr int kAppEventKindCount = 8;

enum class DropReason : std::uint8_t {
    Fault, // a scenario fault or a click in the GUI
    Loss, // random loss
    Expired, // older than MSL: the network's promise
    Unacceptable, // failed the acceptability test (RFC 9293 §3.10.7.4)
    NoSocket, // no socket and no listener for it
    Backlog, // SYN dropped: the listener's half-open queue is full
    TimeWait, // SYN refused by a TIME_WAIT socket (RFC 6191) or segment ignored there
    Paws, // rejected by tcp_tw_recycle's per-host timestamp check
    NoRoute, // addressed to a host that does not exist (spoofed SYN flood source)
    Ignored, // valid but ignored by the rules (RST in LISTEN, RST in TIME_WAIT with RFC 1337)
    ChallengeAck, // answered with a challenge ACK and dropped (RFC 5961 §3.2 RST, §4 SYN)
};

std::string_view timerKindName(TimerKind kind);
std::string_view timerActionName(TimerAction action);
std::string_view appEventName(AppEventKind kind);
bool parseAppEvent(std::string_view name, AppEventKind& out);
std::string_view dropReasonName(DropReason reason);

// One line of the trace (docs/trace-format.md), flattened from the typed event the core
// published (core_event.h, traceEventOf). Every kind has t_us, kind and peer; the other
// fields, per kind (a field not listed for a kind keeps its default):
//   State   sock, from (the state left), to, cause (what made it happen)
//   Send    segment (as it entered the network: id and birth time set)
//   Arrive  segment
//   Drop    segment, reason, from = the state of the socket that discarded it (dropState();
//           CLOSED when the network or a host with no socket for it did)
//   Timer   sock, timer, timerAction, due_us, backoff (RETRANSMIT, SYN_RETRY: the retransmissions
//           behind the timer; KEEPALIVE: the unanswered probes sent so far)
//   App     sock (the socket the call or event concerns; 0 only when there is none: ENOTCONN
//           with no connection, a crashed host), app, bytes (data), cause = the detail
//           (the data's text, or the error: "connect: 4-tuple still in TIME_WAIT (EADDRINUSE)")
//   Stray   sock, segment, accepted (its data or control was taken)
//   Note    sock, cause = the note's text
// `segment` points into the core and is valid during onTrace only: copy what you keep.
struct TraceEvent {
    TimeUs t_us = 0;
    TraceKind kind = TraceKind::Note;
    Peer peer = Peer::Client;
    int sock = 0; // socket number within the peer (0 = none)
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    std::string cause;
    const Segment* segment = nullptr;
    DropReason reason = DropReason::Fault;
    TimerKind timer = TimerKind::Retransmit;
    TimerAction timerAction = TimerAction::Start;
    TimeUs due_us = 0;
    int backoff = 0;
    AppEventKind app = AppEventKind::Connected;
    std::int64_t bytes = 0;
    bool accepted = false;

    // Drop: the state of the socket that discarded the segment (stored in `from`).
    TcpState dropState() const { return from; }
    // App and Note: the detail or the note's text (stored in `cause`).
    const std::string& detail() const { return cause; }
};

// The one interface out of the core: every trace event goes through it.
class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void onTrace(const TraceEvent& event) = 0;
};

} // namespace tcplab
