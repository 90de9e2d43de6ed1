#pragma once
#include "explorer_result.h"
#include "sweep.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tcplab {

class ExplorerPlot;

// What each Explorer chart shows, drawn from results (the views hold no simulation state).

class ExplorerCharts {
    Q_DECLARE_TR_FUNCTIONS(tcplab::ExplorerCharts)
public:
    // Stacked populations of every state on `host` for run A, with Little's law and the port
    // ceiling overlaid; run B (may be null) as lines for comparison.
    static void drawPopulations(ExplorerPlot& plot, const ExplorerResult& a, const ExplorerResult* b, Peer host);
    // Failed connects and pool refusals per second over time, for A and B.
    static void drawFailures(ExplorerPlot& plot, const ExplorerResult& a, const ExplorerResult* b);
    // Steady-state outcome per swept value: populations on the left axis, rates on the right.
    static void drawSweep(ExplorerPlot& plot, const QString& key, const std::vector<SweepPoint>& points);
};

} // namespace tcplab
