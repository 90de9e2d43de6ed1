#include "churn_bench.h"

#include "explorer_model.h"

#include <chrono>
#include <sys/resource.h>

using namespace tcplab;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

ChurnFigures runChurn(std::int64_t connections)
{
    ExplorerConfig config;  // linux profile (TIME_WAIT 60 s), 25 ms delay, client closes first
    config.rate_per_s = 100.0;
    config.request_bytes = 100;
    config.response_bytes = 100;
    config.closer = Closer::Client;
    config.max_connections = connections;
    // Up to the last connection's TIME_WAIT entry: every connection completes its exchange.
    config.duration_ms = connections * 10 + 1000;
    config.sample_ms = 10'000;

    const auto start = std::chrono::steady_clock::now();
    ExplorerModel model(config);
    const ExplorerResult result = model.run();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    ChurnFigures f;
    f.connections = result.samples.back().opened;
    f.wallS = wall;
    f.events = result.events;
    f.eventsPerS = static_cast<double>(result.events) / wall;
    f.connectionsPerS = static_cast<double>(f.connections) / wall;
    f.peakRssMb = peakRssMb();
    f.timeWaitAtEnd = result.samples.back().count(Peer::Client, TcpState::TimeWait);
    return f;
}
