// ScenarioLoader::fromJson, continued: steps (actions and triggers) and faults.
#include "json_reader.h"
#include "scenario_parser_parts.h"

#include <array>

namespace tcplab::parse {

const QStringList kPeers = { QStringLiteral("client"), QStringLiteral("server") };

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

Trigger readAfter(const QJsonValue& v, const QString& path)
{
    const QString text = JsonReader::string(v, path, 100);
    const QString expected = QStringLiteral(
        "\"PEER:STATE\" or \"PEER:EVENT\" (PEER client or server; STATE such as ESTABLISHED; EVENT one of %1)")
                                 .arg(appEventNames().join(QStringLiteral(", ")));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        JsonReader::fail(path, expected, v);
    const auto peer = parsePeer(text.left(colon).toStdString());
    if (!peer)
        JsonReader::fail(path, expected, v);
    const std::string what = text.mid(colon + 1).toStdString();
    if (auto state = parseState(what))
        return Trigger::afterEvent({ *peer, *state });
    AppEventKind app;
    if (parseAppEvent(what, app))
        return Trigger::afterEvent({ *peer, app });
    JsonReader::fail(path, expected, v);
}

Step readStep(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::required(o, path, QStringLiteral("do"));
    JsonReader::required(o, path, QStringLiteral("peer"));
    static const QStringList kActions = { QStringLiteral("listen"), QStringLiteral("connect"), QStringLiteral("send"),
        QStringLiteral("close"), QStringLiteral("shutdown"), QStringLiteral("abort"), QStringLiteral("crash"),
        QStringLiteral("never_close"), QStringLiteral("syn_flood"), QStringLiteral("stop_reading") };
    const QString act
        = JsonReader::oneOf(o.value(QStringLiteral("do")), childPath(path, QStringLiteral("do")), kActions);
    QStringList allowed = { QStringLiteral("do"), QStringLiteral("peer"), QStringLiteral("at_ms"),
        QStringLiteral("after"), QStringLiteral("delay_ms"), QStringLiteral("independent") };
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
            step.action.bytes = static_cast<std::uint32_t>(
                JsonReader::integer(o.value(QStringLiteral("bytes")), field("bytes"), 1, 10'000'000));
        else
            step.action.text = JsonReader::string(o.value(QStringLiteral("text")), field("text"), 65536).toStdString();
        if (step.action.text && step.action.text->empty())
            JsonReader::failText(field("text"), QStringLiteral("expected at least one character"));
        break;
    case ActionKind::Connect:
        allowed << QStringLiteral("port") << QStringLiteral("reuseaddr") << QStringLiteral("isn")
                << QStringLiteral("ts_offset_ms");
        if (o.contains(QStringLiteral("port"))) {
            // A number is an explicit bind(); "auto" lets the kernel choose from params.port_range.
            const QJsonValue port = o.value(QStringLiteral("port"));
            if (port.isString() && port.toString() == QStringLiteral("auto"))
                step.action.portAuto = true;
            else if (port.isDouble())
                step.action.port = static_cast<std::uint16_t>(JsonReader::integer(port, field("port"), 1, 65535));
            else
                JsonReader::fail(field("port"), QStringLiteral("an integer from 1 to 65535 or \"auto\""), port);
        }
        if (o.contains(QStringLiteral("reuseaddr"))) {
            step.action.reuseAddr = JsonReader::boolean(o.value(QStringLiteral("reuseaddr")), field("reuseaddr"));
            if (step.action.reuseAddr && step.action.portAuto)
                JsonReader::failText(field("reuseaddr"),
                    QStringLiteral("expected no \"reuseaddr\" with \"port\": \"auto\" (SO_REUSEADDR "
                                   "concerns an explicit bind())"));
        }
        if (o.contains(QStringLiteral("isn")))
            step.action.isn = static_cast<std::uint32_t>(
                JsonReader::integer(o.value(QStringLiteral("isn")), field("isn"), 0, 0xFFFFFFFFLL));
        if (o.contains(QStringLiteral("ts_offset_ms")))
            step.action.tsOffsetMs = static_cast<std::uint32_t>(
                JsonReader::integer(o.value(QStringLiteral("ts_offset_ms")), field("ts_offset_ms"), 0, 0xFFFFFFFFLL));
        break;
    case ActionKind::Crash:
        allowed << QStringLiteral("down_ms");
        if (o.contains(QStringLiteral("down_ms")))
            step.action.downMs
                = JsonReader::integer(o.value(QStringLiteral("down_ms")), field("down_ms"), 0, kMaxTimeMs);
        break;
    case ActionKind::SynFlood:
        allowed << QStringLiteral("count") << QStringLiteral("interval_ms");
        JsonReader::required(o, path, QStringLiteral("count"));
        step.action.count
            = static_cast<int>(JsonReader::integer(o.value(QStringLiteral("count")), field("count"), 1, 100000));
        if (o.contains(QStringLiteral("interval_ms")))
            step.action.intervalMs
                = JsonReader::integer(o.value(QStringLiteral("interval_ms")), field("interval_ms"), 0, 3'600'000);
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
        step.trigger
            = Trigger::at(msToUs(JsonReader::integer(o.value(QStringLiteral("at_ms")), field("at_ms"), 0, kMaxTimeMs)));
        if (o.contains(QStringLiteral("delay_ms")))
            JsonReader::failText(
                field("delay_ms"), QStringLiteral("only an \"after\" step takes delay_ms; add it to at_ms instead"));
        if (o.contains(QStringLiteral("independent")))
            step.independent = JsonReader::boolean(o.value(QStringLiteral("independent")), field("independent"));
    } else {
        if (o.contains(QStringLiteral("independent")))
            JsonReader::failText(field("independent"), QStringLiteral("only an \"at_ms\" step can be independent"));
        step.trigger = readAfter(o.value(QStringLiteral("after")), field("after"));
        if (o.contains(QStringLiteral("delay_ms")))
            step.trigger.delayUs
                = msToUs(JsonReader::integer(o.value(QStringLiteral("delay_ms")), field("delay_ms"), 0, kMaxTimeMs));
    }
    return step;
}

// An `after` step waits for an event of one peer. Only that peer's own listen or connect can
// start anything there (and only some action of it can fail with "error"), so an `after` naming
// a peer no earlier step has set going would wait forever: most likely a typo in the peer.
// Independent steps run at their own time, so they count as earlier whatever their place.
void checkTriggersCanHappen(const std::vector<Step>& steps)
{
    std::array<bool, 2> opened {}, acted {};
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
                JsonReader::failText(
                    childPath(indexPath(QStringLiteral("steps"), static_cast<int>(i)), QStringLiteral("after")),
                    QStringLiteral("expected an event an earlier step can cause; no step before it makes the %1 %2, so "
                                   "it waits forever")
                        .arg(peer, error ? QStringLiteral("do anything") : QStringLiteral("listen or connect")));
            }
        }
        mark(steps[i]);
    }
}

FaultSpec readFault(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path,
        { QStringLiteral("peer"), QStringLiteral("match"), QStringLiteral("nth"), QStringLiteral("do"),
            QStringLiteral("delay_ms") });
    for (const char* key : { "peer", "match", "nth", "do" })
        JsonReader::required(o, path, QString::fromLatin1(key));
    FaultSpec f;
    f.peer = readPeer(o.value(QStringLiteral("peer")), childPath(path, QStringLiteral("peer")));
    const QString match = JsonReader::oneOf(o.value(QStringLiteral("match")), childPath(path, QStringLiteral("match")),
        { QStringLiteral("SYN"), QStringLiteral("SYN|ACK"), QStringLiteral("ACK"), QStringLiteral("DATA"),
            QStringLiteral("FIN"), QStringLiteral("RST"), QStringLiteral("ANY") });
    parseSegmentClass(match.toStdString(), f.match);
    f.nth = static_cast<int>(
        JsonReader::integer(o.value(QStringLiteral("nth")), childPath(path, QStringLiteral("nth")), 1, 1'000'000));
    const QString act = JsonReader::oneOf(o.value(QStringLiteral("do")), childPath(path, QStringLiteral("do")),
        { QStringLiteral("drop"), QStringLiteral("delay"), QStringLiteral("duplicate") });
    f.action = act == QStringLiteral("drop") ? FaultAction::Drop
        : act == QStringLiteral("delay")     ? FaultAction::Delay
                                             : FaultAction::Duplicate;
    if (f.action != FaultAction::Drop) {
        JsonReader::required(o, path, QStringLiteral("delay_ms"));
        f.delayMs = JsonReader::integer(
            o.value(QStringLiteral("delay_ms")), childPath(path, QStringLiteral("delay_ms")), 0, kMaxTimeMs);
    } else if (o.contains(QStringLiteral("delay_ms"))) {
        JsonReader::failText(childPath(path, QStringLiteral("delay_ms")), QStringLiteral("a drop takes no delay_ms"));
    }
    return f;
}

} // namespace tcplab::parse
