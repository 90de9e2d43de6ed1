#include "question_writer.h"

#include "scenario_writer_parts.h"

#include <QJsonArray>

namespace tcplab {

namespace {

using write::afterText;
using write::textObject;

QJsonObject questionObject(const Question& q)
{
    QJsonObject o;
    if (q.after)
        o.insert(QStringLiteral("after"), afterText(*q.after));
    else
        o.insert(QStringLiteral("at_ms"), static_cast<double>(q.atUs / 1000));
    o.insert(QStringLiteral("prompt"), textObject(q.prompt));
    QJsonArray choices;
    for (const LocalizedText& choice : q.choices)
        choices.append(textObject(choice));
    o.insert(QStringLiteral("choices"), choices);
    o.insert(QStringLiteral("answer"), q.answer);
    o.insert(QStringLiteral("explain"), textObject(q.explain));
    return o;
}

} // namespace

void writeLearningParts(const Scenario& scenario, QJsonObject& out)
{
    if (!scenario.questions.empty()) {
        QJsonArray questions;
        for (const Question& q : scenario.questions)
            questions.append(questionObject(q));
        out.insert(QStringLiteral("questions"), questions);
    }
    if (const auto& m = scenario.mission) {
        QJsonObject o;
        o.insert(QStringLiteral("goal"), textObject(m->goal));
        QJsonArray changes, hints;
        for (const std::string& what : m->mayChange)
            changes.append(QString::fromStdString(what));
        o.insert(QStringLiteral("may_change"), changes);
        for (const LocalizedText& hint : m->hints)
            hints.append(textObject(hint));
        if (!hints.isEmpty())
            o.insert(QStringLiteral("hints"), hints);
        o.insert(QStringLiteral("explain"), textObject(m->explain));
        if (m->impossible)
            o.insert(QStringLiteral("impossible"), true);
        out.insert(QStringLiteral("mission"), o);
    }
}

} // namespace tcplab
