#pragma once
#include "snapshot.h"

#include <QWidget>

namespace tcplab {

class SimulationController;

// One peer's running timers as countdown bars with the time left, so a student watches
// TIME_WAIT run out (retransmission timers show their backoff count).
class TimerPanel : public QWidget {
    Q_OBJECT
public:
    explicit TimerPanel(Peer peer, QWidget* parent = nullptr);
    void follow(const Snapshot& snapshot);
    // Subscribes to the run: reads it from `controller` whenever it advances.
    void watch(const SimulationController& controller);
    QSize sizeHint() const override;

    struct Bar {
        TimerKind kind;
        int sock;
        TimeUs leftUs;
        double fraction; // of the timer's length still to run
        int backoff;
    };
    const std::vector<Bar>& bars() const { return bars_; }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    Peer peer_;
    std::vector<Bar> bars_;
};

} // namespace tcplab
