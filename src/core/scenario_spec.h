#pragma once
#include "params.h"
#include "segment.h"
#include "tcp_state.h"
#include "time_us.h"
#include "trace_event.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tcplab {

// A scenario as plain data: what the scenario file says, once parsed and checked.

enum class ActionKind : std::uint8_t {
    Listen,
    Connect,
    Send,
    Close,
    Shutdown,
    Abort,
    Crash,
    NeverClose,
    SynFlood,
    StopReading, // the application stops calling recv(): received data waits unread
};
std::string_view actionName(ActionKind kind);

struct Action {
    ActionKind kind = ActionKind::Listen;
    Peer peer = Peer::Client;
    std::uint32_t bytes = 0; // send
    std::optional<std::string> text; // send: text instead of anonymous bytes
    // connect: the local port. Explicit (`port`, default the peer's own port): a bind() before
    // connect(), which fails with EADDRINUSE while another socket holds the port unless
    // `reuseAddr` (SO_REUSEADDR). `portAuto`: no bind(), the kernel picks an ephemeral port
    // from params.port_range (Linux __inet_hash_connect).
    std::optional<std::uint16_t> port;
    bool portAuto = false;
    bool reuseAddr = false;
    std::optional<std::uint32_t> isn; // connect: this connection's ISN
    std::uint32_t tsOffsetMs = 0; // connect: another machine's timestamp clock (NAT)
    std::int64_t downMs = 0; // crash: how long the host stays silent
    int count = 0; // syn_flood: how many spoofed SYNs
    std::int64_t intervalMs = 0; // syn_flood: between two SYNs
};

// An event an `after` step waits for: a state a peer enters, or an event its application hears.
struct AwaitedEvent {
    Peer peer = Peer::Client;
    std::variant<TcpState, AppEventKind> what;

    bool operator==(const AwaitedEvent&) const = default;
};

// When a step runs: at a time (`at_ms`), or `delay_ms` after an awaited event (`after`).
struct Trigger {
    // `at_ms`: an independent step runs exactly then, a scripted one not before.
    TimeUs atUs = 0;
    // `after`: the event waited for; empty for an `at_ms` step.
    std::optional<AwaitedEvent> after;
    TimeUs delayUs = 0;

    static Trigger at(TimeUs atUs)
    {
        Trigger t;
        t.atUs = atUs;
        return t;
    }
    static Trigger afterEvent(AwaitedEvent event, TimeUs delayUs = 0)
    {
        Trigger t;
        t.after = event;
        t.delayUs = delayUs;
        return t;
    }
};

struct Step {
    Trigger trigger;
    Action action;
    // An independent step runs at its `at_ms` whatever the script is waiting for: what a user
    // did by hand in the GUI is saved this way, so the saved file replays it at the same instant.
    bool independent = false;
};

enum class FaultAction : std::uint8_t { Drop, Delay, Duplicate };
std::string_view faultActionName(FaultAction action);

struct FaultSpec {
    Peer peer = Peer::Client; // the sender
    SegmentClass match = SegmentClass::Any;
    int nth = 1;
    FaultAction action = FaultAction::Drop;
    std::int64_t delayMs = 0;
};

struct PeerSpec {
    Address addr = 0;
    std::uint16_t port = 0;
};

struct ScenarioSpec {
    Params params;
    PeerSpec client { 0xC0000201u, 49152 }; // 192.0.2.1:49152
    PeerSpec server { 0xC6336402u, 80 }; // 198.51.100.2:80
    std::vector<Step> steps;
    std::vector<FaultSpec> faults;
    TimeUs runUntilUs = msToUs(300'000);
};

} // namespace tcplab
