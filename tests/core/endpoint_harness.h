#pragma once
#include "context.h"
#include "host.h"
#include "params.h"

#include <optional>
#include <string>
#include <vector>

namespace tcplab::testing {

// One Endpoint alone, as smoltcp tests its sockets: a real Host on a fake Context that records
// what the endpoint sends and publishes and keeps the clock still unless told. Build the
// endpoint in any state through exact segments, inject one more, and compare the reply and the
// transition.
class EndpointHarness final : public Context {
public:
    static constexpr Address kLocalAddr = 0xC0000201u; // 192.0.2.1
    static constexpr Address kRemoteAddr = 0xC6336402u; // 198.51.100.2
    static constexpr std::uint16_t kLocalPort = 49152;
    static constexpr std::uint16_t kRemotePort = 80;
    static constexpr std::uint32_t kIss = 1000; // ours
    static constexpr std::uint32_t kPeerIss = 5000; // the peer's

    explicit EndpointHarness(Params params = *profileDefaults("rfc9293"));

    // The endpoint under test, brought to `state` by an active open and the peer's answers:
    // SYN_SENT, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT.
    Endpoint& bringTo(TcpState state);
    Endpoint* endpoint() const { return host_.find({ kLocalAddr, kLocalPort, kRemoteAddr, kRemotePort }); }

    // A segment from the peer: `seq` and `ack` are offsets from the peer's ISS and ours (so
    // peer(kAck, 1, 1) is the first ACK after the handshake).
    Segment peer(std::uint8_t flags, std::uint32_t seqOffset, std::uint32_t ackOffset, std::uint32_t len = 0) const;
    // Delivers it as the network would and returns what the endpoint sent in answer.
    std::vector<Segment> inject(const Segment& segment);

    // What was recorded since the last inject (or since the start).
    std::vector<Segment> sent;
    std::vector<TraceEvent> events;
    std::optional<TraceEvent> lastState() const;
    std::optional<TraceEvent> lastDrop() const;

    void advance(TimeUs us) { nowUs_ += us; }
    Params& mutableParams() { return params_; }
    Host& host() { return host_; }
    // "ACK 1001 5001" (absolute numbers), as the transition table writes segments.
    static std::string text(const Segment& s);

    // --- Context ---
    TimeUs now() const override { return nowUs_; }
    const Params& params() const override { return params_; }
    void schedule(TimeUs, const SimEvent&) override { }
    void transmit(Peer from, Segment segment) override;
    std::uint32_t nextIncarnation(Peer, const FourTuple&) override { return 1; }
    SeqNum chooseIsn(Peer) override { return SeqNum(kIss); }

private:
    void observe(Peer peer, const CoreEvent& event) override;

    Params params_;
    TimeUs nowUs_ = 0;
    std::uint64_t nextId_ = 1;
    std::vector<Segment> copies_; // segments the recorded events point to
    Host host_;
};

} // namespace tcplab::testing
