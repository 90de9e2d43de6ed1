#pragma once
#include "scenario.h"

#include <QString>

#include <string>
#include <vector>

// What `tcplab-cli run` says about a mission (docs/scenario-format.md, "mission"): after the
// failed `expect` lines, one verdict on stderr naming the goal in words. Returns the exit code:
// 0 when the goal holds and nothing was changed that the mission does not allow, else 1.
// `disallowed` are the changes (mission_check.h) the mission's may_change does not cover.
int reportMission(const QString& source, const tcplab::Scenario& scenario, const std::vector<std::string>& failures,
    const std::vector<std::string>& disallowed);
