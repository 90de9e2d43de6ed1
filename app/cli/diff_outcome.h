#pragma once
#include "trace_summary.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <string>
#include <vector>

// One thing a grader compares between two runs, as `tcplab-cli diff` prints it: "server.states"
// with its value for --json and for people. Two runs give their facts in the same order.
struct OutcomeFact {
    std::string key; // "client.states", "strays.accepted", "server.received", "drops", …
    QString title; // "client states"
    QJsonValue json;
    QStringList text; // one line, or one per stray
};

// In this order: the states of each peer, the strays accepted and rejected, each application's
// events and received text, the segments dropped by reason, each peer's final state.
std::vector<OutcomeFact> outcomeFacts(const tcplab::TraceSummary& summary);

// The facts as one object: {"client":{"states":[…],…},"server":{…},"strays":{"accepted":[…],…},
// "drops":{"no-socket":1,…}}.
QJsonObject outcomeJson(const std::vector<OutcomeFact>& facts);
