#include "lesson_catalog.h"

#include "scenario_loader.h"

#include <QLocale>

#include <algorithm>

namespace tcplab {

namespace {

QString localized(const LocalizedText& text)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string& s = chinese && !text.zh_CN.empty() ? text.zh_CN : text.en;
    return QString::fromStdString(s);
}

// The length of the run of digits `name` starts with.
qsizetype digitsAt(const QString& name)
{
    qsizetype n = 0;
    while (n < name.size() && name.at(n).isDigit())
        ++n;
    return n;
}

} // namespace

QString LessonCatalog::numberOf(const QString& name)
{
    // "05b-lost-…" → "05b"; a name without a dash is all number (or has none).
    const qsizetype dash = name.indexOf(QLatin1Char('-'));
    return digitsAt(name) == 0 ? QString() : name.left(dash < 0 ? name.size() : dash);
}

QString LessonCatalog::groupOf(const QString& name)
{
    return name.left(digitsAt(name));
}

bool LessonCatalog::lessonLess(const QString& a, const QString& b)
{
    // Numbers first as numbers, so lesson 9 sorts before 10 however many digits the files use;
    // then the rest of the name (the variant letter, then the words) as text.
    const qsizetype da = digitsAt(a), db = digitsAt(b);
    const qulonglong na = a.left(da).toULongLong(), nb = b.left(db).toULongLong();
    if ((da > 0) != (db > 0))
        return da > 0; // numbered lessons before anything unnumbered
    if (na != nb)
        return na < nb;
    return QStringView(a).mid(da).compare(QStringView(b).mid(db)) < 0;
}

QList<Lesson> LessonCatalog::builtin()
{
    QStringList names = ScenarioLoader::builtinNames();
    std::sort(names.begin(), names.end(), &LessonCatalog::lessonLess);
    QList<Lesson> lessons;
    for (const QString& name : names) {
        const QString spec = QStringLiteral("builtin:") + name;
        const LoadResult loaded = ScenarioLoader::load(spec);
        if (!loaded.ok)
            continue;
        Lesson lesson { name, spec, numberOf(name), groupOf(name), localized(loaded.scenario.title),
            localized(loaded.scenario.summary), localized(loaded.scenario.watch) };
        if (lesson.title.isEmpty())
            lesson.title = name;
        lessons.append(lesson);
    }
    return lessons;
}

QList<Lesson> LessonCatalog::missions()
{
    QList<Lesson> missions;
    for (const QString& name : ScenarioLoader::missionNames()) {
        const QString spec = QStringLiteral("mission:") + name;
        const LoadResult loaded = ScenarioLoader::load(spec);
        if (!loaded.ok || !loaded.scenario.mission)
            continue;
        const QString number = QStringLiteral("M%1").arg(missions.size() + 1);
        Lesson mission { name, spec, number, QStringLiteral("M"), localized(loaded.scenario.title),
            localized(loaded.scenario.mission->goal), localized(loaded.scenario.summary) };
        if (mission.title.isEmpty())
            mission.title = name;
        missions.append(mission);
    }
    return missions;
}

} // namespace tcplab
