#pragma once
#include "seq_num.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tcplab {

// Segments that arrived beyond RCV.NXT, held until the gap before them is filled (RFC 9293
// §3.10.7.4 seventh and SHLD-31: "segments that arrive out of order should be held", RFC 1122
// 4.2.2.20; Linux tcp_data_queue_ofo). A FIN at the end of a held segment is held with it.
class ReassemblyQueue {
public:
    struct Piece {
        SeqNum seq;
        std::uint32_t len = 0;
        std::shared_ptr<const std::string> text;
        bool fin = false;
    };

    void hold(Piece piece);
    // The next piece that starts at or before `rcvNxt` and reaches beyond it (or is its FIN),
    // trimmed to start exactly at `rcvNxt`; pieces wholly before it are discarded.
    std::optional<Piece> takeContiguous(SeqNum rcvNxt);

    bool empty() const { return pieces_.empty(); }
    std::size_t size() const { return pieces_.size(); }
    std::uint32_t heldBytes() const;

private:
    std::vector<Piece> pieces_;
};

} // namespace tcplab
