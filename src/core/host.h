#pragma once
#include "context.h"
#include "endpoint.h"
#include "port_chooser.h"
#include "segment.h"
#include "tcp_state.h"
#include "trace_event.h"
#include "tuple_map.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tcplab {

struct Params;

// Why a connect() failed, as the kernel would say it.
enum class ConnectError : std::uint8_t {
    None,
    AddressInUse, // EADDRINUSE: bind() to a port another socket holds
    AddressNotAvailable, // EADDRNOTAVAIL: no ephemeral port left, or the bound 4-tuple is in use
    NoSuchConnection,
};

struct Listener {
    int sock = 0;
    std::uint16_t port = 0;
    int halfOpen = 0; // children in SYN_RECEIVED
};

// One machine: a socket table keyed by 4-tuple (connections and TIME_WAIT entries), listeners
// keyed by port, and the rules for segments that match nothing (RFC 9293 §3.10.7.1).
class Host {
public:
    Host(Context& cx, Peer peer, Address address);
    ~Host();

    Context& context() const { return cx_; }
    Peer peer() const { return peer_; }
    Address address() const { return address_; }
    // A 1 ms timestamp clock (RFC 7323 §5.4) shared by the host's connections.
    std::uint32_t tsClock() const;

    // --- applications ---
    bool listen(std::uint16_t port);
    // Opens a connection. Returns the endpoint, or nullptr with `error` set (EADDRINUSE when the
    // 4-tuple is held in TIME_WAIT and the profile's reuse rules refuse it).
    Endpoint* connect(std::uint16_t localPort, Address remoteAddr, std::uint16_t remotePort,
        std::optional<std::uint32_t> isn, std::uint32_t tsOffset, ConnectError& error);
    // bind(localPort) then connect() (host_connect.cpp): without SO_REUSEADDR (`reuseAddr`) any
    // socket on the port makes bind() fail with EADDRINUSE; with it, the port of one's own
    // TIME_WAIT connection is taken over when timestamps were on (tcp_twsk_unique with no twp),
    // other holders of the 4-tuple make connect() fail with EADDRNOTAVAIL.
    Endpoint* connectBound(std::uint16_t localPort, bool reuseAddr, Address remoteAddr, std::uint16_t remotePort,
        std::optional<std::uint32_t> isn, std::uint32_t tsOffset, ConnectError& error);
    // connect() without bind(): an ephemeral port from params.port_range, as __inet_hash_connect
    // chooses it (PortChooser); EADDRNOTAVAIL when none is left.
    Endpoint* connectEphemeral(Address remoteAddr, std::uint16_t remotePort, std::optional<std::uint32_t> isn,
        std::uint32_t tsOffset, ConnectError& error);
    // The number of a socket the application created for a call that failed (its socket()
    // before a failed bind()/listen()/connect()): the `sock` of the error it hears.
    int openFailedSocket() { return nextSock_++; }
    // SEND on a listener with no connection: the listener itself opens actively toward the
    // given peer (RFC 9293 §3.10.2, LISTEN -> SYN_SENT) and stops listening.
    Endpoint* openFromListener(std::uint16_t port, Address remoteAddr, std::uint16_t remotePort);
    Endpoint* findSock(int sock) const;
    Endpoint* find(const FourTuple& tuple) const;
    // The socket an application action applies to: the newest connection that still exists.
    Endpoint* currentConnection() const;
    const Listener* listener(std::uint16_t port) const;
    void closeListener(std::uint16_t port);
    // The host forgets everything silently; while `downUntilUs` lies ahead it answers nothing.
    void crash(TimeUs downUntilUs);
    bool isDown() const;

    // --- the network hands arriving segments here ---
    void deliver(const Segment& segment);

    // --- the socket table's bookkeeping, told by its endpoints ---
    void stateChanged(Endpoint& endpoint, TcpState from, TcpState to, std::string_view cause);
    void connectionClosed(Endpoint& endpoint);
    bool timeWaitOverflow();
    // Onto the wire, unless the host is down.
    void transmit(Segment segment);

    // --- TimerDue ---
    void timerFired(int sock, TimerKind kind, std::uint32_t generation);
    void reap() { graveyard_.clear(); }

    // --- read-only ---
    const std::array<std::int64_t, kTcpStateCount>& stateCounts() const { return stateCounts_; }
    std::int64_t timeWaitOverflows() const { return timeWaitOverflows_; }
    template <typename F> void forEachSocket(F&& visit) const
    {
        for (const auto& endpoint : bySock_) // in socket-number order
            if (endpoint)
                visit(*endpoint);
    }
    const std::unordered_map<std::uint16_t, Listener>& listeners() const { return listeners_; }

private:
    // `startsIn`: the state the trace's first line of the socket leaves (CLOSED for an active
    // open, LISTEN for a listener's child, TIME_WAIT for an RFC 6191 successor).
    Endpoint& createEndpoint(const FourTuple& tuple, std::uint32_t incarnation, TcpState startsIn, int sock = 0);
    void answerWithReset(const Segment& segment);
    // A new connection on `tuple`, replacing the TIME_WAIT entry `timeWait` if there is one (its
    // successor starts at the old SND.NXT + 65537 unless `isn` says otherwise).
    Endpoint* openConnection(const FourTuple& tuple, Endpoint* timeWait, std::string_view note, std::string_view cause,
        std::optional<std::uint32_t> isn, std::uint32_t tsOffset);
    bool portHeld(std::uint16_t port) const; // any socket of ours has it as its local port
    void releaseBind(const Endpoint& endpoint); // its explicit bind() ends with it
    void synToListener(Listener& listener, const Segment& syn, TcpState cameFrom, std::optional<SeqNum> isn);
    // RFC 6191: the TIME_WAIT socket gives way to a new incarnation opened by the listener.
    void reincarnate(Endpoint& timeWait, Listener& listener, const Segment& syn);
    bool cookieAck(Listener& listener, const Segment& ack);
    bool recycleRejects(const Segment& syn) const;
    void rememberTimestamp(const Segment& segment);
    std::uint32_t cookieFor(const FourTuple& tuple, SeqNum clientIsn) const;
    // `at`: the state of the socket that discards it (CLOSED when none does).
    void drop(const Segment& segment, DropReason reason, TcpState at = TcpState::Closed);

    Context& cx_;
    Peer peer_;
    Address address_;
    int nextSock_ = 1;
    int currentSock_ = 0;
    TimeUs downUntilUs_ = -1;
    TupleMap<Endpoint*> byTuple_;
    // Indexed by socket number (numbers are never reused): a timer firing finds its socket
    // without hashing. Costs one pointer per socket ever opened (8 MB per million).
    std::vector<std::unique_ptr<Endpoint>> bySock_;
    std::unordered_map<std::uint16_t, Listener> listeners_;
    // Ports taken by an explicit bind(), with the sockets on them: __inet_hash_connect skips a
    // port whose bind bucket came from bind() (fastreuse >= 0) until its last socket is gone.
    std::unordered_map<std::uint16_t, int> boundPorts_;
    std::unordered_set<int> boundSocks_;
    PortChooser ephemeralPorts_;
    std::vector<std::unique_ptr<Endpoint>> graveyard_; // freed after the current event
    struct PeerStamp {
        std::uint32_t tsVal = 0;
        TimeUs seenUs = 0;
    };
    std::unordered_map<Address, PeerStamp> peerStamps_; // tcp_tw_recycle's per-host memory
    std::array<std::int64_t, kTcpStateCount> stateCounts_ {};
    std::int64_t timeWaitOverflows_ = 0;
};

} // namespace tcplab
