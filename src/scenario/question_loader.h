#pragma once
// ScenarioLoader::fromJson, continued: "questions" and "mission" (docs/scenario-format.md,
// "Questions" and "Missions"). Internal to src/scenario; failures throw JsonError with the path.
#include "lesson_extras.h"
#include "scenario.h"

#include <QJsonObject>

#include <QJsonValue>
#include <QString>

#include <vector>

namespace tcplab::parse {

constexpr int kMaxQuestions = 50;
constexpr int kMaxChoices = 4; // classroom mode answers with the keys 1-4

std::vector<Question> readQuestions(const QJsonValue& v, const QString& path);
Mission readMission(const QJsonValue& v, const QString& path);
// Both, from the scenario's top-level object; a mission needs `expect` (its goal).
void readLearningParts(const QJsonObject& o, Scenario& scenario);

} // namespace tcplab::parse
