#include "question_writer.h"

#include <QJsonArray>

namespace tcplab {

namespace {

QJsonObject text(const LocalizedText& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("en"), QString::fromStdString(t.en));
    if (!t.zh_CN.empty())
        o.insert(QStringLiteral("zh_CN"), QString::fromStdString(t.zh_CN));
    return o;
}

QString afterText(const AwaitedEvent& after)
{
    const auto* state = std::get_if<TcpState>(&after.what);
    const std::string_view what = state ? stateName(*state) : appEventName(std::get<AppEventKind>(after.what));
    return QString::fromUtf8(peerName(after.peer).data()) + QLatin1Char(':') + QString::fromUtf8(what.data());
}

QJsonObject questionObject(const Question& q)
{
    QJsonObject o;
    if (q.after)
        o.insert(QStringLiteral("after"), afterText(*q.after));
    else
        o.insert(QStringLiteral("at_ms"), static_cast<double>(q.atUs / 1000));
    o.insert(QStringLiteral("prompt"), text(q.prompt));
    QJsonArray choices;
    for (const LocalizedText& choice : q.choices)
        choices.append(text(choice));
    o.insert(QStringLiteral("choices"), choices);
    o.insert(QStringLiteral("answer"), q.answer);
    o.insert(QStringLiteral("explain"), text(q.explain));
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
        o.insert(QStringLiteral("goal"), text(m->goal));
        QJsonArray changes, hints;
        for (const std::string& what : m->mayChange)
            changes.append(QString::fromStdString(what));
        o.insert(QStringLiteral("may_change"), changes);
        for (const LocalizedText& hint : m->hints)
            hints.append(text(hint));
        if (!hints.isEmpty())
            o.insert(QStringLiteral("hints"), hints);
        o.insert(QStringLiteral("explain"), text(m->explain));
        if (m->impossible)
            o.insert(QStringLiteral("impossible"), true);
        out.insert(QStringLiteral("mission"), o);
    }
}

} // namespace tcplab
