#pragma once
#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>

namespace tcplab {

// Writes a scenario in the file format; loading the result gives the same simulation.
// Only parameters that differ from the profile are written, so files stay readable.
class ScenarioWriter {
public:
    static QJsonObject toJsonObject(const Scenario& scenario);
    static QByteArray toJson(const Scenario& scenario);
};

} // namespace tcplab
