#include "mission_rule_text.h"

#include "teaching_text.h"

#include <QStringList>

#include <map>

namespace tcplab {

namespace {

using Filters = std::map<std::string, std::string>;

QString take(Filters& filters, const std::string& key)
{
    const auto it = filters.find(key);
    if (it == filters.end())
        return {};
    const QString value = QString::fromStdString(it->second);
    filters.erase(it);
    return value;
}

QString quoted(const QString& text)
{
    return MissionRuleText::tr("“%1”").arg(text);
}

QString subject(const QString& peer)
{
    if (peer == QLatin1String("client"))
        return MissionRuleText::tr("the client");
    if (peer == QLatin1String("server"))
        return MissionRuleText::tr("the server");
    return MissionRuleText::tr("either peer");
}

// The flags as the ladder and the event log write them ("ACK|FIN"), for the student to find there.
QString segment(const QString& flags)
{
    if (flags.isEmpty())
        return MissionRuleText::tr("a segment");
    return MissionRuleText::tr("a segment with %1").arg(flags);
}

QString appSentence(const QString& who, Filters& f)
{
    const QString what = take(f, "what");
    if (what == QLatin1String("data")) {
        const QString text = take(f, "text");
        return text.isEmpty() ? MissionRuleText::tr("%1's application reads data").arg(who)
                              : MissionRuleText::tr("%1's application reads %2").arg(who, quoted(text));
    }
    if (what == QLatin1String("error")) {
        const QString detail = take(f, "detail");
        return detail.isEmpty() ? MissionRuleText::tr("%1's application gets an error").arg(who)
                                : MissionRuleText::tr("%1's application gets the error %2").arg(who, quoted(detail));
    }
    if (what == QLatin1String("eof"))
        return MissionRuleText::tr("%1's application reads EOF, the end of the stream").arg(who);
    if (what == QLatin1String("reset"))
        return MissionRuleText::tr("%1's application is told the connection was reset").arg(who);
    if (what == QLatin1String("connected"))
        return MissionRuleText::tr("%1's connect() succeeds").arg(who);
    if (what == QLatin1String("timeout"))
        return MissionRuleText::tr("%1's connection times out and its application gets ETIMEDOUT").arg(who);
    if (what.isEmpty())
        return MissionRuleText::tr("%1's application hears of something").arg(who);
    return MissionRuleText::tr("%1's application hears %2").arg(who, quoted(what));
}

QString stateSentence(const QString& who, Filters& f)
{
    const QString from = take(f, "from");
    const QString to = take(f, "to");
    const QString cause = take(f, "cause");
    QString s;
    if (!from.isEmpty() && !to.isEmpty())
        s = MissionRuleText::tr("%1 goes from %2 to %3").arg(who, from, to);
    else if (!to.isEmpty())
        s = MissionRuleText::tr("%1 enters %2").arg(who, to);
    else if (!from.isEmpty())
        s = MissionRuleText::tr("%1 leaves %2").arg(who, from);
    else
        s = MissionRuleText::tr("%1 changes state").arg(who);
    // The core's own words for the cause, as the event log's detail shows them.
    return cause.isEmpty() ? s : MissionRuleText::tr("%1, because of %2").arg(s, quoted(cause));
}

QString dropSentence(const QString& peer, Filters& f)
{
    const QString reason = take(f, "reason");
    const QString flags = take(f, "flags");
    // A listener's full backlog refuses SYNs only (tcp_conn_request).
    const QString what
        = flags.isEmpty() && reason == QLatin1String("backlog") ? MissionRuleText::tr("a SYN") : segment(flags);
    const QString inc = take(f, "inc");
    const QString of = inc.isEmpty() ? what : MissionRuleText::tr("%1 of connection %2").arg(what, inc);
    const QString where = peer.isEmpty() ? MissionRuleText::tr("either peer") : subject(peer);
    if (reason == QLatin1String("fault"))
        return MissionRuleText::tr("a fault rule drops %1 on its way to %2").arg(of, where);
    if (reason == QLatin1String("backlog"))
        return MissionRuleText::tr("%1 drops %2 because its backlog is full").arg(where, of);
    if (reason.isEmpty())
        return MissionRuleText::tr("%1 is dropped at %2").arg(of, where);
    return MissionRuleText::tr("%1 is dropped at %2 (reason %3)").arg(of, where, quoted(reason));
}

QString straySentence(const QString& who, Filters& f)
{
    const QString accepted = take(f, "accepted");
    const QString inc = take(f, "inc");
    if (accepted == QLatin1String("false"))
        return inc.isEmpty()
            ? MissionRuleText::tr("an old duplicate is refused by %1's newer connection").arg(who)
            : MissionRuleText::tr("an old duplicate of connection %2 is refused by %1's newer connection")
                  .arg(who, inc);
    if (accepted == QLatin1String("true"))
        return inc.isEmpty()
            ? MissionRuleText::tr("an old duplicate is accepted by %1's newer connection").arg(who)
            : MissionRuleText::tr("an old duplicate of connection %2 is accepted by %1's newer connection")
                  .arg(who, inc);
    return MissionRuleText::tr("an old duplicate reaches %1's newer connection").arg(who);
}

QString eventSentence(const Expectation& rule)
{
    Filters f(rule.filters.begin(), rule.filters.end());
    const QString peer = take(f, "peer");
    const QString who = subject(peer);
    QString s;
    if (rule.event == "app") {
        s = appSentence(who, f);
    } else if (rule.event == "state") {
        s = stateSentence(who, f);
    } else if (rule.event == "send") {
        s = MissionRuleText::tr("%1 sends %2").arg(who, segment(take(f, "flags")));
    } else if (rule.event == "arrive") {
        s = MissionRuleText::tr("%1 arrives at %2").arg(segment(take(f, "flags")), who);
    } else if (rule.event == "drop") {
        s = dropSentence(peer, f);
    } else if (rule.event == "timer") {
        const QString timer = take(f, "timer");
        const QString what = take(f, "what");
        s = what == QLatin1String("fire") ? MissionRuleText::tr("%1's %2 timer fires").arg(who, timer)
                                          : MissionRuleText::tr("%1's %2 timer: %3").arg(who, timer, what);
    } else if (rule.event == "stray") {
        s = straySentence(who, f);
    } else if (rule.event == "note") {
        s = MissionRuleText::tr("%1 notes %2").arg(who, quoted(take(f, "text")));
    } else {
        s = MissionRuleText::tr("a %1 event of %2").arg(quoted(QString::fromStdString(rule.event)), who);
    }
    // A filter no sentence above names stays visible as the file writes it (field=value).
    QStringList rest;
    for (const auto& [key, value] : f)
        rest << QString::fromStdString(key + "=" + value);
    if (!rest.isEmpty())
        s = MissionRuleText::tr("%1 (%2)").arg(s, rest.join(QStringLiteral(", ")));
    return s;
}

} // namespace

QString MissionRuleText::howOften(const Expectation& rule)
{
    QStringList bounds;
    if (rule.count) {
        const int n = static_cast<int>(*rule.count);
        bounds << (n == 0 ? tr("never") : n == 1 ? tr("exactly once") : tr("exactly %n times", nullptr, n));
    }
    if (rule.min) {
        const int n = static_cast<int>(*rule.min);
        bounds << (n == 1 ? tr("at least once") : tr("at least %n times", nullptr, n));
    }
    if (rule.max) {
        const int n = static_cast<int>(*rule.max);
        bounds << (n == 0 ? tr("never") : n == 1 ? tr("at most once") : tr("at most %n times", nullptr, n));
    }
    return bounds.join(tr(", "));
}

QString MissionRuleText::sentence(const Expectation& rule)
{
    switch (rule.kind) {
    case Expectation::Kind::States: {
        QStringList names;
        for (TcpState s : rule.states)
            names << TeachingText::stateName(s);
        return tr("%1 goes through exactly %2")
            .arg(subject(QString::fromUtf8(peerName(rule.peer).data())), names.join(QStringLiteral(" → ")));
    }
    case Expectation::Kind::Final:
        return tr("%1 ends in %2")
            .arg(subject(QString::fromUtf8(peerName(rule.peer).data())), TeachingText::stateName(rule.finalState));
    case Expectation::Kind::EventCount:
        break;
    }
    const QString often = howOften(rule);
    const QString s = eventSentence(rule);
    return often.isEmpty() ? s : tr("%1 (%2)", "what happens (how often)").arg(s, often);
}

} // namespace tcplab
