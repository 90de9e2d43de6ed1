// What close() means for the receiving half of a connection on Linux: the application can read
// nothing more, so data that still arrives is lost and the peer is told with an RST.
// RFC 9293 §3.6.1 leaves the choice open: a host MAY implement this "half-duplex" close (MAY-1),
// and then SHOULD send an RST to show that data was lost (SHLD-3, from RFC 1122 §4.2.2.13). The
// rfc9293 and windows profiles keep the full-duplex close of RFC 9293 §3.10.7.4 and deliver it.
#include "endpoint.h"

#include "host.h"
#include "params.h"

namespace tcplab {

bool Endpoint::resetsOnDataAfterClose(const Segment& s)
{
    // Linux tcp_rcv_state_process, FIN_WAIT1/FIN_WAIT2 with RCV_SHUTDOWN (set by tcp_close): a
    // segment that occupies sequence space and reaches beyond RCV.NXT with more than its FIN
    // (end_seq - fin after rcv_nxt: new data, or a FIN beyond a gap) is answered with tcp_reset and
    // an RST (LINUX_MIB_TCPABORTONDATA). The FIN_WAIT2 substate of tcp_timewait_state_process
    // answers the same segment with TCP_TW_RST. After shutdown(SHUT_WR) alone the application can
    // still read, and the data is taken.
    if (!params().linuxRules() || !orphaned_)
        return false;
    if (state_ != TcpState::FinWait1 && state_ != TcpState::FinWait2)
        return false;
    if (s.seqLength() == 0 || !(s.seq + s.len).after(rcvNxt_))
        return false;
    // tcp_v4_send_reset answers the segment: SEQ = its ACK (or RST|ACK acknowledging it).
    if (s.has(kAck)) {
        sendRst(s.ack);
    } else {
        Segment rst = makeSegment(kRst | kAck, SeqNum(0));
        rst.ack = s.seq + s.seqLength();
        transmit(std::move(rst));
    }
    // tcp_reset then tcp_done: the socket ends; its application already closed it and hears nothing.
    closeConnection("rcv data after close() / snd RST");
    return true;
}

bool Endpoint::resetsOnCloseWithUnreadData()
{
    // Linux tcp_close: the receive queue is flushed, and if it held data the application never
    // read (data_was_unread), "Unread data was tossed, zap the connection": TCP_CLOSE and
    // tcp_send_active_reset (ACK|RST, LINUX_MIB_TCPABORTONCLOSE) instead of a FIN, so the peer
    // learns that its data was lost (RFC 2525 §2.17; RFC 9293 §3.6.1 SHLD-3 for a half-duplex close).
    if (!params().linuxRules() || unreadBytes_ == 0)
        return false;
    switch (state_) {
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        break;
    default:
        return false;
    }
    sendActiveReset();
    closeConnection("app close with unread data / snd RST");
    return true;
}

} // namespace tcplab
