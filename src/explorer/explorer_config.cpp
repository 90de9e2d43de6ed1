#include "explorer_config.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace tcplab {

namespace {

bool parseInt(std::string_view text, std::int64_t min, std::int64_t max, std::int64_t& out)
{
    if (text.empty())
        return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out >= min && out <= max;
}

bool parseReal(std::string_view text, double min, double max, double& out)
{
    std::string copy(text);
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return !copy.empty() && *end == '\0' && out >= min && out <= max;
}

std::string intRange(std::int64_t min, std::int64_t max, std::string_view value)
{
    return "an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", got \"" + std::string(value)
        + "\"";
}

std::string realText(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

constexpr std::int64_t kMaxDurationMs = 30LL * 24 * 3600 * 1000;

} // namespace

std::string_view closerName(Closer closer)
{
    switch (closer) {
    case Closer::Client:
        return "client";
    case Closer::Server:
        return "server";
    case Closer::Simultaneous:
        return "simultaneous";
    }
    return "client";
}

std::string_view arrivalModeName(ArrivalMode mode)
{
    return mode == ArrivalMode::Poisson ? "poisson" : "constant";
}

Params ExplorerConfig::defaultParams()
{
    Params p = *profileDefaults("linux");
    p.delay_ms = 25;
    p.isn = IsnMode::Clock;
    return p;
}

const std::vector<ExplorerKeyInfo>& explorerKeys()
{
    static const std::vector<ExplorerKeyInfo> keys = {
        { "profile", "rfc9293 | linux | windows: core defaults (set it first)" },
        { "rate_per_s", "connections opened per second (default 100)" },
        { "arrivals", "constant | poisson (seeded by `seed`)" },
        { "port_min", "first ephemeral port (default 32768)" },
        { "port_max", "last ephemeral port (default 60999)" },
        { "port_count", "ports in the range, counted from port_min" },
        { "request_bytes", "bytes the client sends (default 100)" },
        { "response_bytes", "bytes the server answers (default 100)" },
        { "closer", "client | server | simultaneous: who closes first" },
        { "leak_fraction", "0..1: share of connections whose leaking side never calls close()" },
        { "leak_side", "server | client: whose code leaks (default server)" },
        { "pool_limit", "connections the leaking side's application holds at most; 0 = no limit" },
        { "max_connections", "stop opening connections after this many; 0 = no limit" },
        { "duration_ms", "virtual time simulated (default 180000)" },
        { "sample_ms", "interval between two samples of the populations (default 1000)" },
    };
    return keys;
}

std::string setExplorerKey(ExplorerConfig& c, std::string_view key, std::string_view value)
{
    std::int64_t n = 0;
    double d = 0.0;
    if (key == "profile") {
        auto p = profileDefaults(value);
        if (!p)
            return "one of rfc9293, linux, windows, got \"" + std::string(value) + "\"";
        p->delay_ms = c.params.delay_ms;
        p->isn = c.params.isn;
        p->seed = c.params.seed;
        c.params = *p;
        return {};
    }
    if (key == "rate_per_s") {
        if (!parseReal(value, 0.001, 1e7, d))
            return "a rate from 0.001 to 10000000 per second, got \"" + std::string(value) + "\"";
        c.rate_per_s = d;
        return {};
    }
    if (key == "arrivals") {
        if (value == "constant")
            c.arrivals = ArrivalMode::Constant;
        else if (value == "poisson")
            c.arrivals = ArrivalMode::Poisson;
        else
            return "constant or poisson, got \"" + std::string(value) + "\"";
        return {};
    }
    if (key == "port_min" || key == "port_max") {
        if (!parseInt(value, 1, 65535, n))
            return intRange(1, 65535, value);
        (key == "port_min" ? c.port_min : c.port_max) = static_cast<std::uint16_t>(n);
        return {}; // port_min <= port_max: checkExplorerConfig, once every key is set
    }
    if (key == "port_count") {
        const std::int64_t most = 65536 - c.port_min;
        if (!parseInt(value, 1, most, n))
            return intRange(1, most, value);
        c.port_max = static_cast<std::uint16_t>(c.port_min + n - 1);
        return {};
    }
    if (key == "request_bytes" || key == "response_bytes") {
        if (!parseInt(value, 1, 1'000'000'000, n))
            return intRange(1, 1'000'000'000, value);
        (key == "request_bytes" ? c.request_bytes : c.response_bytes) = static_cast<std::uint32_t>(n);
        return {};
    }
    if (key == "closer") {
        if (value == "client")
            c.closer = Closer::Client;
        else if (value == "server")
            c.closer = Closer::Server;
        else if (value == "simultaneous")
            c.closer = Closer::Simultaneous;
        else
            return "client, server or simultaneous, got \"" + std::string(value) + "\"";
        return {};
    }
    if (key == "leak_fraction") {
        if (!parseReal(value, 0.0, 1.0, d))
            return "a fraction from 0 to 1, got \"" + std::string(value) + "\"";
        c.leak_fraction = d;
        return {};
    }
    if (key == "leak_side") {
        auto peer = parsePeer(value);
        if (!peer)
            return "server or client, got \"" + std::string(value) + "\"";
        c.leak_side = *peer;
        return {};
    }
    if (key == "pool_limit" || key == "max_connections") {
        if (!parseInt(value, 0, 1'000'000'000'000, n))
            return intRange(0, 1'000'000'000'000, value);
        (key == "pool_limit" ? c.pool_limit : c.max_connections) = n;
        return {};
    }
    if (key == "duration_ms" || key == "sample_ms") {
        if (!parseInt(value, 1, kMaxDurationMs, n))
            return intRange(1, kMaxDurationMs, value);
        (key == "duration_ms" ? c.duration_ms : c.sample_ms) = n;
        return {};
    }
    if (findParam(key))
        return setParamFromText(c.params, key, value);
    std::string known;
    for (const auto& info : explorerKeys())
        known += info.key + ", ";
    return "an explorer key (" + known + "or a core parameter such as time_wait_ms), got \"" + std::string(key) + "\"";
}

std::string checkExplorerConfig(const ExplorerConfig& c)
{
    if (c.port_max < c.port_min)
        return "port_min <= port_max, got port_min " + std::to_string(c.port_min) + " > port_max "
            + std::to_string(c.port_max);
    return {};
}

std::string explorerKeyValue(const ExplorerConfig& c, std::string_view key)
{
    if (key == "profile")
        return c.params.profile;
    if (key == "rate_per_s")
        return realText(c.rate_per_s);
    if (key == "arrivals")
        return std::string(arrivalModeName(c.arrivals));
    if (key == "port_min")
        return std::to_string(c.port_min);
    if (key == "port_max")
        return std::to_string(c.port_max);
    if (key == "port_count")
        return std::to_string(c.portCount());
    if (key == "request_bytes")
        return std::to_string(c.request_bytes);
    if (key == "response_bytes")
        return std::to_string(c.response_bytes);
    if (key == "closer")
        return std::string(closerName(c.closer));
    if (key == "leak_fraction")
        return realText(c.leak_fraction);
    if (key == "leak_side")
        return std::string(peerName(c.leak_side));
    if (key == "pool_limit")
        return std::to_string(c.pool_limit);
    if (key == "max_connections")
        return std::to_string(c.max_connections);
    if (key == "duration_ms")
        return std::to_string(c.duration_ms);
    if (key == "sample_ms")
        return std::to_string(c.sample_ms);
    return paramValueText(c.params, key);
}

} // namespace tcplab
