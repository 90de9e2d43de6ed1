// tcplab-bench: prints one JSON object with the churn, scheduler and frame figures (issue 5).
// A benchmark, not a test: run it on a quiet machine, figures vary with load.
#include "churn_bench.h"
#include "scheduler_bench.h"
#ifdef TCPLAB_BENCH_HAS_FRAME
#include "frame_bench.h"
#include "responsive_bench.h"
#endif

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

void usage()
{
    std::fputs("Usage: tcplab-bench [--churn-connections N] [--scheduler-ops N] [--frames N]\n"
               "Prints {\"churn\":{...},\"scheduler\":{...},\"frame\":{...},\"responsiveness\":{...}} on stdout.\n"
               "  --churn-connections N  connections in the churn run (default 1000000)\n"
               "  --scheduler-ops N      pop+schedule operations per scheduler figure (default 20000000)\n"
               "  --frames N             frames rendered for the median (default 30)\n"
               "  --frame-image FILE     saves the last frame rendered (PNG), to see what was measured\n"
               "  --only PART            only one part: churn, scheduler, frame or responsiveness\n",
        stderr);
}

bool parseCount(const char* text, long long& out)
{
    char* end = nullptr;
    out = std::strtoll(text, &end, 10);
    return *text != '\0' && *end == '\0' && out > 0;
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef TCPLAB_BENCH_HAS_FRAME
    if (argc >= 2 && std::strcmp(argv[1], kFirstFrameChildFlag) == 0)
        return firstFrameChild(argc, argv);
#endif
    long long connections = 1'000'000;
    long long schedulerOps = 20'000'000;
    long long frames = 30;
    const char* frameImage = nullptr;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
            if (only != "churn" && only != "scheduler" && only != "frame" && only != "responsiveness") {
                usage();
                return 2;
            }
            continue;
        }
        if (std::strcmp(argv[i], "--frame-image") == 0 && i + 1 < argc) {
            frameImage = argv[++i];
            continue;
        }
        long long* target = nullptr;
        if (std::strcmp(argv[i], "--churn-connections") == 0)
            target = &connections;
        else if (std::strcmp(argv[i], "--scheduler-ops") == 0)
            target = &schedulerOps;
        else if (std::strcmp(argv[i], "--frames") == 0)
            target = &frames;
        if (!target || i + 1 >= argc || !parseCount(argv[i + 1], *target)) {
            usage();
            return 2;
        }
        ++i;
    }

    auto wanted = [&only](const char* part) { return only.empty() || only == part; };
    const ChurnFigures churn = wanted("churn") ? runChurn(connections) : ChurnFigures {};
    const bool scheduler = wanted("scheduler");
    const SchedulerFigures pending1k
        = scheduler ? schedulerEventsPerS(1000, static_cast<std::size_t>(schedulerOps)) : SchedulerFigures {};
    const SchedulerFigures pending100k
        = scheduler ? schedulerEventsPerS(100'000, static_cast<std::size_t>(schedulerOps)) : SchedulerFigures {};
    std::string frame = "null", responsiveness = "null";
#ifdef TCPLAB_BENCH_HAS_FRAME
    if (wanted("frame"))
        frame = measureFrame(argc, argv, static_cast<int>(frames), frameImage);
    if (wanted("responsiveness"))
        responsiveness = measureResponsiveness(argc, argv);
#else
    (void)frames;
    (void)frameImage; // no main window in this build: "frame" and "responsiveness" are null
#endif
    std::printf("{\"churn\":{\"connections\":%lld,\"wall_s\":%.3f,\"events\":%llu,\"events_per_s\":%.0f,"
                "\"connections_per_s\":%.0f,\"peak_rss_mb\":%.1f,\"cpu_s\":%.3f,\"connections_per_cpu_s\":%.0f,"
                "\"time_wait_at_end\":%lld},"
                "\"scheduler\":{\"pending_1k_events_per_s\":%.0f,\"pending_100k_events_per_s\":%.0f,"
                "\"pending_1k_events_per_cpu_s\":%.0f,\"pending_100k_events_per_cpu_s\":%.0f},"
                "\"frame\":%s,\"responsiveness\":%s}\n",
        static_cast<long long>(churn.connections), churn.wallS, static_cast<unsigned long long>(churn.events),
        churn.eventsPerS, churn.connectionsPerS, churn.peakRssMb, churn.cpuS, churn.connectionsPerCpuS,
        static_cast<long long>(churn.timeWaitAtEnd), pending1k.eventsPerS, pending100k.eventsPerS,
        pending1k.eventsPerCpuS, pending100k.eventsPerCpuS, frame.c_str(), responsiveness.c_str());
    return 0;
}
