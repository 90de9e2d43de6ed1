#include "explorer_result.h"

#include <algorithm>

namespace tcplab {

double ExplorerResult::expectedTimeWait(std::int64_t t_ms) const
{
    const double t_s = static_cast<double>(t_ms) / 1000.0;
    return config.rate_per_s * std::clamp(t_s, 0.0, config.timeWaitS());
}

} // namespace tcplab
