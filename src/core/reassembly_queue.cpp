#include "reassembly_queue.h"

#include <algorithm>

namespace tcplab {

namespace {
SeqNum endOf(const ReassemblyQueue::Piece& p)
{
    return p.seq + (p.len + (p.fin ? 1 : 0));
}
}

void ReassemblyQueue::hold(Piece piece)
{
    // A piece covered by one already held adds nothing (a retransmitted duplicate).
    for (const Piece& p : pieces_) {
        if (p.seq.beforeOrEqual(piece.seq) && endOf(piece).beforeOrEqual(endOf(p)))
            return;
    }
    pieces_.push_back(std::move(piece));
}

std::optional<ReassemblyQueue::Piece> ReassemblyQueue::takeContiguous(SeqNum rcvNxt)
{
    // Pieces already wholly delivered by an in-order segment that covered them are dropped.
    std::erase_if(pieces_, [&](const Piece& p) { return endOf(p).beforeOrEqual(rcvNxt); });
    auto it = std::find_if(pieces_.begin(), pieces_.end(), [&](const Piece& p) { return p.seq.beforeOrEqual(rcvNxt); });
    if (it == pieces_.end())
        return std::nullopt;
    Piece piece = std::move(*it);
    pieces_.erase(it);
    const std::uint32_t already = rcvNxt - piece.seq;
    if (already > 0) {
        // Only the tail beyond RCV.NXT is new (the FIN's own sequence number is never "already").
        piece.len -= std::min(already, piece.len);
        if (piece.text)
            piece.text = std::make_shared<const std::string>(
                piece.text->substr(std::min<std::size_t>(already, piece.text->size())));
        piece.seq = rcvNxt;
    }
    return piece;
}

std::uint32_t ReassemblyQueue::heldBytes() const
{
    std::uint32_t total = 0;
    for (const Piece& p : pieces_)
        total += p.len;
    return total;
}

} // namespace tcplab
