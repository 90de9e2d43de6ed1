#pragma once
#include "scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tcplab {

// Loads a scenario ("format": "tcplab-scenario/1") with precise errors: every failure names the
// file, the JSON path and what was expected, e.g.
//   lost.json: steps[3].do: expected one of listen, connect, …, got "conect"
struct LoadResult {
    bool ok = false;
    Scenario scenario;
    QString error;
};

class ScenarioLoader {
public:
    static constexpr qsizetype kMaxFileBytes = 1024 * 1024;

    // `displayName` is what error messages call the source (a path, or builtin:NAME).
    static LoadResult fromJson(const QByteArray& bytes, const QString& displayName, const QString& name);
    static LoadResult fromFile(const QString& path);
    // "builtin:NAME", "mission:NAME" (a built-in mission, "mission:NAME.solution" its
    // solution) or a path.
    static LoadResult load(const QString& spec);

    // Applies `key=value` overrides on top of a loaded scenario (the CLI's --set): `profile`
    // re-bases the parameters on another profile, keeping the overrides; `run_until_ms`; or any
    // key of paramTable(). Errors start with "--set KEY: expected".
    static QString applySet(Scenario& scenario, const QString& assignment);

    // The typed way (the GUI's Parameters dock): re-bases the scenario on `profile` and sets
    // exactly `overrides` on top of it (replacing the ones it had). Returns one line per
    // rejected value, "KEY: expected …" (that value is left at the profile's default).
    static QStringList applyParams(
        Scenario& scenario, const std::string& profile, const std::map<std::string, ParamValue>& overrides);

    static QStringList builtinNames();
    static QString builtinPath(const QString& name);
    // The built-in missions (resources/missions, docs/missions.md), without their solutions.
    static QStringList missionNames();
    // NAME, or NAME.solution for the solution beside it.
    static QString missionPath(const QString& name);
};

} // namespace tcplab
