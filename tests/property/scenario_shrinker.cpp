#include "scenario_shrinker.h"

namespace tcplab::property {

Scenario ScenarioShrinker::shrink(Scenario failing, const StillFails& stillFails, int maxTries)
{
    int tries = 0;
    auto attempt = [&](const Scenario& candidate) {
        if (tries >= maxTries)
            return false;
        ++tries;
        if (!stillFails(candidate))
            return false;
        failing = candidate;
        return true;
    };
    bool progress = true;
    while (progress && tries < maxTries) {
        progress = false;
        for (std::size_t i = failing.spec.faults.size(); i-- > 0;) {
            Scenario c = failing;
            c.spec.faults.erase(c.spec.faults.begin() + static_cast<std::ptrdiff_t>(i));
            progress |= attempt(c);
        }
        // From the end: later steps depend on earlier ones more often than the reverse.
        for (std::size_t i = failing.spec.steps.size(); i-- > 0;) {
            if (i >= failing.spec.steps.size())
                continue;
            Scenario c = failing;
            c.spec.steps.erase(c.spec.steps.begin() + static_cast<std::ptrdiff_t>(i));
            progress |= attempt(c);
        }
        const Params defaults = *profileDefaults(failing.profile);
        for (const ParamInfo& info : paramTable()) {
            const std::string original = paramValueText(defaults, info.key);
            if (paramValueText(failing.spec.params, info.key) == original)
                continue;
            Scenario c = failing;
            setParamFromText(c.spec.params, info.key, original);
            progress |= attempt(c);
        }
        // By index: a successful attempt replaces `failing` and its steps.
        for (std::size_t i = 0; i < failing.spec.steps.size(); ++i) {
            const std::optional<std::string>& text = failing.spec.steps[i].action.text;
            if (text && text->size() > 1) {
                Scenario c = failing;
                c.spec.steps[i].action.text = text->substr(0, text->size() / 2);
                progress |= attempt(c);
            }
        }
        Scenario shorter = failing;
        shorter.spec.runUntilUs /= 2;
        progress |= attempt(shorter);
    }
    return failing;
}

} // namespace tcplab::property
