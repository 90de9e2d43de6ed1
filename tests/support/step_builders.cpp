#include "step_builders.h"

namespace tcplab::testing {

namespace {
Step stepOf(Trigger trigger, Peer peer, ActionKind kind)
{
    Step s;
    s.trigger = trigger;
    s.action.kind = kind;
    s.action.peer = peer;
    return s;
}
} // namespace

Step at(long long ms, Peer peer, ActionKind kind)
{
    return stepOf(Trigger::at(msToUs(ms)), peer, kind);
}

Step after(Peer who, TcpState state, Peer peer, ActionKind kind, long long delayMs)
{
    return stepOf(Trigger::afterEvent({ who, state }, msToUs(delayMs)), peer, kind);
}

Step afterApp(Peer who, AppEventKind app, Peer peer, ActionKind kind, long long delayMs)
{
    return stepOf(Trigger::afterEvent({ who, app }, msToUs(delayMs)), peer, kind);
}

Step sendBytes(Step step, std::uint32_t bytes)
{
    step.action.bytes = bytes;
    return step;
}

} // namespace tcplab::testing
