#include "steady_state.h"

namespace tcplab {

SteadyState steadyState(const ExplorerResult& result)
{
    SteadyState out;
    out.littleTimeWait = result.config.littleTimeWait();
    out.exhaustionRatePerS = result.config.exhaustionRatePerS();
    const auto& samples = result.samples;
    if (samples.empty())
        return out;
    const ExplorerSample& last = samples.back();
    out.finalServerCloseWait = last.count(Peer::Server, TcpState::CloseWait);
    out.finalLeaked = last.leaked;
    out.totalEaddrnotavail = last.eaddrnotavail;
    out.totalTwOverflows = last.twOverflowsClient + last.twOverflowsServer;
    // The second half: long enough after the start for TIME_WAIT (usually the longest state)
    // to fill when the run lasts at least two TIME_WAIT lengths.
    const std::int64_t fromMs = last.t_ms / 2;
    std::size_t first = 0;
    while (first + 1 < samples.size() && samples[first].t_ms < fromMs)
        ++first;
    const ExplorerSample& start = samples[first];
    double n = 0;
    for (std::size_t i = first; i < samples.size(); ++i) {
        const ExplorerSample& s = samples[i];
        out.clientTimeWait += static_cast<double>(s.count(Peer::Client, TcpState::TimeWait));
        out.serverTimeWait += static_cast<double>(s.count(Peer::Server, TcpState::TimeWait));
        out.clientEstablished += static_cast<double>(s.count(Peer::Client, TcpState::Established));
        out.serverCloseWait += static_cast<double>(s.count(Peer::Server, TcpState::CloseWait));
        out.clientCloseWait += static_cast<double>(s.count(Peer::Client, TcpState::CloseWait));
        out.clientFinWait2 += static_cast<double>(s.count(Peer::Client, TcpState::FinWait2));
        n += 1;
    }
    for (double* mean : { &out.clientTimeWait, &out.serverTimeWait, &out.clientEstablished, &out.serverCloseWait,
             &out.clientCloseWait, &out.clientFinWait2 })
        *mean /= n;
    out.fromS = static_cast<double>(start.t_ms) / 1000.0;
    out.toS = static_cast<double>(last.t_ms) / 1000.0;
    const double span = out.toS - out.fromS;
    if (span > 0) {
        out.eaddrnotavailPerS = static_cast<double>(last.eaddrnotavail - start.eaddrnotavail) / span;
        out.poolRejectedPerS = static_cast<double>(last.poolRejected - start.poolRejected) / span;
        out.responsesPerS = static_cast<double>(last.responses - start.responses) / span;
    }
    return out;
}

} // namespace tcplab
