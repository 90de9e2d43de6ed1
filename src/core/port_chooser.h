#pragma once
#include <cstdint>
#include <functional>
#include <optional>

namespace tcplab {

// What a candidate local port means for a new outgoing connection.
enum class PortUse : std::uint8_t {
    Free, // nothing holds it for this destination: take it
    TakeOver, // a TIME_WAIT entry holds the 4-tuple and tcp_tw_reuse lets a new connection take it
    Busy, // bound by another socket, or its 4-tuple is in use: try the next port
};

// The ephemeral port choice of a connect() without bind(), as Linux's __inet_hash_connect makes
// it over ip_local_port_range [low, high]:
//  - the range is scanned in two passes, first the ports of the parity of `low`, then the other
//    (inet_csk_get_port does the opposite for bind(0)); with an odd number of ports one of them is
//    reached only from some offsets (`remaining &= ~1`: ip-sysctl asks for low and high of
//    different parity);
//  - the scan starts at an offset (the kernel: a keyed hash of the 4-tuple plus table_perturb)
//    that moves on by i + 2 after every success, so consecutive connects take consecutive ports of
//    one parity. The simulator starts at offset 0 (the bottom of the range) and leaves out the
//    kernel's random extra step, so that runs are reproducible;
//  - no port left: EADDRNOTAVAIL (empty optional).
class PortChooser {
public:
    std::optional<std::uint16_t> choose(
        std::uint16_t low, std::uint16_t high, const std::function<PortUse(std::uint16_t)>& use);

private:
    std::uint32_t perturb_ = 0; // the kernel's table_perturb entry for our one destination
};

} // namespace tcplab
