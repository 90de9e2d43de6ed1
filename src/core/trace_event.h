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
    Fault,        // a scenario fault or a click in the GUI
    Loss,         // random loss
    Expired,      // older than MSL: the network's promise
    Unacceptable, // failed the acceptability test (RFC 9293 §3.10.7.4)
    NoSocket,     // no socket and no listener for it
    Backlog,      // SYN dropped: the listener's half-open queue is full
    TimeWait,     // SYN refused by a TIME_WAIT socket (RFC 6191) or segment ignored there
    Paws,         // rejected by tcp_tw_recycle's per-host timestamp check
    NoRoute,      // addressed to a host that does not exist (spoofed SYN flood source)
    Ignored,      // valid but ignored by the rules (RST in LISTEN, RST in TIME_WAIT with RFC 1337)
};

std::string_view timerKindName(TimerKind kind);
std::string_view timerActionName(TimerAction action);
std::string_view appEventName(AppEventKind kind);
bool parseAppEvent(std::string_view name, AppEventKind& out);
std::string_view dropReasonName(DropReason reason);

// One line of the trace. Only the fields that belong to `kind` are meaningful.
struct TraceEvent {
    TimeUs t_us = 0;
    TraceKind kind = TraceKind::Note;
    Peer peer = Peer::Client;
    int sock = 0;                 // socket number within the peer (0 = none)
    TcpState from = TcpState::Closed; // drop: the state of the socket that discarded it
    TcpState to = TcpState::Closed;
    std::string cause;            // state: what made it happen; app/note: detail
    const Segment* segment = nullptr;
    DropReason reason = DropReason::Fault;
    TimerKind timer = TimerKind::Retransmit;
    TimerAction timerAction = TimerAction::Start;
    TimeUs due_us = 0;
    int backoff = 0;              // timer: retransmission count behind this timer
    AppEventKind app = AppEventKind::Connected;
    std::int64_t bytes = 0;
    bool accepted = false;        // stray: whether its data or control was taken
};

// The one interface out of the core: every trace event goes through it.
class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void onTrace(const TraceEvent& event) = 0;
};

} // namespace tcplab
