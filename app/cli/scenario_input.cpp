#include "scenario_input.h"

#include "scenario_loader.h"

#include <cstdio>

using namespace tcplab;

std::optional<Scenario> loadScenarioInput(const QString& spec, const QStringList& assignments)
{
    LoadResult loaded = ScenarioLoader::load(spec);
    if (!loaded.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
        return std::nullopt;
    }
    if (!applySetOption(loaded.scenario, assignments, QStringLiteral("--set")))
        return std::nullopt;
    return std::move(loaded.scenario);
}

bool applySetOption(Scenario& scenario, const QStringList& assignments, const QString& option)
{
    const QString loaderPrefix = QStringLiteral("--set ");
    for (const QString& assignment : assignments) {
        QString error = ScenarioLoader::applySet(scenario, assignment);
        if (error.isEmpty())
            continue;
        if (error.startsWith(loaderPrefix))
            error.replace(0, loaderPrefix.size() - 1, option);
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

std::optional<std::int64_t> parseUntilMs(const QString& text, QString& error)
{
    bool ok = false;
    const qlonglong ms = text.toLongLong(&ok);
    if (!ok || ms < 0 || ms > 30LL * 24 * 3600 * 1000) {
        error = QStringLiteral("--until-ms: expected an integer from 0 to 2592000000, got \"%1\"").arg(text);
        return std::nullopt;
    }
    return ms * 1000;
}
