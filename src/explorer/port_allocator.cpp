#include "port_allocator.h"

namespace tcplab {

PortAllocator::PortAllocator(std::uint16_t first, std::uint16_t last)
    : first_(first)
{
    const std::uint32_t n = last >= first ? std::uint32_t(last - first) + 1 : 0;
    freeHead_ = n;
    heldHead_ = n + 1;
    next_.assign(n + 2, 0);
    prev_.assign(n + 2, 0);
    held_.assign(n, false);
    for (std::uint32_t list : { freeHead_, heldHead_ })
        next_[list] = prev_[list] = list;
    for (std::uint32_t i = 0; i < n; ++i)
        append(freeHead_, i);
    freeCount_ = n;
}

void PortAllocator::unlink(std::uint32_t i)
{
    next_[prev_[i]] = next_[i];
    prev_[next_[i]] = prev_[i];
}

void PortAllocator::append(std::uint32_t list, std::uint32_t i)
{
    const std::uint32_t last = prev_[list];
    next_[last] = i;
    prev_[i] = last;
    next_[i] = list;
    prev_[list] = i;
}

std::optional<std::uint16_t> PortAllocator::takeFree()
{
    const std::uint32_t i = next_[freeHead_];
    if (i == freeHead_)
        return std::nullopt;
    unlink(i);
    append(heldHead_, i);
    held_[i] = true;
    --freeCount_;
    return static_cast<std::uint16_t>(first_ + i);
}

void PortAllocator::release(std::uint16_t port)
{
    if (!isHeld(port))
        return;
    const std::uint32_t i = index(port);
    unlink(i);
    append(freeHead_, i);
    held_[i] = false;
    ++freeCount_;
}

std::optional<std::uint16_t> PortAllocator::oldestHeld() const
{
    const std::uint32_t i = next_[heldHead_];
    if (i == heldHead_)
        return std::nullopt;
    return static_cast<std::uint16_t>(first_ + i);
}

void PortAllocator::rotateHeld(std::uint16_t port)
{
    if (!isHeld(port))
        return;
    const std::uint32_t i = index(port);
    unlink(i);
    append(heldHead_, i);
}

bool PortAllocator::isHeld(std::uint16_t port) const
{
    return port >= first_ && index(port) < held_.size() && held_[index(port)];
}

} // namespace tcplab
