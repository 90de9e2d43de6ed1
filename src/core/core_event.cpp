#include "core_event.h"

namespace tcplab {

namespace {
template <typename... F> struct Overloaded : F... {
    using F::operator()...;
};
template <typename... F> Overloaded(F...) -> Overloaded<F...>;
} // namespace

std::optional<TraceEvent> traceEventOf(Peer peer, const CoreEvent& event)
{
    TraceEvent e;
    e.peer = peer;
    const bool traced = std::visit(Overloaded {
                                       [&](const event::StateChanged& s) {
                                           e.kind = TraceKind::State;
                                           e.sock = s.sock;
                                           e.from = s.from;
                                           e.to = s.to;
                                           e.cause = s.cause;
                                           return true;
                                       },
                                       [&](const event::SegmentSent& s) {
                                           e.kind = TraceKind::Send;
                                           e.segment = s.segment;
                                           return true;
                                       },
                                       [&](const event::SegmentArrived& s) {
                                           e.kind = TraceKind::Arrive;
                                           e.segment = s.segment;
                                           return true;
                                       },
                                       [&](const event::SegmentDropped& s) {
                                           e.kind = TraceKind::Drop;
                                           e.segment = s.segment;
                                           e.reason = s.reason;
                                           e.from = s.at;
                                           return true;
                                       },
                                       [&](const event::TimerChanged& s) {
                                           e.kind = TraceKind::Timer;
                                           e.sock = s.sock;
                                           e.timer = s.timer;
                                           e.timerAction = s.action;
                                           e.due_us = s.dueUs;
                                           e.backoff = s.backoff;
                                           return true;
                                       },
                                       [&](const event::AppNotified& s) {
                                           e.kind = TraceKind::App;
                                           e.sock = s.sock;
                                           e.app = s.app;
                                           e.bytes = s.bytes;
                                           e.cause = s.detail;
                                           return true;
                                       },
                                       [&](const event::StrayArrived& s) {
                                           e.kind = TraceKind::Stray;
                                           e.sock = s.sock;
                                           e.segment = s.segment;
                                           e.accepted = s.accepted;
                                           return true;
                                       },
                                       [&](const event::Noted& s) {
                                           e.kind = TraceKind::Note;
                                           e.sock = s.sock;
                                           e.cause = s.text;
                                           return true;
                                       },
                                       [&](const event::SocketRemoved&) { return false; },
                                   },
        event);
    if (!traced)
        return std::nullopt;
    return e;
}

} // namespace tcplab
