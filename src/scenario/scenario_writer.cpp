#include "scenario_writer.h"

#include "question_writer.h"
#include "scenario_writer_parts.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace tcplab {

namespace {

using write::afterText;
using write::str;
using write::textObject;

QJsonValue paramValue(const ParamInfo& info, const std::string& text)
{
    switch (info.type) {
    case ParamType::Boolean:
        return text == "true";
    case ParamType::OptionalInteger:
        if (text == "null")
            return QJsonValue::Null;
        return static_cast<double>(std::stoll(text));
    case ParamType::Integer:
        return static_cast<double>(std::stoll(text));
    case ParamType::Real:
        return std::stod(text);
    case ParamType::Isn:
        return QString::fromStdString(text);
    }
    return QJsonValue::Null;
}

QJsonObject paramsObject(const Scenario& s)
{
    const Params defaults = *profileDefaults(s.profile);
    QJsonObject params;
    std::map<QString, QJsonObject> groups; // dotted keys as group objects ("keepalive", "port_range")
    for (const ParamInfo& info : paramTable()) {
        const std::string now = paramValueText(s.spec.params, info.key);
        if (now == paramValueText(defaults, info.key))
            continue;
        const QString key = QString::fromStdString(info.key);
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        if (dot >= 0)
            groups[key.left(dot)].insert(key.mid(dot + 1), paramValue(info, now));
        else
            params.insert(key, paramValue(info, now));
    }
    for (const auto& [group, members] : groups)
        params.insert(group, members);
    return params;
}

QJsonObject stepObject(const Step& step)
{
    QJsonObject o;
    if (const auto& after = step.trigger.after) {
        o.insert(QStringLiteral("after"), afterText(*after));
        if (step.trigger.delayUs > 0)
            o.insert(QStringLiteral("delay_ms"), static_cast<double>(step.trigger.delayUs / 1000));
    } else {
        o.insert(QStringLiteral("at_ms"), static_cast<double>(step.trigger.atUs / 1000));
        if (step.independent)
            o.insert(QStringLiteral("independent"), true);
    }
    const Action& a = step.action;
    o.insert(QStringLiteral("peer"), str(peerName(a.peer)));
    o.insert(QStringLiteral("do"), str(actionName(a.kind)));
    switch (a.kind) {
    case ActionKind::Send:
        if (a.text)
            o.insert(QStringLiteral("text"), QString::fromStdString(*a.text));
        else
            o.insert(QStringLiteral("bytes"), static_cast<double>(a.bytes));
        break;
    case ActionKind::Connect:
        if (a.portAuto)
            o.insert(QStringLiteral("port"), QStringLiteral("auto"));
        else if (a.port)
            o.insert(QStringLiteral("port"), *a.port);
        if (a.reuseAddr)
            o.insert(QStringLiteral("reuseaddr"), true);
        if (a.isn)
            o.insert(QStringLiteral("isn"), static_cast<double>(*a.isn));
        if (a.tsOffsetMs)
            o.insert(QStringLiteral("ts_offset_ms"), static_cast<double>(a.tsOffsetMs));
        break;
    case ActionKind::Crash:
        if (a.downMs)
            o.insert(QStringLiteral("down_ms"), static_cast<double>(a.downMs));
        break;
    case ActionKind::SynFlood:
        o.insert(QStringLiteral("count"), a.count);
        if (a.intervalMs)
            o.insert(QStringLiteral("interval_ms"), static_cast<double>(a.intervalMs));
        break;
    default:
        break;
    }
    return o;
}

QJsonObject faultObject(const FaultSpec& f)
{
    QJsonObject o;
    o.insert(QStringLiteral("peer"), str(peerName(f.peer)));
    o.insert(QStringLiteral("match"), QString::fromLatin1(segmentClassName(f.match)));
    o.insert(QStringLiteral("nth"), f.nth);
    o.insert(QStringLiteral("do"), str(faultActionName(f.action)));
    if (f.action != FaultAction::Drop)
        o.insert(QStringLiteral("delay_ms"), static_cast<double>(f.delayMs));
    return o;
}

QJsonObject expectationObject(const Expectation& e)
{
    QJsonObject o;
    switch (e.kind) {
    case Expectation::Kind::States: {
        o.insert(QStringLiteral("peer"), str(peerName(e.peer)));
        QJsonArray states;
        for (TcpState s : e.states)
            states.append(str(stateName(s)));
        o.insert(QStringLiteral("states"), states);
        break;
    }
    case Expectation::Kind::Final:
        o.insert(QStringLiteral("peer"), str(peerName(e.peer)));
        o.insert(QStringLiteral("final"), str(stateName(e.finalState)));
        break;
    case Expectation::Kind::EventCount:
        o.insert(QStringLiteral("event"), QString::fromStdString(e.event));
        for (const auto& [key, value] : e.filters) {
            const QString v = QString::fromStdString(value);
            bool isNumber = false;
            const double d = v.toDouble(&isNumber);
            if (value == "true" || value == "false")
                o.insert(QString::fromStdString(key), value == "true");
            else if (isNumber && key != "flags")
                o.insert(QString::fromStdString(key), d);
            else
                o.insert(QString::fromStdString(key), v);
        }
        if (e.count)
            o.insert(QStringLiteral("count"), static_cast<double>(*e.count));
        if (e.min)
            o.insert(QStringLiteral("min"), static_cast<double>(*e.min));
        if (e.max)
            o.insert(QStringLiteral("max"), static_cast<double>(*e.max));
        break;
    }
    return o;
}

QJsonObject peerObject(const PeerSpec& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("addr"), QString::fromStdString(addressToString(p.addr)));
    o.insert(QStringLiteral("port"), p.port);
    return o;
}

} // namespace

QJsonObject ScenarioWriter::toJsonObject(const Scenario& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("tcplab-scenario/1"));
    if (!s.title.empty())
        o.insert(QStringLiteral("title"), textObject(s.title));
    if (!s.summary.empty())
        o.insert(QStringLiteral("summary"), textObject(s.summary));
    if (!s.watch.empty())
        o.insert(QStringLiteral("watch"), textObject(s.watch));
    if (!s.compareWith.empty())
        o.insert(QStringLiteral("compare_with"), QString::fromStdString(s.compareWith));
    o.insert(QStringLiteral("profile"), QString::fromStdString(s.profile));
    const QJsonObject params = paramsObject(s);
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    o.insert(QStringLiteral("client"), peerObject(s.spec.client));
    o.insert(QStringLiteral("server"), peerObject(s.spec.server));
    QJsonArray steps, faults, expect;
    for (const Step& step : s.spec.steps)
        steps.append(stepObject(step));
    for (const FaultSpec& f : s.spec.faults)
        faults.append(faultObject(f));
    for (const Expectation& e : s.expect)
        expect.append(expectationObject(e));
    o.insert(QStringLiteral("steps"), steps);
    if (!faults.isEmpty())
        o.insert(QStringLiteral("faults"), faults);
    o.insert(QStringLiteral("run_until_ms"), static_cast<double>(s.spec.runUntilUs / 1000));
    if (!expect.isEmpty())
        o.insert(QStringLiteral("expect"), expect);
    writeLearningParts(s, o); // question_writer.cpp
    return o;
}

QByteArray ScenarioWriter::toJson(const Scenario& scenario)
{
    return QJsonDocument(toJsonObject(scenario)).toJson(QJsonDocument::Indented);
}

} // namespace tcplab
