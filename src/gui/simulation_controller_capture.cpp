// SimulationController: a real capture replayed in place of a simulation run.
#include "simulation_controller.h"

#include <QFileInfo>

namespace tcplab {

void SimulationController::loadCapture(
    const CaptureConnection& connection, std::vector<CapturedSegment> segments, const QString& source)
{
    auto base = std::make_shared<const CaptureReplay>(connection, std::move(segments));
    loadCapture(base, std::make_unique<CaptureReplay>(*base), source);
}

void SimulationController::loadCapture(
    std::shared_ptr<const CaptureReplay> base, std::unique_ptr<CaptureReplay> running, const QString& source)
{
    pause();
    // The views read the peers' addresses and the run's end from the scenario: a scenario with
    // nothing to run, holding what the capture shows.
    const CaptureConnection& connection = base->connection();
    Scenario record;
    record.name = QFileInfo(source).completeBaseName().toStdString();
    record.title.en = record.title.zh_CN = connection.tupleText();
    record.spec.client = { connection.clientAddr, connection.clientPort };
    record.spec.server = { connection.serverAddr, connection.serverPort };
    record.spec.runUntilUs = std::max<TimeUs>(base->endUs(), 1);
    captureBase_ = std::move(base);
    capture_ = std::move(running); // rebuild() gives it the recorder
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
