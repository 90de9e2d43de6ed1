#pragma once
// What a student changed in a mission, and whether the mission allows it (docs/scenario-format.md,
// "mission"). Plain functions over two loaded scenarios, for the tests, the CLI and the window.
#include "scenario.h"

#include <string>
#include <vector>

namespace tcplab {

// The parts of `candidate` that differ from `mission`, each named as `may_change` names it:
// "profile", "params.KEY" (one per parameter whose value in force differs), "steps", "faults",
// "run_until_ms"; and, for what no mission lets a student change, "client", "server", "expect"
// and "mission". Texts (title, summary, watch, questions) are not compared: a solution may
// explain itself.
std::vector<std::string> scenarioChanges(const Scenario& mission, const Scenario& candidate);

// Whether a `may_change` list names `what` ("params.KEY", "steps", …) itself or through
// "params" or a group ("params.keepalive" covers "params.keepalive.time_ms").
bool mayChangeCovers(const std::vector<std::string>& mayChange, const std::string& what);

// Whether `what` (an entry of scenarioChanges) is allowed by the mission's `may_change`
// (mayChangeCovers), or is a parameter that only follows an allowed change of profile (its value is
// the new profile's, not overridden in `candidate`). False when `mission` is not a mission.
bool changeAllowed(const Scenario& mission, const Scenario& candidate, const std::string& what);

// The changes of `candidate` that `mission.mission->may_change` does not allow; empty when the
// candidate is a fair attempt (or `mission` is not a mission and nothing differs).
std::vector<std::string> disallowedChanges(const Scenario& mission, const Scenario& candidate);

} // namespace tcplab
