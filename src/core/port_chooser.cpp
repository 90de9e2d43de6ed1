#include "port_chooser.h"

namespace tcplab {

std::optional<std::uint16_t> PortChooser::choose(
    std::uint16_t low, std::uint16_t high, const std::function<PortUse(std::uint16_t)>& use)
{
    if (low > high)
        return std::nullopt;
    constexpr std::uint32_t step = 2;
    const std::uint32_t end = std::uint32_t(high) + 1; // [low, high] -> [low, end[
    std::uint32_t remaining = end - low;
    if (remaining > 1)
        remaining &= ~1u;
    std::uint32_t offset = (perturb_ % remaining) & ~1u; // first pass: the parity of `low`
    for (;;) {
        std::uint32_t port = low + offset;
        for (std::uint32_t i = 0; i < remaining; i += step, port += step) {
            if (port >= end)
                port -= remaining;
            if (use(static_cast<std::uint16_t>(port)) != PortUse::Busy) {
                perturb_ += i + step;
                return static_cast<std::uint16_t>(port);
            }
        }
        ++offset;
        if (!((offset & 1u) && remaining > 1))
            return std::nullopt;
    }
}

} // namespace tcplab
