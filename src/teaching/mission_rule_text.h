#pragma once
#include "scenario.h"

#include <QCoreApplication>
#include <QString>

namespace tcplab {

// A goal rule of a mission (an `expect` entry) as a sentence a student reads: "an old duplicate
// is accepted by the server's newer connection (at least once)". The mission panel and
// `tcplab-cli run mission:NAME` both say the rules this way; the CLI loads no translation, so
// every source text here is the English sentence itself (singular and plural written out).
class MissionRuleText {
    Q_DECLARE_TR_FUNCTIONS(MissionRuleText)
public:
    static QString sentence(const Expectation& rule);
    // How often the rule wants its event: "(never)", "(exactly once)", "(at least 2 times)".
    static QString howOften(const Expectation& rule);
};

} // namespace tcplab
