#include "mission_report.h"

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
