#include "churn_bench.h"

#include "explorer_model.h"

#include <chrono>
#include <ctime>
#include <sys/resource.h>

using namespace tcplab;

double processCpuS()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

ChurnFigures runChurn(std::int64_t connections)
{
    ExplorerConfig config; // linux profile (TIME_WAIT 60 s), 25 ms delay, client closes first
    config.rate_per_s = 100.0;
    config.request_bytes = 100;
    config.response_bytes = 100;
    config.closer = Closer::Client;
    config.max_connections = connections;
    // Up to the last connection's TIME_WAIT entry: every connection completes its exchange.
    config.duration_ms = connections * 10 + 1000;
    config.sample_ms = 10'000;

    const double cpuStart = processCpuS();
    const auto start = std::chrono::steady_clock::now();
    ExplorerModel model(config);
    const ExplorerResult result = model.run();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = processCpuS() - cpuStart;

    ChurnFigures f;
    f.connections = result.samples.back().opened;
    f.wallS = wall;
    f.cpuS = cpu;
    f.connectionsPerCpuS = static_cast<double>(f.connections) / cpu;
    f.events = result.events;
    f.eventsPerS = static_cast<double>(result.events) / wall;
    f.connectionsPerS = static_cast<double>(f.connections) / wall;
    f.peakRssMb = peakRssMb();
    f.timeWaitAtEnd = result.samples.back().count(Peer::Client, TcpState::TimeWait);
    return f;
}
