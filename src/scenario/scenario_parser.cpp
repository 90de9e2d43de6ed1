// ScenarioLoader::fromJson: the scenario format (docs/scenario-format.md) key by key.
#include "json_reader.h"
#include "scenario_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>

namespace tcplab {

namespace {

constexpr int kMaxSteps = 10000;
constexpr int kMaxFaults = 1000;
constexpr long long kMaxFloodSyns = 100000;
constexpr int kMaxExpect = 1000;

const QStringList kPeers = {QStringLiteral("client"), QStringLiteral("server")};

QStringList stateNames()
{
    QStringList out;
    for (int i = 0; i < kTcpStateCount; ++i)
        out << QString::fromUtf8(stateName(static_cast<TcpState>(i)).data());
    return out;
}

QStringList appEventNames()
{
    QStringList out;
    for (int i = 0; i < kAppEventKindCount; ++i)
        out << QString::fromUtf8(appEventName(static_cast<AppEventKind>(i)).data());
    return out;
}

Peer readPeer(const QJsonValue& v, const QString& path)
{
    return *parsePeer(JsonReader::oneOf(v, path, kPeers).toStdString());
}

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
    JsonReader::onlyKeys(o, path, {QStringLiteral("en"), QStringLiteral("zh_CN")});
    if (o.contains(QStringLiteral("en")))
        text.en = JsonReader::string(o.value(QStringLiteral("en")), childPath(path, QStringLiteral("en")), 20000).toStdString();
    if (o.contains(QStringLiteral("zh_CN")))
        text.zh_CN = JsonReader::string(o.value(QStringLiteral("zh_CN")), childPath(path, QStringLiteral("zh_CN")), 20000).toStdString();
    return text;
}

// Renders a JSON scalar as the text setParamFromText() takes.
QString scalarText(const QJsonValue& v, const QString& path)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && d > -9e15 && d < 9e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String: return v.toString();
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
            if (!value.isNull() && (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())
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
            JsonReader::oneOf(value, keyPath, {QStringLiteral("clock"), QStringLiteral("random"), QStringLiteral("fixed")});
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
    QStringList topKeys;
    for (const ParamInfo& info : paramTable()) {
        const QString key = QString::fromStdString(info.key);
        if (!key.startsWith(QStringLiteral("keepalive.")))
            topKeys << key;
    }
    topKeys << QStringLiteral("keepalive");
    JsonReader::onlyKeys(o, path, topKeys);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString keyPath = childPath(path, it.key());
        if (it.key() == QStringLiteral("keepalive")) {
            const QJsonObject ka = JsonReader::object(it.value(), keyPath);
            JsonReader::onlyKeys(ka, keyPath, {QStringLiteral("enabled"), QStringLiteral("time_ms"),
                                               QStringLiteral("interval_ms"), QStringLiteral("probes")});
            for (auto k = ka.begin(); k != ka.end(); ++k)
                apply(QStringLiteral("keepalive.") + k.key(), k.value(), childPath(keyPath, k.key()));
        } else {
            apply(it.key(), it.value(), keyPath);
        }
    }
}

PeerSpec readPeerSpec(const QJsonValue& v, const QString& path, PeerSpec defaults)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path, {QStringLiteral("addr"), QStringLiteral("port")});
    PeerSpec spec = defaults;
    if (o.contains(QStringLiteral("addr"))) {
        const QString p = childPath(path, QStringLiteral("addr"));
        const QJsonValue value = o.value(QStringLiteral("addr"));
        if (!value.isString() || !parseAddress(value.toString().toStdString(), spec.addr))
            JsonReader::fail(p, QStringLiteral("an IPv4 address such as \"192.0.2.1\""), value);
    }
    if (o.contains(QStringLiteral("port")))
        spec.port = static_cast<std::uint16_t>(JsonReader::integer(o.value(QStringLiteral("port")), childPath(path, QStringLiteral("port")), 1, 65535));
    return spec;
}

Trigger readAfter(const QJsonValue& v, const QString& path)
{
    const QString text = JsonReader::string(v, path, 100);
    const QString expected = QStringLiteral("\"PEER:STATE\" or \"PEER:EVENT\" (PEER client or server; STATE such as ESTABLISHED; EVENT one of %1)")
                                 .arg(appEventNames().join(QStringLiteral(", ")));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        JsonReader::fail(path, expected, v);
    const auto peer = parsePeer(text.left(colon).toStdString());
    if (!peer)
        JsonReader::fail(path, expected, v);
    const std::string what = text.mid(colon + 1).toStdString();
    if (auto state = parseState(what))
        return Trigger::afterEvent({*peer, *state});
    AppEventKind app;
    if (parseAppEvent(what, app))
        return Trigger::afterEvent({*peer, app});
    JsonReader::fail(path, expected, v);
}

Step readStep(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::required(o, path, QStringLiteral("do"));
    JsonReader::required(o, path, QStringLiteral("peer"));
    static const QStringList kActions = {QStringLiteral("listen"),   QStringLiteral("connect"),
                                         QStringLiteral("send"),     QStringLiteral("close"),
                                         QStringLiteral("shutdown"), QStringLiteral("abort"),
                                         QStringLiteral("crash"),    QStringLiteral("never_close"),
                                         QStringLiteral("syn_flood")};
    const QString act = JsonReader::oneOf(o.value(QStringLiteral("do")), childPath(path, QStringLiteral("do")), kActions);
    QStringList allowed = {QStringLiteral("do"), QStringLiteral("peer"), QStringLiteral("at_ms"),
                           QStringLiteral("after"), QStringLiteral("delay_ms"), QStringLiteral("independent")};
    Step step;
    step.action.kind = static_cast<ActionKind>(kActions.indexOf(act));
    step.action.peer = readPeer(o.value(QStringLiteral("peer")), childPath(path, QStringLiteral("peer")));
    auto field = [&](const char* key) { return childPath(path, QString::fromLatin1(key)); };
    switch (step.action.kind) {
    case ActionKind::Send:
        allowed << QStringLiteral("bytes") << QStringLiteral("text");
        if (o.contains(QStringLiteral("bytes")) == o.contains(QStringLiteral("text")))
            JsonReader::failText(path, QStringLiteral("a send step needs exactly one of \"bytes\" or \"text\""));
        if (o.contains(QStringLiteral("bytes")))
            step.action.bytes = static_cast<std::uint32_t>(JsonReader::integer(o.value(QStringLiteral("bytes")), field("bytes"), 1, 10'000'000));
        else
            step.action.text = JsonReader::string(o.value(QStringLiteral("text")), field("text"), 65536).toStdString();
        if (step.action.text && step.action.text->empty())
            JsonReader::failText(field("text"), QStringLiteral("expected at least one character"));
        break;
    case ActionKind::Connect:
        allowed << QStringLiteral("port") << QStringLiteral("isn") << QStringLiteral("ts_offset_ms");
        if (o.contains(QStringLiteral("port")))
            step.action.port = static_cast<std::uint16_t>(JsonReader::integer(o.value(QStringLiteral("port")), field("port"), 1, 65535));
        if (o.contains(QStringLiteral("isn")))
            step.action.isn = static_cast<std::uint32_t>(JsonReader::integer(o.value(QStringLiteral("isn")), field("isn"), 0, 0xFFFFFFFFLL));
        if (o.contains(QStringLiteral("ts_offset_ms")))
            step.action.tsOffsetMs = static_cast<std::uint32_t>(JsonReader::integer(o.value(QStringLiteral("ts_offset_ms")), field("ts_offset_ms"), 0, 0xFFFFFFFFLL));
        break;
    case ActionKind::Crash:
        allowed << QStringLiteral("down_ms");
        if (o.contains(QStringLiteral("down_ms")))
            step.action.downMs = JsonReader::integer(o.value(QStringLiteral("down_ms")), field("down_ms"), 0, kMaxTimeMs);
        break;
    case ActionKind::SynFlood:
        allowed << QStringLiteral("count") << QStringLiteral("interval_ms");
        JsonReader::required(o, path, QStringLiteral("count"));
        step.action.count = static_cast<int>(JsonReader::integer(o.value(QStringLiteral("count")), field("count"), 1, 100000));
        if (o.contains(QStringLiteral("interval_ms")))
            step.action.intervalMs = JsonReader::integer(o.value(QStringLiteral("interval_ms")), field("interval_ms"), 0, 3'600'000);
        break;
    default:
        break;
    }
    JsonReader::onlyKeys(o, path, allowed);
    const bool hasAt = o.contains(QStringLiteral("at_ms"));
    const bool hasAfter = o.contains(QStringLiteral("after"));
    if (hasAt == hasAfter)
        JsonReader::failText(path, QStringLiteral("a step needs exactly one trigger: \"at_ms\" or \"after\""));
    if (hasAt) {
        step.trigger = Trigger::at(msToUs(JsonReader::integer(o.value(QStringLiteral("at_ms")), field("at_ms"), 0, kMaxTimeMs)));
        if (o.contains(QStringLiteral("delay_ms")))
            JsonReader::failText(field("delay_ms"), QStringLiteral("only an \"after\" step takes delay_ms; add it to at_ms instead"));
        if (o.contains(QStringLiteral("independent")))
            step.independent = JsonReader::boolean(o.value(QStringLiteral("independent")), field("independent"));
    } else {
        if (o.contains(QStringLiteral("independent")))
            JsonReader::failText(field("independent"), QStringLiteral("only an \"at_ms\" step can be independent"));
        step.trigger = readAfter(o.value(QStringLiteral("after")), field("after"));
        if (o.contains(QStringLiteral("delay_ms")))
            step.trigger.delayUs = msToUs(JsonReader::integer(o.value(QStringLiteral("delay_ms")), field("delay_ms"), 0, kMaxTimeMs));
    }
    return step;
}

// An `after` step waits for an event of one peer. Only that peer's own listen or connect can
// start anything there (and only some action of it can fail with "error"), so an `after` naming
// a peer no earlier step has set going would wait forever: most likely a typo in the peer.
// Independent steps run at their own time, so they count as earlier whatever their place.
void checkTriggersCanHappen(const std::vector<Step>& steps)
{
    std::array<bool, 2> opened{}, acted{};
    auto mark = [&](const Step& step) {
        const int who = static_cast<int>(step.action.peer);
        acted[who] = true;
        opened[who] = opened[who] || step.action.kind == ActionKind::Listen || step.action.kind == ActionKind::Connect;
    };
    for (const Step& step : steps)
        if (step.independent)
            mark(step);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (const auto& after = steps[i].trigger.after) {
            const int who = static_cast<int>(after->peer);
            const auto* app = std::get_if<AppEventKind>(&after->what);
            const bool error = app && *app == AppEventKind::Error;
            if (!(error ? acted[who] : opened[who])) {
                const QString peer = QString::fromUtf8(peerName(after->peer).data());
                JsonReader::failText(childPath(indexPath(QStringLiteral("steps"), static_cast<int>(i)), QStringLiteral("after")),
                                     QStringLiteral("expected an event an earlier step can cause; no step before it makes the %1 %2, so it waits forever")
                                         .arg(peer, error ? QStringLiteral("do anything") : QStringLiteral("listen or connect")));
            }
        }
        mark(steps[i]);
    }
}

FaultSpec readFault(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path, {QStringLiteral("peer"), QStringLiteral("match"), QStringLiteral("nth"),
                                   QStringLiteral("do"), QStringLiteral("delay_ms")});
    for (const char* key : {"peer", "match", "nth", "do"})
        JsonReader::required(o, path, QString::fromLatin1(key));
    FaultSpec f;
    f.peer = readPeer(o.value(QStringLiteral("peer")), childPath(path, QStringLiteral("peer")));
    const QString match = JsonReader::oneOf(o.value(QStringLiteral("match")), childPath(path, QStringLiteral("match")),
                                            {QStringLiteral("SYN"), QStringLiteral("SYN|ACK"), QStringLiteral("ACK"),
                                             QStringLiteral("DATA"), QStringLiteral("FIN"), QStringLiteral("RST"),
                                             QStringLiteral("ANY")});
    parseSegmentClass(match.toStdString(), f.match);
    f.nth = static_cast<int>(JsonReader::integer(o.value(QStringLiteral("nth")), childPath(path, QStringLiteral("nth")), 1, 1'000'000));
    const QString act = JsonReader::oneOf(o.value(QStringLiteral("do")), childPath(path, QStringLiteral("do")),
                                          {QStringLiteral("drop"), QStringLiteral("delay"), QStringLiteral("duplicate")});
    f.action = act == QStringLiteral("drop") ? FaultAction::Drop
             : act == QStringLiteral("delay") ? FaultAction::Delay : FaultAction::Duplicate;
    if (f.action != FaultAction::Drop) {
        JsonReader::required(o, path, QStringLiteral("delay_ms"));
        f.delayMs = JsonReader::integer(o.value(QStringLiteral("delay_ms")), childPath(path, QStringLiteral("delay_ms")), 0, kMaxTimeMs);
    } else if (o.contains(QStringLiteral("delay_ms"))) {
        JsonReader::failText(childPath(path, QStringLiteral("delay_ms")), QStringLiteral("a drop takes no delay_ms"));
    }
    return f;
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
            JsonReader::onlyKeys(o, path, {QStringLiteral("peer"), QStringLiteral("states")});
            e.kind = Expectation::Kind::States;
            const QString sp = childPath(path, QStringLiteral("states"));
            const QJsonArray a = JsonReader::array(o.value(QStringLiteral("states")), sp, 10000);
            for (int i = 0; i < a.size(); ++i)
                e.states.push_back(*parseState(JsonReader::oneOf(a.at(i), indexPath(sp, i), stateNames()).toStdString()));
        } else {
            JsonReader::onlyKeys(o, path, {QStringLiteral("peer"), QStringLiteral("final")});
            e.kind = Expectation::Kind::Final;
            e.finalState = *parseState(JsonReader::oneOf(o.value(QStringLiteral("final")), childPath(path, QStringLiteral("final")), stateNames()).toStdString());
        }
        return e;
    }
    if (!o.contains(QStringLiteral("event")))
        JsonReader::failText(path, QStringLiteral("an expectation needs \"states\", \"final\" (with \"peer\") or \"event\""));
    e.kind = Expectation::Kind::EventCount;
    e.event = JsonReader::oneOf(o.value(QStringLiteral("event")), childPath(path, QStringLiteral("event")),
                                {QStringLiteral("state"), QStringLiteral("send"), QStringLiteral("arrive"),
                                 QStringLiteral("drop"), QStringLiteral("timer"), QStringLiteral("app"),
                                 QStringLiteral("stray"), QStringLiteral("note")}).toStdString();
    static const QStringList kFilterKeys = {
        QStringLiteral("peer"), QStringLiteral("sock"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("cause"), QStringLiteral("reason"), QStringLiteral("timer"), QStringLiteral("what"),
        QStringLiteral("due_us"), QStringLiteral("backoff"), QStringLiteral("bytes"), QStringLiteral("accepted"),
        QStringLiteral("detail"), QStringLiteral("text"), QStringLiteral("t_us"), QStringLiteral("id"),
        QStringLiteral("flags"), QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("len"),
        QStringLiteral("inc"), QStringLiteral("copy_of"), QStringLiteral("tsval"), QStringLiteral("tsecr")};
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
        result.error = displayName + QStringLiteral(": (top level): expected a scenario of at most %1 bytes, got %2 bytes")
                                         .arg(kMaxFileBytes).arg(bytes.size());
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        result.error = displayName + QStringLiteral(": (top level): expected a JSON object with \"format\": \"tcplab-scenario/1\", got an empty file");
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.error = displayName + QStringLiteral(": line 1, column 1: expected UTF-8 JSON without a byte order mark, got a BOM (save the file without BOM)");
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
    try {
        const QJsonObject o = doc.object();
        Scenario& s = result.scenario;
        s.name = name.toStdString();
        JsonReader::onlyKeys(o, QString(), {QStringLiteral("format"), QStringLiteral("title"), QStringLiteral("summary"),
                                            QStringLiteral("watch"), QStringLiteral("profile"), QStringLiteral("params"),
                                            QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("steps"),
                                            QStringLiteral("faults"), QStringLiteral("run_until_ms"), QStringLiteral("expect"),
                                            QStringLiteral("compare_with")});
        JsonReader::required(o, QString(), QStringLiteral("format"));
        JsonReader::oneOf(o.value(QStringLiteral("format")), QStringLiteral("format"), {QStringLiteral("tcplab-scenario/1")});
        if (o.contains(QStringLiteral("title")))
            s.title = readText(o.value(QStringLiteral("title")), QStringLiteral("title"));
        if (o.contains(QStringLiteral("summary")))
            s.summary = readText(o.value(QStringLiteral("summary")), QStringLiteral("summary"));
        if (o.contains(QStringLiteral("watch")))
            s.watch = readText(o.value(QStringLiteral("watch")), QStringLiteral("watch"));
        if (o.contains(QStringLiteral("compare_with")))
            s.compareWith = JsonReader::string(o.value(QStringLiteral("compare_with")), QStringLiteral("compare_with"), 1000)
                                .toStdString();
        if (o.contains(QStringLiteral("profile")))
            s.profile = JsonReader::oneOf(o.value(QStringLiteral("profile")), QStringLiteral("profile"),
                                          {QStringLiteral("rfc9293"), QStringLiteral("linux"), QStringLiteral("windows")}).toStdString();
        s.spec.params = *profileDefaults(s.profile);
        if (o.contains(QStringLiteral("params")))
            readParams(JsonReader::object(o.value(QStringLiteral("params")), QStringLiteral("params")), s);
        if (o.contains(QStringLiteral("client")))
            s.spec.client = readPeerSpec(o.value(QStringLiteral("client")), QStringLiteral("client"), s.spec.client);
        if (o.contains(QStringLiteral("server")))
            s.spec.server = readPeerSpec(o.value(QStringLiteral("server")), QStringLiteral("server"), s.spec.server);
        if (s.spec.client.addr == s.spec.server.addr)
            JsonReader::failText(QStringLiteral("server.addr"), QStringLiteral("expected an address different from client.addr"));
        JsonReader::required(o, QString(), QStringLiteral("steps"));
        const QJsonArray steps = JsonReader::array(o.value(QStringLiteral("steps")), QStringLiteral("steps"), kMaxSteps);
        for (int i = 0; i < steps.size(); ++i)
            s.spec.steps.push_back(readStep(steps.at(i), indexPath(QStringLiteral("steps"), i)));
        checkTriggersCanHappen(s.spec.steps);
        // A flood without an interval puts all its SYNs in flight at once: bound the whole
        // scenario, not only each step, so that a 7 KB file cannot ask for gigabytes.
        long long floodSyns = 0;
        for (std::size_t i = 0; i < s.spec.steps.size(); ++i) {
            if (s.spec.steps[i].action.kind == ActionKind::SynFlood && (floodSyns += s.spec.steps[i].action.count) > kMaxFloodSyns)
                JsonReader::failText(childPath(indexPath(QStringLiteral("steps"), static_cast<int>(i)), QStringLiteral("count")),
                                     QStringLiteral("expected at most %1 spoofed SYNs in the whole scenario, got %2 up to this step")
                                         .arg(kMaxFloodSyns).arg(floodSyns));
        }
        if (o.contains(QStringLiteral("faults"))) {
            const QJsonArray faults = JsonReader::array(o.value(QStringLiteral("faults")), QStringLiteral("faults"), kMaxFaults);
            for (int i = 0; i < faults.size(); ++i)
                s.spec.faults.push_back(readFault(faults.at(i), indexPath(QStringLiteral("faults"), i)));
        }
        if (o.contains(QStringLiteral("run_until_ms")))
            s.spec.runUntilUs = msToUs(JsonReader::integer(o.value(QStringLiteral("run_until_ms")), QStringLiteral("run_until_ms"), 0, kMaxTimeMs));
        if (o.contains(QStringLiteral("expect"))) {
            const QJsonArray expect = JsonReader::array(o.value(QStringLiteral("expect")), QStringLiteral("expect"), kMaxExpect);
            for (int i = 0; i < expect.size(); ++i)
                s.expect.push_back(readExpectation(expect.at(i), indexPath(QStringLiteral("expect"), i)));
        }
    } catch (const JsonError& error) {
        result.error = displayName + QStringLiteral(": ") + (error.path.isEmpty() ? QStringLiteral("(top level)") : error.path)
            + QStringLiteral(": ") + error.expected;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace tcplab
