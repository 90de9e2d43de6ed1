#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tcplab {

struct Params;

enum class IsnMode : std::uint8_t { Clock, Random, Fixed };

struct KeepaliveParams {
    bool enabled = false;
    std::int64_t time_ms = 7'200'000;
    std::int64_t interval_ms = 75'000;
    int probes = 9;
};

// The ephemeral ports a connect() without bind() chooses from (Linux ip_local_port_range).
struct PortRange {
    int low = 49152;
    int high = 65535;
};

// Every tunable of the simulation. A profile fills all of them; a scenario or `--set` overrides
// any. Units are in the names. See docs/profiles.md for the source of each default.
struct Params {
    std::string profile = "rfc9293";
    std::int64_t msl_ms = 120'000;
    std::optional<std::int64_t> time_wait_ms; // empty: 2 x MSL
    std::optional<std::int64_t> fin_wait_2_timeout_ms; // empty: no orphan timeout
    std::int64_t rto_initial_ms = 1000;
    std::int64_t rto_min_ms = 1000;
    std::int64_t rto_max_ms = 60'000;
    int syn_retries = 6;
    int synack_retries = 5;
    int data_retries = 15;
    int syn_linear_timeouts = 0; // Linux >= 6.5: first N SYN retransmissions without backoff
    int tw_reuse = 0; // 0 off, 1 on, 2 loopback only (Linux default)
    bool tw_recycle = false; // removed from Linux in 4.12; kept to show why
    bool timestamps = false;
    bool rfc1337 = false; // ignore RST in TIME_WAIT (RFC 1337 fix F1)
    KeepaliveParams keepalive;
    int syncookies = 0; // 0 off, 1 when the backlog overflows, 2 always
    int backlog = 128; // half-open (SYN_RECEIVED) connections a listener holds
    std::int64_t max_tw_buckets = 1'000'000'000;
    PortRange port_range; // RFC 6335 §6: 49152-65535
    std::int64_t delayed_ack_ms = 0;
    std::int64_t delay_ms = 50; // one-way propagation delay
    double loss = 0.0; // probability a segment is lost, each way
    std::uint64_t seed = 1;
    IsnMode isn = IsnMode::Fixed;
    std::uint32_t isn_client = 1000;
    std::uint32_t isn_server = 5000;
    std::uint32_t mss = 1460;
    std::uint32_t window = 65535;

    std::int64_t timeWaitMs() const { return time_wait_ms ? *time_wait_ms : 2 * msl_ms; }
    // Where RFC 9293 and the Linux kernel differ and no sysctl chooses, the `linux` profile
    // follows the kernel (each such rule cites its function; docs/profiles.md lists them).
    bool linuxRules() const { return profile == "linux"; }
};

// The built-in profiles: "rfc9293", "linux", "windows".
std::optional<Params> profileDefaults(std::string_view name);
std::vector<std::string> profileNames();

enum class ParamType : std::uint8_t { Integer, OptionalInteger, Boolean, Real, Isn };

// A parameter's value, typed: null (std::monostate, only for an optional integer), an integer,
// a boolean, a probability, an ISN mode.
using ParamValue = std::variant<std::monostate, std::int64_t, bool, double, IsnMode>;

// Where a parameter lives in Params: a pointer to the member, whatever its integer width.
using ParamSlot = std::variant<std::int64_t*, std::optional<std::int64_t>*, int*, std::uint32_t*, std::uint64_t*, bool*,
    double*, IsnMode*>;

// One row of the parameter table, in the spirit of KDE Step's STEPCORE_PROPERTY: the key of
// scenario files and `--set`, its type and range, its unit, a line of help, and the member.
struct ParamInfo {
    std::string key; // e.g. "msl_ms", "keepalive.time_ms"
    ParamType type;
    std::int64_t min; // integer range (Real: 0 to 1)
    std::int64_t max;
    std::string_view unit; // "ms", "segments", … ("" for a switch or a mode)
    std::string_view help; // one line, for --help and `tcplab-cli params`
    ParamSlot (*slot)(Params&);

    // Range as the error messages say it ("an integer from 0 to 86400000").
    std::string rangeText() const;
};

// All keys settable from a scenario's "params" or `--set`, in documentation order. The parser,
// `--set`, the writer, the CLI's --help and `params` table and the GUI's Parameters dock all
// read this table; nothing else lists the keys.
const std::vector<ParamInfo>& paramTable();
const ParamInfo* findParam(std::string_view key);

// Typed access. setParam checks the value's type and range; it returns an empty string on
// success, or what was expected ("an integer from 0 to 86400000, got 90000000000").
ParamValue paramValue(const Params& params, const ParamInfo& info);
std::string setParam(Params& params, const ParamInfo& info, const ParamValue& value);
// Text as `--set` and the GUI's fields write it ("null", "true", "0.25", "clock", "30000").
// Returns the value, or sets `error` to what was expected.
std::optional<ParamValue> parseParamValue(const ParamInfo& info, std::string_view text, std::string& error);
std::string paramValueToText(const ParamInfo& info, const ParamValue& value);

// Sets one value given as text (`--set key=value`, or a scenario value rendered as text).
// Returns an empty string on success, or what was expected.
std::string setParamFromText(Params& params, std::string_view key, std::string_view value);

// Current value of a key as text ("null" for an empty optional) — for the GUI's diff view.
std::string paramValueText(const Params& params, std::string_view key);

std::string_view isnModeName(IsnMode mode);

} // namespace tcplab
