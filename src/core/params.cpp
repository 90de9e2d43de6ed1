#include "params.h"

#include <charconv>
#include <cstdlib>
#include <type_traits>

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
        p.syn_retries = 7; // 1+2+...+64+60 s: over the 3-minute R2 for a SYN
        p.synack_retries = 7;
        p.data_retries = 8; // >= 100 s (R2)
        return p;
    }
    if (name == "linux") {
        // include/net/tcp.h, Documentation/networking/ip-sysctl.rst, observed on Linux 6.18.
        p.profile = "linux";
        p.msl_ms = 30'000;
        p.time_wait_ms = 60'000; // TCP_TIMEWAIT_LEN, whatever MSL is
        p.fin_wait_2_timeout_ms = 60'000; // tcp_fin_timeout
        p.rto_initial_ms = 1000;
        p.rto_min_ms = 200;
        p.rto_max_ms = 120'000;
        p.syn_retries = 6;
        p.synack_retries = 5;
        p.data_retries = 15; // tcp_retries2
        p.syn_linear_timeouts = 4;
        p.tw_reuse = 2;
        p.timestamps = true;
        p.keepalive = { false, 7'200'000, 75'000, 9 };
        p.syncookies = 1;
        p.backlog = 128;
        p.max_tw_buckets = 131'072;
        p.port_range = { 32768, 60999 }; // ip_local_port_range (ip-sysctl)
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
        p.keepalive = { false, 7'200'000, 1000, 5 };
        p.syncookies = 0;
        p.backlog = 200;
        p.delayed_ack_ms = 200;
        p.port_range = { 1025, 5000 }; // MaxUserPort 5000 (KB 929851: 49152-65535 from Vista on)
        return p;
    }
    return std::nullopt;
}

std::vector<std::string> profileNames()
{
    return { "rfc9293", "linux", "windows" };
}

// A table row: the key is the member's path, so the two cannot drift apart.
#define TCPLAB_PARAM(member, type, min, max, unit, help)                                                               \
    ParamInfo                                                                                                          \
    {                                                                                                                  \
#member, ParamType::type, min, max, unit, help, [](Params & p) -> ParamSlot { return &p.member; }              \
    }

const std::vector<ParamInfo>& paramTable()
{
    constexpr std::int64_t kDay = 86'400'000;
    static const std::vector<ParamInfo> table = {
        TCPLAB_PARAM(msl_ms, Integer, 0, kDay, "ms", "maximum segment lifetime: older segments die in the network"),
        TCPLAB_PARAM(time_wait_ms, OptionalInteger, 0, kDay, "ms", "TIME_WAIT length; null = 2 x MSL"),
        TCPLAB_PARAM(fin_wait_2_timeout_ms, OptionalInteger, 0, kDay, "ms",
            "orphaned FIN_WAIT_2 timeout (tcp_fin_timeout); null = none"),
        TCPLAB_PARAM(rto_initial_ms, Integer, 1, kDay, "ms", "retransmission timeout before any RTT sample"),
        TCPLAB_PARAM(rto_min_ms, Integer, 1, kDay, "ms", "floor of the retransmission timeout"),
        TCPLAB_PARAM(rto_max_ms, Integer, 1, kDay, "ms", "ceiling of the retransmission timeout"),
        TCPLAB_PARAM(syn_retries, Integer, 0, 100, "retransmissions", "SYN retransmissions before ETIMEDOUT"),
        TCPLAB_PARAM(synack_retries, Integer, 0, 100, "retransmissions", "SYN,ACK retransmissions before giving up"),
        TCPLAB_PARAM(data_retries, Integer, 0, 100, "retransmissions", "data retransmissions before ETIMEDOUT"),
        TCPLAB_PARAM(syn_linear_timeouts, Integer, 0, 100, "retransmissions",
            "first SYN retransmissions without backoff (Linux >= 6.5)"),
        TCPLAB_PARAM(tw_reuse, Integer, 0, 2, "", "tcp_tw_reuse: 0 off, 1 on, 2 loopback only"),
        TCPLAB_PARAM(tw_recycle, Boolean, 0, 1, "", "tcp_tw_recycle (removed in Linux 4.12)"),
        TCPLAB_PARAM(timestamps, Boolean, 0, 1, "", "TCP timestamps (RFC 7323)"),
        TCPLAB_PARAM(rfc1337, Boolean, 0, 1, "", "ignore RST in TIME_WAIT (RFC 1337 fix F1)"),
        TCPLAB_PARAM(keepalive.enabled, Boolean, 0, 1, "", "keepalive probes (SO_KEEPALIVE)"),
        TCPLAB_PARAM(keepalive.time_ms, Integer, 1, kDay, "ms", "idle time before the first keepalive probe"),
        TCPLAB_PARAM(keepalive.interval_ms, Integer, 1, kDay, "ms", "time between keepalive probes"),
        TCPLAB_PARAM(keepalive.probes, Integer, 1, 1000, "probes", "unanswered probes before ETIMEDOUT"),
        TCPLAB_PARAM(syncookies, Integer, 0, 2, "", "SYN cookies: 0 off, 1 when the backlog overflows, 2 always"),
        TCPLAB_PARAM(backlog, Integer, 0, 1'000'000, "connections", "half-open connections a listener holds"),
        TCPLAB_PARAM(max_tw_buckets, Integer, 0, 1'000'000'000, "sockets",
            "TIME_WAIT sockets a host keeps (tcp_max_tw_buckets)"),
        TCPLAB_PARAM(port_range.low, Integer, 1, 65'535, "port",
            "lowest ephemeral port a connect() chooses (ip_local_port_range)"),
        TCPLAB_PARAM(port_range.high, Integer, 1, 65'535, "port",
            "highest ephemeral port a connect() chooses (ip_local_port_range)"),
        TCPLAB_PARAM(delayed_ack_ms, Integer, 0, 10'000, "ms", "delayed ACK; 0 = immediate"),
        TCPLAB_PARAM(delay_ms, Integer, 0, 3'600'000, "ms", "one-way propagation delay"),
        TCPLAB_PARAM(loss, Real, 0, 1, "probability", "chance a segment is lost, each way"),
        TCPLAB_PARAM(seed, Integer, 0, INT64_MAX, "", "seed of the random loss and ISNs"),
        TCPLAB_PARAM(isn, Isn, 0, 0, "", "initial sequence numbers: clock, random or fixed"),
        TCPLAB_PARAM(isn_client, Integer, 0, 0xFFFFFFFFll, "", "the client's ISN when isn = fixed"),
        TCPLAB_PARAM(isn_server, Integer, 0, 0xFFFFFFFFll, "", "the server's ISN when isn = fixed"),
        TCPLAB_PARAM(mss, Integer, 1, 65'535, "bytes", "maximum segment size"),
        TCPLAB_PARAM(window, Integer, 1, 1'073'741'824, "bytes", "receive window"),
    };
    return table;
}

#undef TCPLAB_PARAM

const ParamInfo* findParam(std::string_view key)
{
    for (const auto& info : paramTable())
        if (info.key == key)
            return &info;
    return nullptr;
}

std::string ParamInfo::rangeText() const
{
    return "an integer from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string_view isnModeName(IsnMode mode)
{
    switch (mode) {
    case IsnMode::Clock:
        return "clock";
    case IsnMode::Random:
        return "random";
    case IsnMode::Fixed:
        return "fixed";
    }
    return "fixed";
}

namespace {

bool parseInteger(std::string_view text, std::int64_t& out)
{
    if (text.empty())
        return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

std::string shown(const ParamValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return "null";
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto* n = std::get_if<std::int64_t>(&value))
        return std::to_string(*n);
    if (const auto* d = std::get_if<double>(&value)) {
        // The shortest text that reads back as the same double: "%g" kept 6 digits, so a
        // saved scenario ran with another loss than the one it was saved from.
        char buf[32];
        const auto result = std::to_chars(buf, buf + sizeof buf, *d);
        return std::string(buf, result.ptr);
    }
    return std::string(isnModeName(std::get<IsnMode>(value)));
}

} // namespace

ParamValue paramValue(const Params& params, const ParamInfo& info)
{
    Params& p = const_cast<Params&>(params); // the slot only reads here
    return std::visit(
        [](auto* field) -> ParamValue {
            using T = std::remove_pointer_t<decltype(field)>;
            if constexpr (std::is_same_v<T, std::optional<std::int64_t>>)
                return *field ? ParamValue(**field) : ParamValue(std::monostate {});
            else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, double> || std::is_same_v<T, IsnMode>)
                return *field;
            else
                return static_cast<std::int64_t>(*field);
        },
        info.slot(p));
}

std::string setParam(Params& params, const ParamInfo& info, const ParamValue& value)
{
    const std::string got = ", got " + shown(value);
    switch (info.type) {
    case ParamType::Boolean:
        if (!std::holds_alternative<bool>(value))
            return "true or false" + got;
        *std::get<bool*>(info.slot(params)) = std::get<bool>(value);
        return {};
    case ParamType::Real: {
        const auto* d = std::get_if<double>(&value);
        if (!d || !(*d >= 0.0 && *d <= 1.0))
            return "a probability from 0 to 1" + got;
        *std::get<double*>(info.slot(params)) = *d;
        return {};
    }
    case ParamType::Isn:
        if (!std::holds_alternative<IsnMode>(value))
            return "one of clock, random, fixed" + got;
        *std::get<IsnMode*>(info.slot(params)) = std::get<IsnMode>(value);
        return {};
    case ParamType::OptionalInteger:
        if (std::holds_alternative<std::monostate>(value)) {
            std::get<std::optional<std::int64_t>*>(info.slot(params))->reset();
            return {};
        }
        [[fallthrough]];
    case ParamType::Integer: {
        const auto* n = std::get_if<std::int64_t>(&value);
        if (!n || *n < info.min || *n > info.max)
            return info.rangeText() + (info.type == ParamType::OptionalInteger ? " or null" : "") + got;
        std::visit(
            [&](auto* field) {
                using T = std::remove_pointer_t<decltype(field)>;
                if constexpr (std::is_same_v<T, std::optional<std::int64_t>>)
                    *field = *n;
                else if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
                    *field = static_cast<T>(*n);
            },
            info.slot(params));
        return {};
    }
    }
    return {};
}

std::optional<ParamValue> parseParamValue(const ParamInfo& info, std::string_view text, std::string& error)
{
    const std::string got = ", got \"" + std::string(text) + "\"";
    switch (info.type) {
    case ParamType::Boolean:
        if (text == "true" || text == "1")
            return true;
        if (text == "false" || text == "0")
            return false;
        error = "true or false" + got;
        return std::nullopt;
    case ParamType::Real: {
        char* end = nullptr;
        const std::string copy(text);
        const double d = std::strtod(copy.c_str(), &end);
        if (copy.empty() || *end != '\0' || !(d >= 0.0 && d <= 1.0)) {
            error = "a probability from 0 to 1" + got;
            return std::nullopt;
        }
        return d;
    }
    case ParamType::Isn:
        if (text == "clock")
            return IsnMode::Clock;
        if (text == "random")
            return IsnMode::Random;
        if (text == "fixed")
            return IsnMode::Fixed;
        error = "one of clock, random, fixed" + got;
        return std::nullopt;
    case ParamType::OptionalInteger:
    case ParamType::Integer: {
        const bool optional = info.type == ParamType::OptionalInteger;
        if (optional && text == "null")
            return std::monostate {};
        std::int64_t n = 0;
        if (!parseInteger(text, n) || n < info.min || n > info.max) {
            error = info.rangeText() + (optional ? " or null" : "") + got;
            return std::nullopt;
        }
        return n;
    }
    }
    return std::nullopt;
}

std::string paramValueToText(const ParamInfo&, const ParamValue& value)
{
    return shown(value);
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
    if (const auto parsed = parseParamValue(*info, value, error))
        return setParam(params, *info, *parsed);
    return error;
}

std::string paramValueText(const Params& params, std::string_view key)
{
    const ParamInfo* info = findParam(key);
    if (!info)
        return {};
    // The seed is unsigned: print it whole even beyond the int64 range the table accepts.
    const ParamSlot slot = info->slot(const_cast<Params&>(params)); // read only
    if (const auto* seed = std::get_if<std::uint64_t*>(&slot))
        return std::to_string(**seed);
    return shown(paramValue(params, *info));
}

} // namespace tcplab
