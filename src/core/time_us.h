#pragma once
#include <cstdint>

namespace tcplab {

// Virtual time of the simulation, in integer microseconds (never floating point, so runs are exact).
using TimeUs = std::int64_t;

constexpr TimeUs kUsPerMs = 1000;
constexpr TimeUs msToUs(std::int64_t ms)
{
    return ms * kUsPerMs;
}

} // namespace tcplab
