#include "params.h"

#include <charconv>
#include <cstdlib>

namespace tcplab {

std::optional<Params> profileDefaults(std::string_view name)
{
    Params p;
    if (name == "rfc9293") {
        // RFC 9293 §3.4.2 (MSL 2 min), MUST-13 (TIME-WAIT 2 x MSL); RFC 6298 (RTO 1 s, min 1 s);
        // §3.8.3 (R2 for SYN >= 3 min); §3.8.4 (keepalive off, >= 2 h).
        p.profile = "rfc9293";
        p.msl_ms = 120'000;
        p.time_wait_ms.reset();
        p.fin_wait_2_timeout_ms.reset();
        p.rto_initial_ms = 1000;
        p.rto_min_ms = 1000;
        p.rto_max_ms = 60'000;
        p.syn_retries = 7;        // 1+2+...+64+60 s: over the 3-minute R2 for a SYN
        p.synack_retries = 7;
        p.data_retries = 8;       // >= 100 s (R2)
        return p;
    }
    if (name == "linux") {
        // include/net/tcp.h, Documentation/networking/ip-sysctl.rst, observed on Linux 6.18.
        p.profile = "linux";
        p.msl_ms = 30'000;
        p.time_wait_ms = 60'000;  // TCP_TIMEWAIT_LEN, whatever MSL is
        p.fin_wait_2_timeout_ms = 60'000;  // tcp_fin_timeout
        p.rto_initial_ms = 1000;
        p.rto_min_ms = 200;
        p.rto_max_ms = 120'000;
        p.syn_retries = 6;
        p.synack_retries = 5;
        p.data_retries = 15;      // tcp_retries2
        p.syn_linear_timeouts = 4;
        p.tw_reuse = 2;
        p.timestamps = true;
        p.keepalive = {false, 7'200'000, 75'000, 9};
        p.syncookies = 1;
        p.backlog = 128;
        p.max_tw_buckets = 131'072;
        p.delayed_ack_ms = 40;
        p.isn = IsnMode::Fixed;
        return p;
    }
    if (name == "windows") {
        // Microsoft TCP/IP parameters (Windows Server 2003 documentation): TcpTimedWaitDelay
        // 0x78 = 120 s, KeepAliveTime 7,200,000 ms, KeepAliveInterval 1000 ms,
        // TcpMaxDataRetransmissions 5, TcpMaxConnectRetransmissions 2, initial RTO 3 s.
        // Keepalive gives up after TcpMaxDataRetransmissions unanswered probes on 2003/XP/2000
        // (SIO_KEEPALIVE_VALS remarks); 10 fixed probes is Vista and later.
        p.profile = "windows";
        p.msl_ms = 60'000;
        p.time_wait_ms = 120'000;
        p.fin_wait_2_timeout_ms = 120'000;
        p.rto_initial_ms = 3000;
        p.rto_min_ms = 300;
        p.rto_max_ms = 240'000;
        p.syn_retries = 2;
        p.synack_retries = 2;
        p.data_retries = 5;
        p.timestamps = false;
        p.keepalive = {false, 7'200'000, 1000, 5};
        p.syncookies = 0;
        p.backlog = 200;
        p.delayed_ack_ms = 200;
        return p;
    }
    return std::nullopt;
}

std::vector<std::string> profileNames() { return {"rfc9293", "linux", "windows"}; }

const std::vector<ParamInfo>& paramTable()
{
    constexpr std::int64_t kDay = 86'400'000;
    static const std::vector<ParamInfo> table = {
        {"msl_ms", ParamType::Integer, 0, kDay},
        {"time_wait_ms", ParamType::OptionalInteger, 0, kDay},
        {"fin_wait_2_timeout_ms", ParamType::OptionalInteger, 0, kDay},
        {"rto_initial_ms", ParamType::Integer, 1, kDay},
        {"rto_min_ms", ParamType::Integer, 1, kDay},
        {"rto_max_ms", ParamType::Integer, 1, kDay},
        {"syn_retries", ParamType::Integer, 0, 100},
        {"synack_retries", ParamType::Integer, 0, 100},
        {"data_retries", ParamType::Integer, 0, 100},
        {"syn_linear_timeouts", ParamType::Integer, 0, 100},
        {"tw_reuse", ParamType::Integer, 0, 2},
        {"tw_recycle", ParamType::Boolean, 0, 1},
        {"timestamps", ParamType::Boolean, 0, 1},
        {"rfc1337", ParamType::Boolean, 0, 1},
        {"keepalive.enabled", ParamType::Boolean, 0, 1},
        {"keepalive.time_ms", ParamType::Integer, 1, kDay},
        {"keepalive.interval_ms", ParamType::Integer, 1, kDay},
        {"keepalive.probes", ParamType::Integer, 1, 1000},
        {"syncookies", ParamType::Integer, 0, 2},
        {"backlog", ParamType::Integer, 0, 1'000'000},
        {"max_tw_buckets", ParamType::Integer, 0, 1'000'000'000},
        {"delayed_ack_ms", ParamType::Integer, 0, 10'000},
        {"delay_ms", ParamType::Integer, 0, 3'600'000},
        {"loss", ParamType::Real, 0, 1},
        {"seed", ParamType::Integer, 0, INT64_MAX},
        {"isn", ParamType::Isn, 0, 0},
        {"isn_client", ParamType::Integer, 0, 0xFFFFFFFFll},
        {"isn_server", ParamType::Integer, 0, 0xFFFFFFFFll},
        {"mss", ParamType::Integer, 1, 65'535},
        {"window", ParamType::Integer, 1, 1'073'741'824},
    };
    return table;
}

const ParamInfo* findParam(std::string_view key)
{
    for (const auto& info : paramTable())
        if (info.key == key)
            return &info;
    return nullptr;
}

namespace {

bool parseInteger(std::string_view text, std::int64_t& out)
{
    if (text.empty())
        return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// The one place that maps a key to its field; both setter and getter go through it.
template <typename Visitor>
bool visitParam(Params& p, std::string_view key, Visitor&& visit)
{
    if (key == "msl_ms") return visit(p.msl_ms), true;
    if (key == "time_wait_ms") return visit(p.time_wait_ms), true;
    if (key == "fin_wait_2_timeout_ms") return visit(p.fin_wait_2_timeout_ms), true;
    if (key == "rto_initial_ms") return visit(p.rto_initial_ms), true;
    if (key == "rto_min_ms") return visit(p.rto_min_ms), true;
    if (key == "rto_max_ms") return visit(p.rto_max_ms), true;
    if (key == "syn_retries") return visit(p.syn_retries), true;
    if (key == "synack_retries") return visit(p.synack_retries), true;
    if (key == "data_retries") return visit(p.data_retries), true;
    if (key == "syn_linear_timeouts") return visit(p.syn_linear_timeouts), true;
    if (key == "tw_reuse") return visit(p.tw_reuse), true;
    if (key == "tw_recycle") return visit(p.tw_recycle), true;
    if (key == "timestamps") return visit(p.timestamps), true;
    if (key == "rfc1337") return visit(p.rfc1337), true;
    if (key == "keepalive.enabled") return visit(p.keepalive.enabled), true;
    if (key == "keepalive.time_ms") return visit(p.keepalive.time_ms), true;
    if (key == "keepalive.interval_ms") return visit(p.keepalive.interval_ms), true;
    if (key == "keepalive.probes") return visit(p.keepalive.probes), true;
    if (key == "syncookies") return visit(p.syncookies), true;
    if (key == "backlog") return visit(p.backlog), true;
    if (key == "max_tw_buckets") return visit(p.max_tw_buckets), true;
    if (key == "delayed_ack_ms") return visit(p.delayed_ack_ms), true;
    if (key == "delay_ms") return visit(p.delay_ms), true;
    if (key == "loss") return visit(p.loss), true;
    if (key == "seed") return visit(p.seed), true;
    if (key == "isn") return visit(p.isn), true;
    if (key == "isn_client") return visit(p.isn_client), true;
    if (key == "isn_server") return visit(p.isn_server), true;
    if (key == "mss") return visit(p.mss), true;
    if (key == "window") return visit(p.window), true;
    return false;
}

std::string rangeText(const ParamInfo& info)
{
    return "an integer from " + std::to_string(info.min) + " to " + std::to_string(info.max);
}

} // namespace

std::string_view isnModeName(IsnMode mode)
{
    switch (mode) {
    case IsnMode::Clock: return "clock";
    case IsnMode::Random: return "random";
    case IsnMode::Fixed: return "fixed";
    }
    return "fixed";
}

std::string setParamFromText(Params& params, std::string_view key, std::string_view value)
{
    const ParamInfo* info = findParam(key);
    if (!info) {
        std::string known;
        for (const auto& entry : paramTable()) {
            if (!known.empty())
                known += ", ";
            known += entry.key;
        }
        return "a known parameter (" + known + "), got \"" + std::string(key) + "\"";
    }
    std::string error;
    auto assignInteger = [&](auto& field) {
        std::int64_t n = 0;
        if (!parseInteger(value, n) || n < info->min || n > info->max) {
            error = rangeText(*info) + ", got \"" + std::string(value) + "\"";
            return;
        }
        field = static_cast<std::remove_reference_t<decltype(field)>>(n);
    };
    visitParam(params, key, [&](auto& field) {
        using T = std::remove_reference_t<decltype(field)>;
        if constexpr (std::is_same_v<T, bool>) {
            if (value == "true" || value == "1")
                field = true;
            else if (value == "false" || value == "0")
                field = false;
            else
                error = "true or false, got \"" + std::string(value) + "\"";
        } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
            if (value == "null") {
                field.reset();
            } else {
                std::int64_t n = 0;
                assignInteger(n);
                if (error.empty())
                    field = n;
                else
                    error = rangeText(*info) + " or null, got \"" + std::string(value) + "\"";
            }
        } else if constexpr (std::is_same_v<T, double>) {
            char* end = nullptr;
            std::string copy(value);
            double d = std::strtod(copy.c_str(), &end);
            if (copy.empty() || *end != '\0' || !(d >= 0.0 && d <= 1.0))
                error = "a probability from 0 to 1, got \"" + copy + "\"";
            else
                field = d;
        } else if constexpr (std::is_same_v<T, IsnMode>) {
            if (value == "clock") field = IsnMode::Clock;
            else if (value == "random") field = IsnMode::Random;
            else if (value == "fixed") field = IsnMode::Fixed;
            else error = "one of clock, random, fixed, got \"" + std::string(value) + "\"";
        } else {
            assignInteger(field);
        }
    });
    return error;
}

std::string paramValueText(const Params& params, std::string_view key)
{
    std::string out;
    Params copy = params;
    visitParam(copy, key, [&](auto& field) {
        using T = std::remove_reference_t<decltype(field)>;
        if constexpr (std::is_same_v<T, bool>)
            out = field ? "true" : "false";
        else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>)
            out = field ? std::to_string(*field) : "null";
        else if constexpr (std::is_same_v<T, double>) {
            // The shortest text that reads back as the same double: "%g" kept 6 digits, so a
            // saved scenario ran with another loss than the one it was saved from.
            char buf[32];
            const auto result = std::to_chars(buf, buf + sizeof buf, field);
            out.assign(buf, result.ptr);
        } else if constexpr (std::is_same_v<T, IsnMode>)
            out = isnModeName(field);
        else
            out = std::to_string(field);
    });
    return out;
}

} // namespace tcplab
