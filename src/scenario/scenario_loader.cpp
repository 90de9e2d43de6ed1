#include "scenario_loader.h"

#include "json_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tcplab {

LoadResult ScenarioLoader::fromFile(const QString& path)
{
    LoadResult result;
    QFile file(path);
    if (!file.exists()) {
        result.error = path + QStringLiteral(": no such file");
        return result;
    }
    if (QFileInfo(path).isDir()) {
        // open() succeeds on a directory and reads nothing: it would pass for an empty file.
        result.error = path + QStringLiteral(": expected a scenario file, got a directory");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = path + QStringLiteral(": cannot be read: ") + file.errorString();
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.error = path + QStringLiteral(": (top level): expected a scenario of at most %1 bytes, got %2 bytes")
                                  .arg(kMaxFileBytes).arg(file.size());
        return result;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    return fromJson(bytes, path, QFileInfo(path).completeBaseName());
}

LoadResult ScenarioLoader::load(const QString& spec)
{
    if (spec.startsWith(QStringLiteral("builtin:"))) {
        const QString name = spec.mid(8);
        if (!builtinNames().contains(name)) {
            LoadResult result;
            result.error = spec + QStringLiteral(": no built-in scenario of that name; expected one of ")
                + builtinNames().join(QStringLiteral(", "));
            return result;
        }
        LoadResult result = fromFile(builtinPath(name));
        if (!result.ok)
            result.error.replace(builtinPath(name), spec);
        return result;
    }
    return fromFile(spec);
}

QStringList ScenarioLoader::builtinNames()
{
    QStringList names;
    const auto entries = QDir(QStringLiteral(":/scenarios")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : entries)
        names << info.completeBaseName();
    return names;
}

QString ScenarioLoader::builtinPath(const QString& name) { return QStringLiteral(":/scenarios/") + name + QStringLiteral(".json"); }

QString ScenarioLoader::applySet(Scenario& scenario, const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return QStringLiteral("--set %1: expected key=value").arg(assignment);
    const QString key = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1).trimmed();
    if (key == QStringLiteral("profile")) {
        auto defaults = profileDefaults(value.toStdString());
        if (!defaults)
            return QStringLiteral("--set profile: expected one of rfc9293, linux, windows, got \"%1\"").arg(value);
        scenario.profile = value.toStdString();
        Params params = *defaults;
        for (const auto& [k, v] : scenario.paramOverrides)
            setParamFromText(params, k, v);
        scenario.spec.params = params;
        return {};
    }
    if (key == QStringLiteral("run_until_ms")) {
        bool ok = false;
        const qlonglong ms = value.toLongLong(&ok);
        if (!ok || ms < 0 || ms > kMaxTimeMs)
            return QStringLiteral("--set run_until_ms: expected an integer from 0 to %1, got \"%2\"").arg(kMaxTimeMs).arg(value);
        scenario.spec.runUntilUs = msToUs(ms);
        return {};
    }
    const std::string error = setParamFromText(scenario.spec.params, key.toStdString(), value.toStdString());
    if (!error.empty())
        return QStringLiteral("--set %1: expected %2").arg(key, QString::fromStdString(error));
    scenario.paramOverrides[key.toStdString()] = value.toStdString();
    return {};
}

} // namespace tcplab
