#pragma once
#include <cstdint>

namespace tcplab {

// A TCP sequence number: arithmetic modulo 2^32 and RFC 1982 style comparisons.
// Raw `<` on sequence numbers is wrong across the wrap, so the type offers none.
class SeqNum {
public:
    constexpr SeqNum() = default;
    constexpr explicit SeqNum(std::uint32_t value)
        : value_(value)
    {
    }

    constexpr std::uint32_t value() const { return value_; }

    constexpr SeqNum operator+(std::uint32_t n) const { return SeqNum(value_ + n); }
    constexpr SeqNum operator-(std::uint32_t n) const { return SeqNum(value_ - n); }
    constexpr SeqNum& operator+=(std::uint32_t n)
    {
        value_ += n;
        return *this;
    }
    // Distance from `other` forward to this number, modulo 2^32.
    constexpr std::uint32_t operator-(SeqNum other) const { return value_ - other.value_; }

    constexpr bool operator==(const SeqNum&) const = default;

    constexpr bool before(SeqNum other) const { return static_cast<std::int32_t>(value_ - other.value_) < 0; }
    constexpr bool after(SeqNum other) const { return other.before(*this); }
    constexpr bool beforeOrEqual(SeqNum other) const { return !after(other); }
    constexpr bool afterOrEqual(SeqNum other) const { return !before(other); }

    // low <= x < high, all modulo 2^32 (RFC 9293 §3.4 comparisons).
    constexpr bool inHalfOpen(SeqNum low, SeqNum high) const
    {
        return (value_ - low.value_) < (high.value_ - low.value_);
    }

private:
    std::uint32_t value_ = 0;
};

// RFC 9293 §3.10.7.4, the four cases of the acceptability test:
//   len 0, wnd 0: SEG.SEQ = RCV.NXT
//   len 0, wnd>0: RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND
//   len>0, wnd 0: not acceptable
//   len>0, wnd>0: the first or the last octet of the segment lies in the window
constexpr bool segmentAcceptable(SeqNum seq, std::uint32_t seqLength, SeqNum rcvNxt, std::uint32_t rcvWnd)
{
    if (seqLength == 0) {
        if (rcvWnd == 0)
            return seq == rcvNxt;
        return seq.inHalfOpen(rcvNxt, rcvNxt + rcvWnd);
    }
    if (rcvWnd == 0)
        return false;
    return seq.inHalfOpen(rcvNxt, rcvNxt + rcvWnd) || (seq + (seqLength - 1)).inHalfOpen(rcvNxt, rcvNxt + rcvWnd);
}

} // namespace tcplab
