// What an RST does to a connection past SYN_SENT (RFC 9293 §3.10.7.4, second: the RST bit):
// whether it is believed (reset_validation.h: RFC 5961 §3.2 in the linux profile), then the
// state it leaves and what the application hears.
#include "endpoint.h"

#include "host.h"
#include "params.h"
#include "reset_validation.h"

namespace tcplab {

Arrival Endpoint::arriveReset(const Segment& s)
{
    // A Linux request socket (the passive SYN_RECV, tcp_check_req) takes any in-window RST; full
    // sockets go through tcp_validate_incoming and RFC 5961 §3.2.
    const bool rfc5961 = params().linuxRules() && !(state_ == TcpState::SynReceived && passiveOpen_);
    switch (validateReset(state_, s.seq, rcvNxt_, params().window, rfc5961)) {
    case ResetVerdict::Drop:
        return Arrival::dropped(); // RFC 9293 §3.10.7.4: nothing is sent for an unacceptable RST
    case ResetVerdict::ChallengeAck:
        sendAck();
        return Arrival::dropped(DropReason::ChallengeAck);
    case ResetVerdict::Reset:
        break;
    }
    lastSegmentUs_ = now();
    processRst();
    return Arrival::taken();
}

void Endpoint::processRst()
{
    // RFC 9293 §3.10.7.4, second: the RST bit (the acceptability test already passed).
    switch (state_) {
    case TcpState::SynReceived:
        if (passiveOpen_) {
            // Back to LISTEN: the listener still exists, so this spawned socket simply ends.
            setState(TcpState::Listen, "rcv RST: return to LISTEN");
            cancelAllTimers();
            host_.connectionClosed(*this);
            return;
        }
        if (params().linuxRules())
            reportLinuxReset();
        else
            appEvent(AppEventKind::Refused, 0, "connection refused (ECONNREFUSED)");
        closeConnection("rcv RST in SYN_RECEIVED");
        return;
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        if (params().linuxRules())
            reportLinuxReset();
        else
            appEvent(AppEventKind::Reset, 0, "connection reset by peer (ECONNRESET)");
        closeConnection("rcv RST: connection reset");
        return;
    default:
        // CLOSING, LAST_ACK: the close did not finish cleanly; an application that only called
        // shutdown() hears of it (after close() appEvent tells no one).
        if (params().linuxRules())
            reportLinuxReset();
        else
            appEvent(AppEventKind::Reset, 0, "connection reset while closing");
        closeConnection("rcv RST");
        return;
    }
}

void Endpoint::reportLinuxReset()
{
    // Linux tcp_reset: sk_err = ECONNREFUSED in SYN_SENT (arriveInSynSent), EPIPE in CLOSE_WAIT,
    // ECONNRESET in every other state — SYN_RECV of a simultaneous open, CLOSING and LAST_ACK
    // included; nothing for a socket the application already closed (appEvent).
    if (state_ == TcpState::CloseWait)
        appEvent(AppEventKind::Reset, 0, "broken pipe (EPIPE): reset in CLOSE_WAIT");
    else
        appEvent(AppEventKind::Reset, 0, "connection reset by peer (ECONNRESET)");
}

} // namespace tcplab
