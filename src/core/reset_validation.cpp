#include "reset_validation.h"

namespace tcplab {

ResetVerdict validateReset(TcpState state, SeqNum seq, SeqNum rcvNxt, std::uint32_t rcvWnd, bool rfc5961)
{
    const bool inWindow = segmentAcceptable(seq, 0, rcvNxt, rcvWnd);
    if (!rfc5961)
        return inWindow ? ResetVerdict::Reset : ResetVerdict::Drop;
    // Linux tcp_reset_check: after the peer's FIN, an RST carrying the FIN's own sequence number
    // (RCV.NXT - 1) is the peer resetting, not a blind guess; it is accepted even though it lies
    // just outside the window.
    const bool afterPeersFin = state == TcpState::CloseWait || state == TcpState::Closing || state == TcpState::LastAck;
    if (seq == rcvNxt || (afterPeersFin && seq == rcvNxt - 1u))
        return ResetVerdict::Reset;
    // RFC 5961 §3.2: in the window but not exactly RCV.NXT — a challenge ACK; outside it, dropped.
    return inWindow ? ResetVerdict::ChallengeAck : ResetVerdict::Drop;
}

} // namespace tcplab
