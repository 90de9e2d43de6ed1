#include "mission_report.h"

#include "mission_rule_text.h"

#include <algorithm>
#include <cstdio>

using namespace tcplab;

namespace {

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

// Whether a rule holds: ExpectationChecker's failures start with the rule's path ("expect[2]: …").
bool holds(const Expectation& rule, const std::vector<std::string>& failures)
{
    const std::string prefix = rule.path + ": ";
    return std::none_of(
        failures.begin(), failures.end(), [&](const std::string& f) { return f.rfind(prefix, 0) == 0; });
}

} // namespace

int reportMission(const QString& source, const Scenario& scenario, const std::vector<std::string>& failures,
    const std::vector<std::string>& disallowed)
{
    const Mission& m = *scenario.mission;
    const QByteArray name = source.toUtf8();
    if (!disallowed.empty()) {
        // Meeting the goal by changing something else (the goal itself, the story) is no answer.
        std::fprintf(stderr, "%s: mission: this run changes %s, which the mission does not allow (may_change: %s)\n",
            name.constData(), joined(disallowed).c_str(), joined(m.mayChange).c_str());
    }
    const bool met = failures.empty() && disallowed.empty();
    std::fprintf(stderr, "%s: Mission goal %s: %s\n", name.constData(), met ? "met" : "not met", m.goal.en.c_str());
    // The goal rule by rule in the mission panel's words (English: the CLI loads no translation).
    for (const Expectation& rule : scenario.expect)
        std::fprintf(stderr, "%s:   %s %s\n", name.constData(), holds(rule, failures) ? "✓" : "✗",
            MissionRuleText::sentence(rule).toUtf8().constData());
    if (met)
        std::fprintf(stderr, "%s: Why: %s\n", name.constData(), m.explain.en.c_str());
    else if (m.impossible)
        std::fprintf(stderr,
            "%s: This mission is marked impossible: no change it allows can meet the goal. Can you say why? "
            "(The window's Give up shows the explanation.)\n",
            name.constData());
    else
        std::fprintf(stderr, "%s: You may change: %s\n", name.constData(), joined(m.mayChange).c_str());
    return met ? 0 : 1;
}
