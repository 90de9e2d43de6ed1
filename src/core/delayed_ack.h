#pragma once
#include <cstdint>

namespace tcplab {

struct Params;

// When received data is acknowledged: at once, or after the delayed-ACK timeout (RFC 9293
// §3.8.6.3 SHLD-18/SHLD-19, RFC 1122 4.2.3.2, RFC 5681 §4.2). The endpoint asks after each
// in-order segment and tells it each ACK it sends.
class DelayedAck {
public:
    DelayedAck() = default;
    explicit DelayedAck(const Params& params);

    // In-order data of `len` bytes arrived (the segment is already taken); true: ACK now.
    bool ackNowAfter(std::uint32_t len);
    // An ACK left (alone or on data): nothing is waiting any more.
    void ackSent();

    bool delays() const { return delayMs_ > 0; }
    std::int64_t delayMs() const { return delayMs_; }
    int quickAcksLeft() const { return quickAcks_; }

private:
    std::int64_t delayMs_ = 0;
    std::uint32_t mss_ = 1460;
    std::uint32_t window_ = 65535;
    bool linux_ = false;
    bool firstDataSeen_ = false;
    int quickAcks_ = 0;
    bool unacked_ = false; // data arrived since the last ACK we sent
    std::uint32_t unackedBytes_ = 0;
    int unackedFullSegments_ = 0;
};

} // namespace tcplab
