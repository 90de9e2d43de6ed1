// ScenarioLoader::fromJson: the scenario format (docs/scenario-format.md) key by key.
#include "json_reader.h"
#include "json_text_check.h"
#include "question_loader.h"
#include "scenario_loader.h"
#include "scenario_parser_parts.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>
#include <map>

namespace tcplab {

using namespace parse;

namespace {

constexpr int kMaxSteps = 10000;
constexpr int kMaxFaults = 1000;
constexpr long long kMaxFloodSyns = 100000;
constexpr int kMaxExpect = 1000;

LocalizedText readText(const QJsonValue& v, const QString& path)
{
    LocalizedText text;
    if (v.isString()) {
        text.en = JsonReader::string(v, path, 20000).toStdString();
        return text;
    }
    if (!v.isObject())
        JsonReader::fail(path, QStringLiteral("a string or an object {\"en\": …, \"zh_CN\": …}"), v);
    const QJsonObject o = v.toObject();
    JsonReader::onlyKeys(o, path, { QStringLiteral("en"), QStringLiteral("zh_CN") });
    if (o.contains(QStringLiteral("en")))
        text.en = JsonReader::string(o.value(QStringLiteral("en")), childPath(path, QStringLiteral("en")), 20000)
                      .toStdString();
    if (o.contains(QStringLiteral("zh_CN")))
        text.zh_CN
            = JsonReader::string(o.value(QStringLiteral("zh_CN")), childPath(path, QStringLiteral("zh_CN")), 20000)
                  .toStdString();
    return text;
}

// Renders a JSON scalar as the text setParamFromText() takes.
QString scalarText(const QJsonValue& v, const QString& path)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Qt keeps a JSON integer that fits in 64 bits exactly: a seed of 2^63 - 1 reads as
        // written, as it does through --set. Any other number is a double, whole only up to 2^53
        // (beyond, two different texts are one double): those stay as the double's own text,
        // which the integer parameters refuse instead of silently rounding.
        const QCborValue exact = QCborValue::fromJsonValue(v);
        if (exact.isInteger())
            return QString::number(exact.toInteger());
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) <= 0x1p53)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        JsonReader::fail(path, QStringLiteral("a number, a boolean, a string or null"), v);
    }
}

void readParams(const QJsonObject& o, Scenario& scenario)
{
    const QString path = QStringLiteral("params");
    auto apply = [&](const QString& key, const QJsonValue& value, const QString& keyPath) {
        const ParamInfo* info = findParam(key.toStdString());
        // Types and ranges are checked here, against the JSON value, so that "30000" (a string)
        // is not taken for 30000 and a message shows the value as the file wrote it (-5, 1e+300).
        const QString range = QStringLiteral("an integer from %1 to %2").arg(info->min).arg(info->max);
        switch (info->type) {
        case ParamType::Integer:
            JsonReader::integer(value, keyPath, info->min, info->max);
            break;
        case ParamType::OptionalInteger:
            if (!value.isNull()
                && (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())
                    || value.toDouble() < static_cast<double>(info->min)
                    || value.toDouble() > static_cast<double>(info->max)))
                JsonReader::fail(keyPath, range + QStringLiteral(" or null"), value);
            break;
        case ParamType::Boolean:
            JsonReader::boolean(value, keyPath);
            break;
        case ParamType::Real:
            JsonReader::real(value, keyPath, 0, 1);
            break;
        case ParamType::Isn:
            JsonReader::oneOf(
                value, keyPath, { QStringLiteral("clock"), QStringLiteral("random"), QStringLiteral("fixed") });
            break;
        }
        std::string error;
        const auto typed = parseParamValue(*info, scalarText(value, keyPath).toStdString(), error);
        if (typed)
            error = setParam(scenario.spec.params, *info, *typed);
        if (!error.empty())
            JsonReader::failText(keyPath, QStringLiteral("expected ") + QString::fromStdString(error));
        scenario.paramOverrides[key.toStdString()] = *typed;
    };
    // Dotted keys ("keepalive.time_ms", "port_range.low") are written as a group object:
    // "keepalive": {"time_ms": …}, "port_range": {"low": …, "high": …}.
    QStringList topKeys;
    std::map<QString, QStringList> groups;
    for (const ParamInfo& info : paramTable()) {
        const QString key = QString::fromStdString(info.key);
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            topKeys << key;
            continue;
        }
        QStringList& members = groups[key.left(dot)];
        if (members.isEmpty())
            topKeys << key.left(dot);
        members << key.mid(dot + 1);
    }
    JsonReader::onlyKeys(o, path, topKeys);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString keyPath = childPath(path, it.key());
        const auto group = groups.find(it.key());
        if (group != groups.end()) {
            const QJsonObject members = JsonReader::object(it.value(), keyPath);
            JsonReader::onlyKeys(members, keyPath, group->second);
            for (auto k = members.begin(); k != members.end(); ++k)
                apply(it.key() + QLatin1Char('.') + k.key(), k.value(), childPath(keyPath, k.key()));
        } else {
            apply(it.key(), it.value(), keyPath);
        }
    }
    const PortRange& ports = scenario.spec.params.port_range;
    if (ports.low > ports.high)
        JsonReader::failText(childPath(path, QStringLiteral("port_range")),
            QStringLiteral("expected low <= high, got low %1 and high %2").arg(ports.low).arg(ports.high));
}

PeerSpec readPeerSpec(const QJsonValue& v, const QString& path, PeerSpec defaults)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path, { QStringLiteral("addr"), QStringLiteral("port") });
    PeerSpec spec = defaults;
    if (o.contains(QStringLiteral("addr"))) {
        const QString p = childPath(path, QStringLiteral("addr"));
        const QJsonValue value = o.value(QStringLiteral("addr"));
        if (!value.isString() || !parseAddress(value.toString().toStdString(), spec.addr))
            JsonReader::fail(p, QStringLiteral("an IPv4 address such as \"192.0.2.1\""), value);
    }
    if (o.contains(QStringLiteral("port")))
        spec.port = static_cast<std::uint16_t>(
            JsonReader::integer(o.value(QStringLiteral("port")), childPath(path, QStringLiteral("port")), 1, 65535));
    return spec;
}

Expectation readExpectation(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    Expectation e;
    e.path = path.toStdString();
    if (o.contains(QStringLiteral("states")) || o.contains(QStringLiteral("final"))) {
        JsonReader::required(o, path, QStringLiteral("peer"));
        e.peer = readPeer(o.value(QStringLiteral("peer")), childPath(path, QStringLiteral("peer")));
        if (o.contains(QStringLiteral("states"))) {
            JsonReader::onlyKeys(o, path, { QStringLiteral("peer"), QStringLiteral("states") });
            e.kind = Expectation::Kind::States;
            const QString sp = childPath(path, QStringLiteral("states"));
            const QJsonArray a = JsonReader::array(o.value(QStringLiteral("states")), sp, 10000);
            for (int i = 0; i < a.size(); ++i)
                e.states.push_back(
                    *parseState(JsonReader::oneOf(a.at(i), indexPath(sp, i), stateNames()).toStdString()));
        } else {
            JsonReader::onlyKeys(o, path, { QStringLiteral("peer"), QStringLiteral("final") });
            e.kind = Expectation::Kind::Final;
            e.finalState = *parseState(JsonReader::oneOf(
                o.value(QStringLiteral("final")), childPath(path, QStringLiteral("final")), stateNames())
                                           .toStdString());
        }
        return e;
    }
    if (!o.contains(QStringLiteral("event")))
        JsonReader::failText(
            path, QStringLiteral("an expectation needs \"states\", \"final\" (with \"peer\") or \"event\""));
    e.kind = Expectation::Kind::EventCount;
    e.event = JsonReader::oneOf(o.value(QStringLiteral("event")), childPath(path, QStringLiteral("event")),
        { QStringLiteral("state"), QStringLiteral("send"), QStringLiteral("arrive"), QStringLiteral("drop"),
            QStringLiteral("timer"), QStringLiteral("app"), QStringLiteral("stray"), QStringLiteral("note") })
                  .toStdString();
    static const QStringList kFilterKeys
        = { QStringLiteral("peer"), QStringLiteral("sock"), QStringLiteral("from"), QStringLiteral("to"),
              QStringLiteral("cause"), QStringLiteral("reason"), QStringLiteral("timer"), QStringLiteral("what"),
              QStringLiteral("due_us"), QStringLiteral("backoff"), QStringLiteral("bytes"), QStringLiteral("accepted"),
              QStringLiteral("detail"), QStringLiteral("text"), QStringLiteral("t_us"), QStringLiteral("id"),
              QStringLiteral("flags"), QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("len"),
              QStringLiteral("inc"), QStringLiteral("copy_of"), QStringLiteral("tsval"), QStringLiteral("tsecr") };
    QStringList allowed = kFilterKeys;
    allowed << QStringLiteral("event") << QStringLiteral("count") << QStringLiteral("min") << QStringLiteral("max");
    JsonReader::onlyKeys(o, path, allowed);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString kp = childPath(path, key);
        if (key == QStringLiteral("event"))
            continue;
        if (key == QStringLiteral("count"))
            e.count = JsonReader::integer(it.value(), kp, 0, 1'000'000'000);
        else if (key == QStringLiteral("min"))
            e.min = JsonReader::integer(it.value(), kp, 0, 1'000'000'000);
        else if (key == QStringLiteral("max"))
            e.max = JsonReader::integer(it.value(), kp, 0, 1'000'000'000);
        else if (key == QStringLiteral("peer"))
            e.filters.emplace_back("peer", JsonReader::oneOf(it.value(), kp, kPeers).toStdString());
        else if (key == QStringLiteral("from") || key == QStringLiteral("to"))
            e.filters.emplace_back(key.toStdString(), JsonReader::oneOf(it.value(), kp, stateNames()).toStdString());
        else if (it.value().isObject() || it.value().isArray() || it.value().isNull())
            JsonReader::fail(kp, QStringLiteral("a string, a number or a boolean"), it.value());
        else
            e.filters.emplace_back(key.toStdString(), scalarText(it.value(), kp).toStdString());
    }
    if (!e.count && !e.min && !e.max)
        JsonReader::failText(path, QStringLiteral("an event expectation needs \"count\", \"min\" or \"max\""));
    return e;
}

} // namespace

LoadResult ScenarioLoader::fromJson(const QByteArray& bytes, const QString& displayName, const QString& name)
{
    LoadResult result;
    if (bytes.size() > kMaxFileBytes) {
        result.error = displayName
            + QStringLiteral(": (top level): expected a scenario of at most %1 bytes, got %2 bytes")
                  .arg(kMaxFileBytes)
                  .arg(bytes.size());
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        result.error = displayName
            + QStringLiteral(
                ": (top level): expected a JSON object with \"format\": \"tcplab-scenario/1\", got an empty file");
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.error = displayName
            + QStringLiteral(": line 1, column 1: expected UTF-8 JSON without a byte order mark, got a BOM (save the "
                             "file without BOM)");
        return result;
    }
    if (!bytes.trimmed().startsWith('{')) {
        const QString kind = JsonReader::topLevelKind(bytes);
        if (!kind.isEmpty()) {
            result.error = displayName + QStringLiteral(": (top level): expected a JSON object, got ") + kind;
            return result;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = displayName + QStringLiteral(": ") + JsonReader::syntaxError(bytes, parseError);
        return result;
    }
    if (!doc.isObject()) {
        result.error = displayName + QStringLiteral(": (top level): expected a JSON object, got an array");
        return result;
    }
    if (const auto problem = firstTextProblem(bytes)) {
        result.error = displayName + QStringLiteral(": ") + problem->path + QStringLiteral(": ") + problem->message;
        return result;
    }
    try {
        const QJsonObject o = doc.object();
        Scenario& s = result.scenario;
        s.name = name.toStdString();
        JsonReader::onlyKeys(o, QString(),
            { QStringLiteral("format"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("watch"),
                QStringLiteral("profile"), QStringLiteral("params"), QStringLiteral("client"), QStringLiteral("server"),
                QStringLiteral("steps"), QStringLiteral("faults"), QStringLiteral("run_until_ms"),
                QStringLiteral("expect"), QStringLiteral("compare_with"), QStringLiteral("questions"),
                QStringLiteral("mission") });
        JsonReader::required(o, QString(), QStringLiteral("format"));
        JsonReader::oneOf(
            o.value(QStringLiteral("format")), QStringLiteral("format"), { QStringLiteral("tcplab-scenario/1") });
        if (o.contains(QStringLiteral("title")))
            s.title = readText(o.value(QStringLiteral("title")), QStringLiteral("title"));
        if (o.contains(QStringLiteral("summary")))
            s.summary = readText(o.value(QStringLiteral("summary")), QStringLiteral("summary"));
        if (o.contains(QStringLiteral("watch")))
            s.watch = readText(o.value(QStringLiteral("watch")), QStringLiteral("watch"));
        if (o.contains(QStringLiteral("compare_with")))
            s.compareWith
                = JsonReader::string(o.value(QStringLiteral("compare_with")), QStringLiteral("compare_with"), 1000)
                      .toStdString();
        if (o.contains(QStringLiteral("profile")))
            s.profile = JsonReader::oneOf(o.value(QStringLiteral("profile")), QStringLiteral("profile"),
                { QStringLiteral("rfc9293"), QStringLiteral("linux"), QStringLiteral("windows") })
                            .toStdString();
        s.spec.params = *profileDefaults(s.profile);
        if (o.contains(QStringLiteral("params")))
            readParams(JsonReader::object(o.value(QStringLiteral("params")), QStringLiteral("params")), s);
        if (o.contains(QStringLiteral("client")))
            s.spec.client = readPeerSpec(o.value(QStringLiteral("client")), QStringLiteral("client"), s.spec.client);
        if (o.contains(QStringLiteral("server")))
            s.spec.server = readPeerSpec(o.value(QStringLiteral("server")), QStringLiteral("server"), s.spec.server);
        if (s.spec.client.addr == s.spec.server.addr)
            JsonReader::failText(
                QStringLiteral("server.addr"), QStringLiteral("expected an address different from client.addr"));
        JsonReader::required(o, QString(), QStringLiteral("steps"));
        const QJsonArray steps
            = JsonReader::array(o.value(QStringLiteral("steps")), QStringLiteral("steps"), kMaxSteps);
        for (int i = 0; i < steps.size(); ++i)
            s.spec.steps.push_back(readStep(steps.at(i), indexPath(QStringLiteral("steps"), i)));
        checkTriggersCanHappen(s.spec.steps);
        // A flood without an interval puts all its SYNs in flight at once: bound the whole
        // scenario, not only each step, so that a 7 KB file cannot ask for gigabytes.
        long long floodSyns = 0;
        for (std::size_t i = 0; i < s.spec.steps.size(); ++i) {
            if (s.spec.steps[i].action.kind == ActionKind::SynFlood
                && (floodSyns += s.spec.steps[i].action.count) > kMaxFloodSyns)
                JsonReader::failText(
                    childPath(indexPath(QStringLiteral("steps"), static_cast<int>(i)), QStringLiteral("count")),
                    QStringLiteral("expected at most %1 spoofed SYNs in the whole scenario, got %2 up to this step")
                        .arg(kMaxFloodSyns)
                        .arg(floodSyns));
        }
        if (o.contains(QStringLiteral("faults"))) {
            const QJsonArray faults
                = JsonReader::array(o.value(QStringLiteral("faults")), QStringLiteral("faults"), kMaxFaults);
            for (int i = 0; i < faults.size(); ++i)
                s.spec.faults.push_back(readFault(faults.at(i), indexPath(QStringLiteral("faults"), i)));
        }
        if (o.contains(QStringLiteral("run_until_ms")))
            s.spec.runUntilUs = msToUs(JsonReader::integer(
                o.value(QStringLiteral("run_until_ms")), QStringLiteral("run_until_ms"), 0, kMaxTimeMs));
        if (o.contains(QStringLiteral("expect"))) {
            const QJsonArray expect
                = JsonReader::array(o.value(QStringLiteral("expect")), QStringLiteral("expect"), kMaxExpect);
            for (int i = 0; i < expect.size(); ++i)
                s.expect.push_back(readExpectation(expect.at(i), indexPath(QStringLiteral("expect"), i)));
        }
        readLearningParts(o, s); // question_loader.cpp
    } catch (const JsonError& error) {
        result.error = displayName + QStringLiteral(": ")
            + (error.path.isEmpty() ? QStringLiteral("(top level)") : error.path) + QStringLiteral(": ")
            + error.expected;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace tcplab
