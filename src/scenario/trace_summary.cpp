#include "trace_summary.h"

#include <algorithm>

namespace tcplab {

void TraceSummary::onTrace(const TraceEvent& event)
{
    Side& s = sides_[static_cast<int>(event.peer)];
    switch (event.kind) {
    case TraceKind::State:
        if (s.states.empty())
            s.states.push_back(event.from);
        s.states.push_back(event.to);
        break;
    case TraceKind::Drop:
        ++drops_[event.reason];
        break;
    case TraceKind::Stray:
        strays_.push_back({ event.t_us, event.peer, event.sock, event.accepted, *event.segment });
        break;
    case TraceKind::App: {
        ++s.app[static_cast<int>(event.app)];
        if (event.app != AppEventKind::Data)
            break;
        auto it = std::find_if(
            s.received.begin(), s.received.end(), [&event](const Received& r) { return r.sock == event.sock; });
        if (it == s.received.end())
            it = s.received.insert(it, { event.sock, {} });
        std::string& text = it->text;
        if (event.detail().empty()) {
            text += '[';
            text += std::to_string(event.bytes);
            text += " bytes]";
        } else {
            text += event.detail();
        }
        break;
    }
    default:
        break;
    }
}

std::optional<TcpState> TraceSummary::finalState(Peer peer) const
{
    const auto& seq = states(peer);
    if (seq.empty())
        return std::nullopt;
    return seq.back();
}

} // namespace tcplab
