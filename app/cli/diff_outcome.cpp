#include "diff_outcome.h"

#include "ladder_text.h"
#include "trace_fields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace tcplab;

namespace {

QString quoted(const std::string& text)
{
    return QStringLiteral("\"%1\"").arg(QString::fromStdString(jsonEscape(text)));
}

OutcomeFact statesFact(const TraceSummary& summary, Peer peer)
{
    OutcomeFact fact { std::string(peerName(peer)) + ".states", QString::fromLatin1(peerName(peer)) + " states", {},
        {} };
    QJsonArray states;
    QStringList words;
    for (TcpState state : summary.states(peer)) {
        states.append(QString::fromLatin1(stateName(state)));
        words << QString::fromLatin1(stateName(state));
    }
    fact.json = states;
    fact.text << (words.isEmpty() ? QStringLiteral("none") : words.join(QLatin1Char(' ')));
    return fact;
}

OutcomeFact finalFact(const TraceSummary& summary, Peer peer)
{
    OutcomeFact fact { std::string(peerName(peer)) + ".final", QString::fromLatin1(peerName(peer)) + " final state", {},
        {} };
    const auto state = summary.finalState(peer);
    fact.json = state ? QJsonValue(QString::fromLatin1(stateName(*state))) : QJsonValue(QJsonValue::Null);
    fact.text << (state ? QString::fromLatin1(stateName(*state)) : QStringLiteral("none"));
    return fact;
}

OutcomeFact appFact(const TraceSummary& summary, Peer peer)
{
    OutcomeFact fact { std::string(peerName(peer)) + ".app",
        QString::fromLatin1(peerName(peer)) + " application events", {}, {} };
    QJsonObject counts;
    QStringList parts;
    for (AppEventKind kind : TraceSummary::kCountedApp) {
        const QString name = QString::fromLatin1(appEventName(kind));
        const long long n = summary.appCount(peer, kind);
        counts.insert(name, n);
        parts << QStringLiteral("%1 %2").arg(name).arg(n);
    }
    fact.json = counts;
    fact.text << parts.join(QStringLiteral(", "));
    return fact;
}

OutcomeFact receivedFact(const TraceSummary& summary, Peer peer)
{
    OutcomeFact fact { std::string(peerName(peer)) + ".received", QString::fromLatin1(peerName(peer)) + " received", {},
        {} };
    QJsonArray received;
    QStringList parts;
    for (const TraceSummary::Received& r : summary.received(peer)) {
        received.append(QJsonObject {
            { QStringLiteral("sock"), r.sock }, { QStringLiteral("text"), QString::fromStdString(r.text) } });
        parts << QStringLiteral("sock %1 %2").arg(r.sock).arg(quoted(r.text));
    }
    fact.json = received;
    fact.text << (parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", ")));
    return fact;
}

// "1.960 s: server sock 3 accepted ACK|PSH seq=1001 ack=5001 len=13 "GET /old-page" of
// incarnation 1 (segment 5, a copy of segment 4 made by the network)"
QString strayText(const TraceSummary::Stray& stray)
{
    Segment shown = stray.segment;
    if (shown.text)
        shown.text = std::make_shared<const std::string>(jsonEscape(*shown.text));
    QString text = QStringLiteral("%1: %2 sock %3 %4 %5 of incarnation %6 (segment %7")
                       .arg(QString::fromStdString(secondsText(stray.t_us)), QString::fromLatin1(peerName(stray.peer)))
                       .arg(stray.sock)
                       .arg(stray.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"),
                           QString::fromStdString(segmentLabel(shown)))
                       .arg(stray.segment.incarnation)
                       .arg(stray.segment.id);
    if (stray.segment.copyOf != 0)
        text += QStringLiteral(", a copy of segment %1 made by the network").arg(stray.segment.copyOf);
    return text + QLatin1Char(')');
}

OutcomeFact strayFact(const TraceSummary& summary, bool accepted)
{
    OutcomeFact fact { accepted ? "strays.accepted" : "strays.rejected",
        accepted ? QStringLiteral("strays accepted") : QStringLiteral("strays rejected"), {}, {} };
    QJsonArray strays;
    for (const TraceSummary::Stray& stray : summary.strays()) {
        if (stray.accepted != accepted)
            continue;
        // The stray's own trace line, so a grader finds it in the trace as it is.
        TraceEvent event;
        event.kind = TraceKind::Stray;
        event.t_us = stray.t_us;
        event.peer = stray.peer;
        event.sock = stray.sock;
        event.segment = &stray.segment;
        event.accepted = stray.accepted;
        strays.append(QJsonDocument::fromJson(QByteArray::fromStdString(traceToJsonLine(event))).object());
        fact.text << strayText(stray);
    }
    fact.json = strays;
    if (fact.text.isEmpty())
        fact.text << QStringLiteral("none");
    return fact;
}

OutcomeFact dropsFact(const TraceSummary& summary)
{
    OutcomeFact fact { "drops", QStringLiteral("segments dropped"), {}, {} };
    QJsonObject counts;
    QStringList parts;
    for (const auto& [reason, n] : summary.drops()) {
        const QString name = QString::fromLatin1(dropReasonName(reason));
        counts.insert(name, n);
        parts << QStringLiteral("%1 %2").arg(name).arg(n);
    }
    fact.json = counts;
    fact.text << (parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", ")));
    return fact;
}

} // namespace

std::vector<OutcomeFact> outcomeFacts(const TraceSummary& summary)
{
    constexpr Peer kPeers[] = { Peer::Client, Peer::Server };
    std::vector<OutcomeFact> facts;
    for (Peer peer : kPeers)
        facts.push_back(statesFact(summary, peer));
    facts.push_back(strayFact(summary, true));
    facts.push_back(strayFact(summary, false));
    for (Peer peer : kPeers)
        facts.push_back(appFact(summary, peer));
    for (Peer peer : kPeers)
        facts.push_back(receivedFact(summary, peer));
    facts.push_back(dropsFact(summary));
    for (Peer peer : kPeers)
        facts.push_back(finalFact(summary, peer));
    return facts;
}

QJsonObject outcomeJson(const std::vector<OutcomeFact>& facts)
{
    QJsonObject out;
    for (const OutcomeFact& fact : facts) {
        const QString key = QString::fromStdString(fact.key);
        if (!key.contains(QLatin1Char('.'))) {
            out.insert(key, fact.json);
            continue;
        }
        const QString group = key.section(QLatin1Char('.'), 0, 0);
        QJsonObject inner = out.value(group).toObject();
        inner.insert(key.section(QLatin1Char('.'), 1), fact.json);
        out.insert(group, inner);
    }
    return out;
}
