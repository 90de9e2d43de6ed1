#include "explorer_csv.h"

#include <cctype>
#include <cstdio>

namespace tcplab {

namespace {

std::string lower(std::string_view name)
{
    std::string out(name);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string num(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    return buf;
}

// Appends ",field". (Not `"," + text`: GCC 12 warns falsely on that pattern, -Wrestrict.)
void field(std::string& row, std::string_view text)
{
    row += ',';
    row += text;
}

} // namespace

const std::vector<TcpState>& explorerStates()
{
    static const std::vector<TcpState> states = {
        TcpState::SynSent,
        TcpState::SynReceived,
        TcpState::Established,
        TcpState::FinWait1,
        TcpState::FinWait2,
        TcpState::CloseWait,
        TcpState::Closing,
        TcpState::LastAck,
        TcpState::TimeWait,
    };
    return states;
}

std::string samplesCsvHeader()
{
    std::string h = "t_ms";
    for (std::string side : { "client_", "server_" })
        for (TcpState s : explorerStates())
            field(h, side + lower(stateName(s)));
    h += ",opened,eaddrnotavail,pool_rejected,responses,resets,timeouts,leaked,pool_in_use"
         ",tw_overflows_client,tw_overflows_server,free_ports,little_time_wait,port_ceiling";
    return h;
}

std::string samplesCsvRow(const ExplorerResult& result, const ExplorerSample& s)
{
    std::string row = std::to_string(s.t_ms);
    for (const auto* counts : { &s.client, &s.server })
        for (TcpState state : explorerStates())
            field(row, std::to_string((*counts)[static_cast<int>(state)]));
    for (std::int64_t v : { s.opened, s.eaddrnotavail, s.poolRejected, s.responses, s.resets, s.timeouts, s.leaked,
             s.poolInUse, s.twOverflowsClient, s.twOverflowsServer, s.freePorts })
        field(row, std::to_string(v));
    field(row, num(result.expectedTimeWait(s.t_ms)));
    field(row, std::to_string(result.config.portCount()));
    return row;
}

std::string samplesCsv(const ExplorerResult& result)
{
    std::string out = samplesCsvHeader() + "\n";
    for (const ExplorerSample& s : result.samples)
        out += samplesCsvRow(result, s) + "\n";
    return out;
}

std::string sweepCsv(const std::string& key, const std::vector<SweepPoint>& points)
{
    std::string out = key
        + ",client_time_wait,server_time_wait,client_established,server_close_wait,client_close_wait"
          ",client_fin_wait_2,eaddrnotavail_per_s,pool_rejected_per_s,responses_per_s,final_server_close_wait"
          ",final_leaked,tw_overflows,little_time_wait,exhaustion_rate_per_s,cancelled\n";
    for (const SweepPoint& p : points) {
        const SteadyState& o = p.outcome;
        out += p.value;
        for (double v : { o.clientTimeWait, o.serverTimeWait, o.clientEstablished, o.serverCloseWait, o.clientCloseWait,
                 o.clientFinWait2, o.eaddrnotavailPerS, o.poolRejectedPerS, o.responsesPerS })
            field(out, num(v));
        for (std::int64_t v : { o.finalServerCloseWait, o.finalLeaked, o.totalTwOverflows })
            field(out, std::to_string(v));
        field(out, num(o.littleTimeWait));
        field(out, num(o.exhaustionRatePerS));
        field(out, p.cancelled ? "1" : "0");
        out += '\n';
    }
    return out;
}

} // namespace tcplab
