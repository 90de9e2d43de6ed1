#pragma once
#include <cstdint>

// The churn workload of issue 5: short connections (handshake, 100-byte request, 100-byte
// response, client closes first and waits 60 s in TIME_WAIT) at 100 per simulated second with
// 25 ms one-way delay, so ~6,000 sockets sit in TIME_WAIT at any time.
struct ChurnFigures {
    std::int64_t connections = 0;
    double wallS = 0.0;
    double cpuS = 0.0; // this process's CPU time: the machine is shared, wall time is not ours alone
    std::uint64_t events = 0;
    double eventsPerS = 0.0;
    double connectionsPerS = 0.0;
    double connectionsPerCpuS = 0.0;
    double peakRssMb = 0.0;
    std::int64_t timeWaitAtEnd = 0; // to show the workload is the one described
};

ChurnFigures runChurn(std::int64_t connections);
double peakRssMb();
double processCpuS();
