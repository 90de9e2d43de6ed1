#include "trace_event.h"

#include <array>

namespace tcplab {

std::string_view timerKindName(TimerKind kind)
{
    static constexpr std::array<std::string_view, kTimerKindCount> kNames
        = { "RETRANSMIT", "TIME_WAIT", "FIN_WAIT_2", "KEEPALIVE", "SYN_RETRY", "DELAYED_ACK" };
    return kNames[static_cast<int>(kind)];
}

std::string_view timerActionName(TimerAction action)
{
    switch (action) {
    case TimerAction::Start:
        return "start";
    case TimerAction::Cancel:
        return "cancel";
    case TimerAction::Fire:
        return "fire";
    }
    return "start";
}

namespace {
constexpr std::array<std::string_view, kAppEventKindCount> kAppNames
    = { "connected", "data", "eof", "reset", "refused", "timeout", "closed", "error" };
}

std::string_view appEventName(AppEventKind kind)
{
    return kAppNames[static_cast<int>(kind)];
}

bool parseAppEvent(std::string_view name, AppEventKind& out)
{
    for (int i = 0; i < kAppEventKindCount; ++i) {
        if (kAppNames[i] == name) {
            out = static_cast<AppEventKind>(i);
            return true;
        }
    }
    return false;
}

std::string_view dropReasonName(DropReason reason)
{
    switch (reason) {
    case DropReason::Fault:
        return "fault";
    case DropReason::Loss:
        return "loss";
    case DropReason::Expired:
        return "expired";
    case DropReason::Unacceptable:
        return "unacceptable";
    case DropReason::NoSocket:
        return "no-socket";
    case DropReason::Backlog:
        return "backlog";
    case DropReason::TimeWait:
        return "time-wait";
    case DropReason::Paws:
        return "paws";
    case DropReason::NoRoute:
        return "no-route";
    case DropReason::Ignored:
        return "ignored";
    case DropReason::ChallengeAck:
        return "challenge-ack";
    }
    return "fault";
}

} // namespace tcplab
