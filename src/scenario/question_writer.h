#pragma once
#include "scenario.h"

#include <QJsonObject>

namespace tcplab {

// ScenarioWriter, continued: "questions" and "mission" as question_loader.cpp reads them.
void writeLearningParts(const Scenario& scenario, QJsonObject& out);

} // namespace tcplab
