#pragma once
#include "scenario_spec.h"

#include <cstdint>

// Small builders for hand-written scenarios, shared by the core tests, the property tests'
// random scenarios and anything else that writes steps in code.
namespace tcplab::testing {

Step at(long long ms, Peer peer, ActionKind kind);
// `peer` does `kind` `delayMs` after `who` enters `state`.
Step after(Peer who, TcpState state, Peer peer, ActionKind kind, long long delayMs = 0);
// `peer` does `kind` `delayMs` after `who`'s application hears `app`.
Step afterApp(Peer who, AppEventKind app, Peer peer, ActionKind kind, long long delayMs = 0);
Step sendBytes(Step step, std::uint32_t bytes);

} // namespace tcplab::testing
