// SimulationController: a real capture replayed in place of a simulation run.
#include "simulation_controller.h"

#include <QFileInfo>

namespace tcplab {

void SimulationController::loadCapture(
    const CaptureConnection& connection, std::vector<CapturedSegment> segments, const QString& source)
{
    pause();
    // The views read the peers' addresses and the run's end from the scenario: a scenario with
    // nothing to run, holding what the capture shows.
    Scenario record;
    record.name = QFileInfo(source).completeBaseName().toStdString();
    record.title.en = record.title.zh_CN = connection.tupleText();
    record.spec.client = { connection.clientAddr, connection.clientPort };
    record.spec.server = { connection.serverAddr, connection.serverPort };
    const CaptureReplay replay(connection, segments);
    record.spec.runUntilUs = std::max<TimeUs>(replay.endUs(), 1);
    captureConnection_ = connection;
    captureSegments_ = std::move(segments);
    start(record, source);
}

bool SimulationController::refuseOnCapture()
{
    if (!capture_)
        return false;
    Q_EMIT message(tr("This is a capture: it shows what happened and cannot be changed. Open a scenario to try "
                      "actions and faults."));
    return true;
}

} // namespace tcplab
