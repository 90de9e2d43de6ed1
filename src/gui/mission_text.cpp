#include "mission_text.h"

#include "mission_rule_text.h"
#include "params.h"
#include "teaching_text.h"

#include <QLocale>
#include <QStringList>

namespace tcplab {

namespace {

QString statesText(const std::vector<TcpState>& states)
{
    QStringList names;
    for (TcpState s : states)
        names << TeachingText::stateName(s);
    return names.join(QStringLiteral(" → "));
}

} // namespace

QString MissionText::localized(const LocalizedText& text)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QString::fromStdString(chinese && !text.zh_CN.empty() ? text.zh_CN : text.en);
}

QString MissionText::rule(const Expectation& rule)
{
    return MissionRuleText::sentence(rule);
}

QString MissionText::observed(const Expectation& rule, long long count, const std::vector<TcpState>& states)
{
    if (rule.kind == Expectation::Kind::EventCount)
        return tr("so far %1").arg(count);
    if (states.empty())
        return tr("no state change yet");
    if (rule.kind == Expectation::Kind::Final)
        return tr("now %1").arg(TeachingText::stateName(states.back()));
    return tr("so far %1").arg(statesText(states));
}

QString MissionText::changeable(const std::string& what)
{
    if (what == "profile")
        return tr("the profile (Parameters)");
    if (what == "params")
        return tr("every parameter (Parameters)");
    if (what == "steps")
        return tr("what the applications do (their steps, the buttons under the diagrams)");
    if (what == "faults")
        return tr("what the network does to segments (click a segment, or Run → Add a fault rule)");
    if (what == "run_until_ms")
        return tr("how long the run lasts");
    const std::string prefix = "params.";
    const QString key = QString::fromStdString(what.substr(what.rfind(prefix, 0) == 0 ? prefix.size() : 0));
    if (findParam(key.toStdString()))
        return tr("%1 (Parameters)").arg(key);
    return tr("%1.* (Parameters)").arg(key); // a group: keepalive, port_range
}

QString MissionText::change(const Scenario& candidate, const std::string& what)
{
    const std::string prefix = "params.";
    if (what.rfind(prefix, 0) == 0) {
        const std::string key = what.substr(prefix.size());
        return tr("%1 = %2").arg(
            QString::fromStdString(key), QString::fromStdString(paramValueText(candidate.spec.params, key)));
    }
    if (what == "profile")
        return tr("profile = %1").arg(QString::fromStdString(candidate.profile));
    if (what == "steps")
        return tr("the applications' steps");
    if (what == "faults")
        return tr("the network's faults");
    return QString::fromStdString(what);
}

} // namespace tcplab
