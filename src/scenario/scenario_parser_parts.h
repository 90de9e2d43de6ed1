#pragma once
// The parts of the scenario parser (scenario_parser.cpp, scenario_parser_steps.cpp) that both
// files use. Internal to src/scenario.
#include "scenario.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace tcplab::parse {

extern const QStringList kPeers;
QStringList stateNames();
QStringList appEventNames();
Peer readPeer(const QJsonValue& v, const QString& path);

// An `after` trigger, "PEER:STATE" or "PEER:EVENT" (steps and questions share it).
Trigger readAfter(const QJsonValue& v, const QString& path);
Step readStep(const QJsonValue& v, const QString& path);
// An `after` step naming a peer no earlier step sets going would wait forever: an error.
void checkTriggersCanHappen(const std::vector<Step>& steps);
FaultSpec readFault(const QJsonValue& v, const QString& path);

} // namespace tcplab::parse
