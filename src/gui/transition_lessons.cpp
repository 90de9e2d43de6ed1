#include "transition_lessons.h"

#include "lesson_catalog.h"
#include "scenario_loader.h"
#include "scenario_runner.h"

#include <algorithm>

namespace tcplab {

const TransitionLessons& TransitionLessons::library()
{
    static const TransitionLessons lessons;
    return lessons;
}

TransitionLessons::TransitionLessons()
{
    QStringList names = ScenarioLoader::builtinNames();
    std::sort(names.begin(), names.end(), &LessonCatalog::lessonLess);
    for (const QString& name : names) {
        const LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + name);
        if (!loaded.ok)
            continue; // a library that does not load is reported where it is opened
        TransitionCoverage coverage;
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &coverage });
        lessons_.emplace_back(name, std::move(coverage));
    }
}

QString TransitionLessons::lessonForFigureEdge(int index) const
{
    for (const auto& [name, coverage] : lessons_)
        if (coverage.figureEdges().count(index))
            return name;
    return {};
}

QString TransitionLessons::lessonForOffFigure(int index) const
{
    for (const auto& [name, coverage] : lessons_)
        if (coverage.offFigure().count(index))
            return name;
    return {};
}

const TransitionCoverage& TransitionLessons::coverageOf(const QString& name) const
{
    for (const auto& [n, coverage] : lessons_)
        if (n == name)
            return coverage;
    return none_;
}

} // namespace tcplab
