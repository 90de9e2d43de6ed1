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
    for (const QString& assignment : assignments) {
        const QString error = ScenarioLoader::applySet(loaded.scenario, assignment);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return std::nullopt;
        }
    }
    return std::move(loaded.scenario);
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
