#pragma once
// The parts of the scenario writer (scenario_writer.cpp, question_writer.cpp) that both files use.
// Internal to src/scenario.
#include "scenario.h"

#include <QJsonObject>
#include <QString>

#include <string_view>

namespace tcplab::write {

QString str(std::string_view s);
// {"en": …, "zh_CN": …} with zh_CN left out when it is empty, as the loaders read it.
QJsonObject textObject(const LocalizedText& text);
// An `after` trigger as "PEER:STATE" or "PEER:EVENT" (steps and questions share it).
QString afterText(const AwaitedEvent& after);

} // namespace tcplab::write
