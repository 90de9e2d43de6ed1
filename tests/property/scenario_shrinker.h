#pragma once
#include "scenario.h"

#include <functional>

namespace tcplab::property {

// Makes a failing scenario small: drops steps and faults, returns parameters to their profile
// defaults and shortens the run, keeping each change only while the scenario still fails.
class ScenarioShrinker {
public:
    using StillFails = std::function<bool(const Scenario&)>;
    static Scenario shrink(Scenario failing, const StillFails& stillFails, int maxTries = 400);
};

} // namespace tcplab::property
