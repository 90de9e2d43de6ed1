#pragma once
#include <cstdint>
#include <optional>
#include <vector>

namespace tcplab {

// The client's ephemeral ports. Every port is on exactly one of two intrusive FIFO lists:
// free (in the order ports were released, so the longest-free port is taken next) or held
// (in the order they were taken, so the oldest holder — the likeliest to be in TIME_WAIT —
// comes first). Every operation is O(1): no scan of the range, however full it gets.
class PortAllocator {
public:
    PortAllocator(std::uint16_t first, std::uint16_t last);

    // Takes the longest-free port, or nothing when every port is held (EADDRNOTAVAIL).
    std::optional<std::uint16_t> takeFree();
    // Gives a held port back to the end of the free list.
    void release(std::uint16_t port);
    // The port held longest, or nothing when none is held.
    std::optional<std::uint16_t> oldestHeld() const;
    // Moves a held port to the end of the held list (it was looked at and is not reusable).
    void rotateHeld(std::uint16_t port);
    // Marks a held port as taken again now (a TIME_WAIT 4-tuple reused by a new connection).
    void retake(std::uint16_t port) { rotateHeld(port); }

    bool isHeld(std::uint16_t port) const;
    std::int64_t freeCount() const { return freeCount_; }
    std::int64_t size() const { return static_cast<std::int64_t>(held_.size()); }

private:
    std::uint32_t index(std::uint16_t port) const { return port - first_; }
    void unlink(std::uint32_t i);
    void append(std::uint32_t list, std::uint32_t i);

    std::uint16_t first_;
    std::uint32_t freeHead_; // sentinel indices after the ports
    std::uint32_t heldHead_;
    std::vector<std::uint32_t> next_;
    std::vector<std::uint32_t> prev_;
    std::vector<bool> held_;
    std::int64_t freeCount_ = 0;
};

} // namespace tcplab
