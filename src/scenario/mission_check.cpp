#include "mission_check.h"

#include "params.h"
#include "scenario_writer.h"

#include <QJsonObject>

#include <algorithm>

namespace tcplab {

namespace {

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

std::vector<std::string> scenarioChanges(const Scenario& mission, const Scenario& candidate)
{
    std::vector<std::string> changes;
    if (mission.profile != candidate.profile)
        changes.push_back("profile");
    // The values in force, key by key: a value written out in the file and the same value
    // coming from the profile are no change.
    for (const ParamInfo& info : paramTable())
        if (paramValueText(mission.spec.params, info.key) != paramValueText(candidate.spec.params, info.key))
            changes.push_back("params." + info.key);
    if (mission.spec.runUntilUs != candidate.spec.runUntilUs)
        changes.push_back("run_until_ms");
    // The rest through the file format: two scenarios that write the same JSON run the same.
    const QJsonObject a = ScenarioWriter::toJsonObject(mission);
    const QJsonObject b = ScenarioWriter::toJsonObject(candidate);
    for (const char* key : { "steps", "faults", "client", "server", "expect", "mission" }) {
        const QString k = QString::fromLatin1(key);
        if (a.value(k) != b.value(k))
            changes.emplace_back(key);
    }
    return changes;
}

bool mayChangeCovers(const std::vector<std::string>& allowed, const std::string& what)
{
    if (std::find(allowed.begin(), allowed.end(), what) != allowed.end())
        return true;
    if (!startsWith(what, "params."))
        return false;
    for (const std::string& entry : allowed)
        if (entry == "params" || startsWith(what, entry + "."))
            return true; // "params" or a group such as "params.keepalive"
    return false;
}

bool changeAllowed(const Scenario& mission, const Scenario& candidate, const std::string& what)
{
    if (!mission.mission)
        return false;
    const auto& allowed = mission.mission->mayChange;
    if (mayChangeCovers(allowed, what))
        return true;
    if (!startsWith(what, "params."))
        return false;
    // A value that follows the new profile, not one the student set by hand.
    const bool profileAllowed = std::find(allowed.begin(), allowed.end(), "profile") != allowed.end();
    return profileAllowed && mission.profile != candidate.profile
        && !candidate.paramOverrides.contains(what.substr(std::string("params.").size()));
}

std::vector<std::string> disallowedChanges(const Scenario& mission, const Scenario& candidate)
{
    std::vector<std::string> out;
    for (const std::string& what : scenarioChanges(mission, candidate))
        if (!changeAllowed(mission, candidate, what))
            out.push_back(what);
    return out;
}

} // namespace tcplab
