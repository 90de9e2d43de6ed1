#pragma once
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace tcplab {

// The words of the mission panel that come from the file's rules: a goal rule (`expect`) as a
// sentence with what the run shows so far, and what `may_change` lets the student change.
class MissionText {
    Q_DECLARE_TR_FUNCTIONS(MissionText)
public:
    // "the server ends in CLOSE_WAIT", "an old duplicate of connection 1 is accepted by the
    // server's newer connection (at least once)": MissionRuleText's sentence.
    static QString rule(const Expectation& rule);
    // What the run shows for that rule: "now CLOSED", "so far 0".
    static QString observed(const Expectation& rule, long long count, const std::vector<TcpState>& states);
    // One `may_change` entry in words: "time_wait_ms (Parameters)", "the applications' steps".
    static QString changeable(const std::string& what);
    // An entry of scenarioChanges() with the value the candidate gives it: "time_wait_ms = 1000".
    static QString change(const Scenario& candidate, const std::string& what);
    // A text of the file in the UI's language (English when it has no translation).
    static QString localized(const LocalizedText& text);
};

} // namespace tcplab
