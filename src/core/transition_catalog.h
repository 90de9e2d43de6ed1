#pragma once
#include "tcp_state.h"

#include <array>
#include <string_view>
#include <vector>

namespace tcplab {

// The one list of transitions people are taught: the 20 arrows of RFC 9293 Figure 5 and the
// transitions the core takes off the figure (resets, timeouts giving up, aborts, crashes and the
// extensions of §3.10 and Linux). The GUI's state diagram draws figureEdges(), `tcplab-cli
// coverage` counts both lists, and the transition map remembers them by `id`.

// One arrow of Figure 5. `causes` are the core's state event "cause" prefixes ('|'-separated)
// that walk it: the same two states can be joined by an arrow and by a transition the figure does
// not draw (LAST_ACK -> CLOSED on the ACK of our FIN, or on an RST), only these causes are the arrow.
struct FigureEdge {
    std::string_view id; // "FIN_WAIT_2-TIME_WAIT": stable, for settings and docs
    TcpState from;
    TcpState to;
    std::string_view causes;
};

constexpr int kFigureEdgeCount = 20;
const std::array<FigureEdge, kFigureEdgeCount>& figureEdges();

// True when `cause` starts with one of the '|'-separated prefixes of `causes`.
bool causeMatches(std::string_view causes, std::string_view cause);

// The index into figureEdges() of the arrow `from -> to` taken for `cause`, or -1.
int figureEdgeFor(TcpState from, TcpState to, std::string_view cause);

enum class OffFigureKind : unsigned char { Reset, Timeout, Abort, Crash, Extension };
std::string_view offFigureKindName(OffFigureKind kind);

// A transition the figure has no arrow for, as the core takes it. `from` lists the states it
// leaves (empty: any state); `cause` is the exact cause the core writes (endpoint*.cpp, host.cpp).
struct OffFigureTransition {
    std::string_view id; // "reset-refused", "timeout-keepalive", …
    OffFigureKind kind;
    std::vector<TcpState> from;
    TcpState to;
    std::string_view cause;
    std::string_view summary; // one English line for the CLI
};

const std::vector<OffFigureTransition>& offFigureTransitions();

// The index into offFigureTransitions() of `from -> to` for `cause`, or -1 (a figure edge, or a
// transition this list does not know: the coverage command prints those as they are).
int offFigureTransitionFor(TcpState from, TcpState to, std::string_view cause);

} // namespace tcplab
