#include "delayed_ack.h"

#include "params.h"

#include <algorithm>

namespace tcplab {

namespace {
constexpr int kLinuxMaxQuickAcks = 16; // TCP_MAX_QUICKACKS (include/net/tcp.h)
}

DelayedAck::DelayedAck(const Params& params)
    : delayMs_(params.delayed_ack_ms)
    , mss_(params.mss)
    , window_(params.window)
    , linux_(params.linuxRules())
{
}

bool DelayedAck::ackNowAfter(std::uint32_t len)
{
    if (delayMs_ <= 0)
        return true;
    if (linux_ && !firstDataSeen_) {
        // Linux tcp_event_data_recv: the first data segment starts the delayed-ACK engine in
        // quick-ack mode (tcp_incr_quickack): rcv_wnd / (2 x rcv_mss) ACKs at once, at least 2,
        // at most TCP_MAX_QUICKACKS.
        quickAcks_ = std::clamp(static_cast<int>(window_ / (2 * mss_)), 2, kLinuxMaxQuickAcks);
    }
    firstDataSeen_ = true;
    unacked_ = true;
    unackedBytes_ += len;
    if (len >= mss_)
        ++unackedFullSegments_;
    if (linux_) {
        // tcp_in_quickack_mode: ACK at once while quick ACKs are left. __tcp_ack_snd_check:
        // more than one full-sized segment (rcv_mss) unacknowledged is ACKed at once.
        return quickAcks_ > 0 || unackedBytes_ > mss_;
    }
    // RFC 9293 SHLD-19 / RFC 1122 4.2.3.2: "an ACK should be generated for at least every second
    // full-sized segment".
    return unackedFullSegments_ >= 2;
}

void DelayedAck::ackSent()
{
    // Linux tcp_dec_quickack_mode: an ACK that acknowledged new data uses up one quick ACK.
    if (unacked_ && quickAcks_ > 0)
        --quickAcks_;
    unacked_ = false;
    unackedBytes_ = 0;
    unackedFullSegments_ = 0;
}

} // namespace tcplab
