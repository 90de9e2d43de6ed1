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
    // "builtin:NAME" or a path.
    static LoadResult load(const QString& spec);

    // Applies `key=value` overrides on top of a loaded scenario (the CLI's --set).
    static QString applySet(Scenario& scenario, const QString& assignment);

    static QStringList builtinNames();
    static QString builtinPath(const QString& name);
};

} // namespace tcplab
