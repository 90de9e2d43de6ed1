#pragma once
#include "seq_num.h"
#include "tcp_state.h"

#include <cstdint>

namespace tcplab {

// What an arriving RST does to a connection that has passed its handshake.
enum class ResetVerdict : std::uint8_t {
    Reset, // the connection is reset (RFC 9293 §3.10.7.4, second: the RST bit)
    ChallengeAck, // RFC 5961 §3.2: answer <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, drop the RST
    Drop, // outside the window: dropped silently, nothing is sent for an RST
};

// The two rule sets RFC 9293 §3.10.7.4 allows for an RST in a synchronized state:
//  - without RFC 5961 (rfc9293, windows profiles): "a reset is valid if its sequence number is in
//    the window" — any in-window RST resets;
//  - with RFC 5961 §3.2, as Linux's tcp_validate_incoming runs it (linux profile): the RST resets
//    only when SEG.SEQ = RCV.NXT, or RCV.NXT - 1 in CLOSE_WAIT, CLOSING and LAST_ACK after the
//    peer's FIN (tcp_reset_check); any other in-window RST draws a challenge ACK.
// RFC 9293 makes RFC 5961 optional ("For stacks implementing the protection described in
// RFC 5961, the three checks below apply"), so only the linux profile uses it.
ResetVerdict validateReset(TcpState state, SeqNum seq, SeqNum rcvNxt, std::uint32_t rcvWnd, bool rfc5961);

} // namespace tcplab
