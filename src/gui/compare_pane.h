#pragma once
#include "received_stream.h"
#include "scenario.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace tcplab {

class LadderView;
class SimulationController;

// One side of compare mode: a run of its own (its own controller over its own core), shown as
// what differs ("TIME_WAIT 1 s"), both peers' states, the ladder and what each application
// received. The CompareView drives its clock.
class ComparePane : public QWidget {
    Q_OBJECT
public:
    ComparePane(const QString& objectName, QWidget* parent = nullptr);

    void load(const Scenario& scenario, const QString& label);
    SimulationController& controller() { return *controller_; }
    const SimulationController& controller() const { return *controller_; }
    LadderView& ladder() { return *ladder_; }
    QString label() const;
    // Reads the controller's records and snapshot into the views (and keeps "now" in view).
    void refresh();

private:
    SimulationController* controller_;
    QLabel* title_;
    QLabel* states_;
    QScrollArea* scroll_;
    QWidget* holder_;
    LadderView* ladder_;
    QLabel* receivedClient_;
    QLabel* receivedServer_;
    ReceivedStream received_[2]; // followed, not read again each frame (as in the main window)
};

} // namespace tcplab
