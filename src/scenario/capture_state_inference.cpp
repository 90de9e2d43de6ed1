#include "capture_state_inference.h"

namespace tcplab {

void CaptureStateInference::move(TimeUs t_us, Peer peer, TcpState to, const char* cause)
{
    Side& side = side_[index(peer)];
    if (side.state == to)
        return;
    TraceEvent e;
    e.t_us = t_us;
    e.kind = TraceKind::State;
    e.peer = peer;
    e.sock = 1;
    e.from = side.state;
    e.to = to;
    e.cause = cause;
    side.state = to;
    sink_.onTrace(e);
}

// What an acknowledgement tells about the receiver, whose SYN or FIN it may cover.
void CaptureStateInference::acknowledge(TimeUs t_us, const Segment& s, Peer receiver)
{
    Side& r = side_[index(receiver)];
    if (r.synSent && s.ack == r.iss + 1)
        r.synAcked = true;
    if (r.state == TcpState::SynReceived && r.synSent && s.ack == r.iss + 1)
        move(t_us, receiver, TcpState::Established, "rcv ACK of SYN");
    if (!r.finSent || s.ack != r.finEnd)
        return;
    switch (r.state) {
    case TcpState::FinWait1:
        // Also when a FIN follows in the same segment: RFC 9293 §3.10.7.4 enters FIN-WAIT-2 and
        // continues there, so the FIN then takes FIN_WAIT_2 -> TIME_WAIT (Figure 5's edges).
        move(t_us, receiver, TcpState::FinWait2, "rcv ACK of FIN");
        break;
    case TcpState::Closing:
        move(t_us, receiver, TcpState::TimeWait, "rcv ACK of FIN");
        break;
    case TcpState::LastAck:
        move(t_us, receiver, TcpState::Closed, "rcv ACK of FIN");
        break;
    default:
        break;
    }
}

void CaptureStateInference::onSegment(TimeUs t_us, const Segment& s, Peer sender)
{
    const Peer receiver = otherPeer(sender);
    Side& x = side_[index(sender)];
    Side& y = side_[index(receiver)];
    TraceEvent send;
    send.t_us = t_us;
    send.kind = TraceKind::Send;
    send.peer = sender;
    send.segment = &s;
    sink_.onTrace(send);

    if (s.has(kRst)) {
        move(t_us, sender, TcpState::Closed, "snd RST");
        if (y.state != TcpState::Listen)
            move(t_us, receiver, TcpState::Closed, "rcv RST");
        return;
    }
    if (s.has(kSyn)) {
        if (!s.has(kAck)) {
            if (x.state == TcpState::Closed)
                move(t_us, sender, TcpState::SynSent, "app connect / snd SYN");
            // Nothing is assumed of the receiver yet: it shows it listened by answering with
            // SYN,ACK, that it had no socket by an RST (a refused connection: it stays CLOSED),
            // and that it opens too by a SYN of its own (simultaneous open, RFC 9293 §3.5).
        } else {
            if (x.state == TcpState::Closed)
                move(t_us, sender, TcpState::Listen, "listening (assumed: it answered a SYN)");
            const bool simultaneous = x.state == TcpState::SynSent;
            move(t_us, sender, TcpState::SynReceived,
                simultaneous ? "rcv SYN (simultaneous open) / snd SYN,ACK" : "rcv SYN / snd SYN,ACK");
            // Seen away from this peer, the other side's SYN,ACK that acknowledges our SYN can
            // pass the capture point before this SYN,ACK does, though this peer got it later.
            if (simultaneous && x.synAcked && x.iss == s.seq)
                move(t_us, sender, TcpState::Established, "rcv ACK of SYN");
        }
        x.synSent = true;
        x.iss = s.seq;
        if (s.has(kAck))
            acknowledge(t_us, s, receiver);
        return;
    }
    if (s.has(kAck)) {
        if (x.state == TcpState::SynSent)
            move(t_us, sender, TcpState::Established, "rcv SYN,ACK / snd ACK");
        acknowledge(t_us, s, receiver);
    }
    if (!s.has(kFin))
        return;
    const SeqNum finEnd = s.seq + (s.len + 1);
    if (x.finSent && x.finEnd == finEnd)
        return; // a retransmitted FIN tells nothing new
    x.finSent = true;
    x.finEnd = finEnd;
    if (x.state == TcpState::CloseWait)
        move(t_us, sender, TcpState::LastAck, "app close / snd FIN");
    else if (x.state == TcpState::Established || x.state == TcpState::SynReceived)
        move(t_us, sender, TcpState::FinWait1, "app close / snd FIN");
    switch (y.state) {
    case TcpState::Established:
        move(t_us, receiver, TcpState::CloseWait, "rcv FIN / snd ACK");
        break;
    case TcpState::FinWait1:
        if (s.has(kAck) && y.finSent && s.ack == y.finEnd) {
            // Not reached when acknowledge() saw the ACK of our FIN first (FIN_WAIT_2 by now).
            move(t_us, receiver, TcpState::FinWait2, "rcv ACK of FIN");
            move(t_us, receiver, TcpState::TimeWait, "rcv FIN / snd ACK");
        } else
            move(t_us, receiver, TcpState::Closing, "rcv FIN (simultaneous close) / snd ACK");
        break;
    case TcpState::FinWait2:
        move(t_us, receiver, TcpState::TimeWait, "rcv FIN / snd ACK");
        break;
    default:
        break;
    }
}

} // namespace tcplab
