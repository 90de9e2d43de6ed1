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
    if (!QFileInfo(path).isFile()) {
        // Reading a FIFO would wait for a writer forever (the CLI hangs, the GUI stays black).
        result.error = path + QStringLiteral(": expected a scenario file, got a FIFO, a device or a socket");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = path + QStringLiteral(": cannot be read: ") + file.errorString();
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.error = path
            + QStringLiteral(": (top level): expected a scenario of at most %1 bytes, got %2 bytes")
                  .arg(kMaxFileBytes)
                  .arg(file.size());
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
    if (spec.startsWith(QStringLiteral("mission:"))) {
        const QString name = spec.mid(8);
        if (!QFileInfo::exists(missionPath(name))) {
            LoadResult result;
            result.error = spec + QStringLiteral(": no built-in mission of that name; expected one of ")
                + missionNames().join(QStringLiteral(", "));
            return result;
        }
        LoadResult result = fromFile(missionPath(name));
        if (!result.ok)
            result.error.replace(missionPath(name), spec);
        return result;
    }
    return fromFile(spec);
}

QStringList ScenarioLoader::builtinNames()
{
    QStringList names;
    const auto entries
        = QDir(QStringLiteral(":/scenarios")).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo& info : entries)
        names << info.completeBaseName();
    return names;
}

QString ScenarioLoader::builtinPath(const QString& name)
{
    return QStringLiteral(":/scenarios/") + name + QStringLiteral(".json");
}

QStringList ScenarioLoader::missionNames()
{
    QStringList names;
    const auto entries
        = QDir(QStringLiteral(":/missions")).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo& info : entries)
        if (!info.completeBaseName().endsWith(QStringLiteral(".solution")))
            names << info.completeBaseName();
    return names;
}

QString ScenarioLoader::missionPath(const QString& name)
{
    return QStringLiteral(":/missions/") + name + QStringLiteral(".json");
}

namespace {
// spec.params = the profile's defaults + the overrides; false for an unknown profile.
bool rebase(Scenario& scenario, const std::string& profile)
{
    auto defaults = profileDefaults(profile);
    if (!defaults)
        return false;
    scenario.profile = profile;
    scenario.spec.params = *defaults;
    for (const auto& [key, value] : scenario.paramOverrides)
        setParam(scenario.spec.params, *findParam(key), value);
    return true;
}

QString profileError(const QString& prefix, const QString& value)
{
    return QStringLiteral("%1profile: expected one of %2, got \"%3\"")
        .arg(prefix, QString::fromStdString([] {
            std::string names;
            for (const std::string& name : profileNames())
                names += (names.empty() ? "" : ", ") + name;
            return names;
        }()),
            value);
}
} // namespace

QString ScenarioLoader::applySet(Scenario& scenario, const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return QStringLiteral("--set %1: expected key=value").arg(assignment);
    const QString key = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1).trimmed();
    if (key == QStringLiteral("profile"))
        return rebase(scenario, value.toStdString()) ? QString() : profileError(QStringLiteral("--set "), value);
    if (key == QStringLiteral("run_until_ms")) {
        bool ok = false;
        const qlonglong ms = value.toLongLong(&ok);
        if (!ok || ms < 0 || ms > kMaxTimeMs)
            return QStringLiteral("--set run_until_ms: expected an integer from 0 to %1, got \"%2\"")
                .arg(kMaxTimeMs)
                .arg(value);
        scenario.spec.runUntilUs = msToUs(ms);
        return {};
    }
    const std::string error = setParamFromText(scenario.spec.params, key.toStdString(), value.toStdString());
    if (!error.empty())
        return QStringLiteral("--set %1: expected %2").arg(key, QString::fromStdString(error));
    const PortRange& ports = scenario.spec.params.port_range;
    if (key.startsWith(QStringLiteral("port_range.")) && ports.low > ports.high)
        return QStringLiteral("--set %1: expected port_range.low <= port_range.high, got low %2 and high %3")
            .arg(key)
            .arg(ports.low)
            .arg(ports.high);
    scenario.paramOverrides[key.toStdString()] = paramValue(scenario.spec.params, *findParam(key.toStdString()));
    return {};
}

QStringList ScenarioLoader::applyParams(
    Scenario& scenario, const std::string& profile, const std::map<std::string, ParamValue>& overrides)
{
    QStringList errors;
    scenario.paramOverrides.clear();
    if (!rebase(scenario, profile))
        errors << profileError(QString(), QString::fromStdString(profile));
    for (const auto& [key, value] : overrides) {
        const ParamInfo* info = findParam(key);
        if (!info) {
            errors << QStringLiteral("%1: expected a known parameter").arg(QString::fromStdString(key));
            continue;
        }
        const std::string error = setParam(scenario.spec.params, *info, value);
        if (!error.empty()) {
            errors << QStringLiteral("%1: expected %2").arg(QString::fromStdString(key), QString::fromStdString(error));
            continue;
        }
        scenario.paramOverrides[key] = value;
    }
    return errors;
}

} // namespace tcplab
