#include "host.h"

#include "params.h"

#include <algorithm>

namespace tcplab {

Host::Host(Context& cx, Peer peer, Address address)
    : cx_(cx)
    , peer_(peer)
    , address_(address)
{
}
Host::~Host() = default;

std::uint32_t Host::tsClock() const
{
    return static_cast<std::uint32_t>(cx_.now() / 1000) + 1;
}
bool Host::isDown() const
{
    return downUntilUs_ > cx_.now();
}

Endpoint& Host::createEndpoint(const FourTuple& tuple, std::uint32_t incarnation, TcpState startsIn, int sock)
{
    if (sock == 0)
        sock = nextSock_++;
    auto endpoint = std::make_unique<Endpoint>(*this, sock, tuple, incarnation, startsIn);
    Endpoint& ref = *endpoint;
    if (static_cast<std::size_t>(sock) >= bySock_.size())
        bySock_.resize(static_cast<std::size_t>(sock) + 1);
    bySock_[static_cast<std::size_t>(sock)] = std::move(endpoint);
    byTuple_[tuple] = &ref;
    currentSock_ = sock;
    return ref;
}

bool Host::listen(std::uint16_t port)
{
    if (listeners_.count(port))
        return false;
    Listener listener;
    listener.sock = nextSock_++;
    listener.port = port;
    listeners_.emplace(port, listener);
    cx_.publish(peer_, event::StateChanged { listener.sock, TcpState::Closed, TcpState::Listen, "app listen" });
    return true;
}

void Host::closeListener(std::uint16_t port)
{
    auto it = listeners_.find(port);
    if (it == listeners_.end())
        return;
    int sock = it->second.sock;
    listeners_.erase(it);
    cx_.publish(peer_, event::StateChanged { sock, TcpState::Listen, TcpState::Closed, "app close of listener" });
}

const Listener* Host::listener(std::uint16_t port) const
{
    auto it = listeners_.find(port);
    return it == listeners_.end() ? nullptr : &it->second;
}

Endpoint* Host::findSock(int sock) const
{
    if (sock <= 0 || static_cast<std::size_t>(sock) >= bySock_.size())
        return nullptr;
    return bySock_[static_cast<std::size_t>(sock)].get();
}

Endpoint* Host::find(const FourTuple& tuple) const
{
    Endpoint* const* found = byTuple_.find(tuple);
    return found ? *found : nullptr;
}

Endpoint* Host::currentConnection() const
{
    return findSock(currentSock_);
}

Endpoint* Host::connect(std::uint16_t localPort, Address remoteAddr, std::uint16_t remotePort,
    std::optional<std::uint32_t> isn, std::uint32_t tsOffset, ConnectError& error)
{
    error = ConnectError::None;
    FourTuple tuple { address_, localPort, remoteAddr, remotePort };
    if (Endpoint* existing = find(tuple)) {
        if (!existing->reusableByConnect()) {
            error = ConnectError::AddressInUse;
            return nullptr;
        }
        cx_.publish(
            peer_, event::Noted { existing->sock(), "tcp_tw_reuse: TIME_WAIT 4-tuple taken by a new connection" });
        // Linux tcp_twsk_unique(): the new connection starts above anything the old one sent,
        // write_seq = tw_snd_nxt + 65535 + 2, so its segments cannot be taken for old ones.
        if (!isn)
            isn = (existing->sndNxt() + 65537u).value();
        existing->forget("TIME_WAIT reused by tcp_tw_reuse");
        connectionClosed(*existing);
    }
    std::uint32_t incarnation = cx_.nextIncarnation(peer_, tuple);
    Endpoint& endpoint = createEndpoint(tuple, incarnation, TcpState::Closed);
    SeqNum iss = isn ? SeqNum(*isn) : cx_.chooseIsn(peer_);
    endpoint.openActive(iss, tsOffset);
    return &endpoint;
}

Endpoint* Host::openFromListener(std::uint16_t port, Address remoteAddr, std::uint16_t remotePort)
{
    auto it = listeners_.find(port);
    if (it == listeners_.end())
        return nullptr;
    const int sock = it->second.sock;
    listeners_.erase(it);
    const FourTuple tuple { address_, port, remoteAddr, remotePort };
    if (find(tuple))
        return nullptr;
    const std::uint32_t incarnation = cx_.nextIncarnation(peer_, tuple);
    Endpoint& endpoint = createEndpoint(tuple, incarnation, TcpState::Listen, sock);
    endpoint.openActiveFromListen(cx_.chooseIsn(peer_));
    return &endpoint;
}

void Host::crash(TimeUs downUntilUs)
{
    downUntilUs_ = downUntilUs;
    std::vector<int> socks;
    forEachSocket([&](const Endpoint& endpoint) { socks.push_back(endpoint.sock()); });
    for (int sock : socks) {
        Endpoint* endpoint = findSock(sock);
        endpoint->forget("host crashed: connection forgotten");
        connectionClosed(*endpoint);
    }
    std::vector<std::uint16_t> ports;
    for (const auto& [port, listener] : listeners_)
        ports.push_back(port);
    std::sort(ports.begin(), ports.end());
    for (std::uint16_t port : ports) {
        cx_.publish(
            peer_, event::StateChanged { listeners_[port].sock, TcpState::Listen, TcpState::Closed, "host crashed" });
        listeners_.erase(port);
    }
}

void Host::stateChanged(Endpoint& endpoint, TcpState from, TcpState to, std::string_view cause)
{
    if (endpoint.counted)
        --stateCounts_[static_cast<int>(from)];
    ++stateCounts_[static_cast<int>(to)];
    endpoint.counted = true;
    if (from == TcpState::SynReceived && endpoint.passiveOpen()) {
        auto it = listeners_.find(endpoint.tuple().localPort);
        if (it != listeners_.end() && it->second.halfOpen > 0)
            --it->second.halfOpen;
    }
    cx_.publish(peer_, event::StateChanged { endpoint.sock(), from, to, cause });
}

bool Host::timeWaitOverflow()
{
    if (stateCounts_[static_cast<int>(TcpState::TimeWait)] <= cx_.params().max_tw_buckets)
        return false;
    ++timeWaitOverflows_;
    return true;
}

void Host::timerFired(int sock, TimerKind kind, std::uint32_t generation)
{
    Endpoint* endpoint = findSock(sock);
    if (!endpoint || endpoint->timerGeneration(kind) != generation || endpoint->timerDue(kind) != cx_.now())
        return; // cancelled or restarted since: a stale queue entry
    endpoint->timerFires(kind);
}

void Host::transmit(Segment segment)
{
    if (isDown())
        return;
    cx_.transmit(peer_, std::move(segment));
}

void Host::connectionClosed(Endpoint& endpoint)
{
    if (findSock(endpoint.sock()) != &endpoint)
        return;
    if (endpoint.counted)
        --stateCounts_[static_cast<int>(endpoint.state())];
    if (find(endpoint.tuple()) == &endpoint)
        byTuple_.erase(endpoint.tuple());
    releaseBind(endpoint);
    cx_.publish(peer_, event::SocketRemoved { &endpoint });
    graveyard_.push_back(std::move(bySock_[static_cast<std::size_t>(endpoint.sock())]));
}

void Host::drop(const Segment& segment, DropReason reason, TcpState at)
{
    cx_.publish(peer_, event::SegmentDropped { &segment, reason, at });
}

// ---------------------------------------------------------------- arrivals

void Host::deliver(const Segment& s)
{
    if (isDown()) {
        drop(s, DropReason::NoRoute);
        return;
    }
    cx_.publish(peer_, event::SegmentArrived { &s });
    rememberTimestamp(s);
    const FourTuple tuple = s.arrivalTuple();
    Endpoint* endpoint = find(tuple);
    auto listenerIt = listeners_.find(s.dstPort);
    Listener* listener = listenerIt == listeners_.end() ? nullptr : &listenerIt->second;
    const bool bareSyn = s.has(kSyn) && !s.has(kAck) && !s.has(kRst);

    if (endpoint) {
        const bool stray = s.incarnation != 0 && s.incarnation < endpoint->incarnation();
        const TcpState before = endpoint->state();
        const int sock = endpoint->sock();
        const Arrival arrival = endpoint->segmentArrives(s);
        switch (arrival.verdict) {
        case Verdict::NewIncarnation:
            reincarnate(*endpoint, *listener, s);
            return;
        case Verdict::SynRefused:
            drop(s, DropReason::TimeWait, TcpState::TimeWait);
            return;
        case Verdict::Dropped:
            drop(s, arrival.reason, before);
            break;
        case Verdict::Taken:
        case Verdict::NoChange:
            break;
        }
        if (stray)
            cx_.publish(peer_,
                event::StrayArrived { sock, &s, arrival.verdict == Verdict::Taken || before != endpoint->state() });
        return;
    }
    if (listener && bareSyn) {
        if (recycleRejects(s)) {
            drop(s, DropReason::Paws, TcpState::Listen);
            return;
        }
        synToListener(*listener, s, TcpState::Listen, std::nullopt);
        return;
    }
    if (listener && s.has(kRst)) {
        drop(s, DropReason::Ignored, TcpState::Listen); // RFC 9293: an RST in LISTEN is ignored
        return;
    }
    if (listener && s.has(kAck) && !s.has(kSyn) && cx_.params().syncookies > 0 && cookieAck(*listener, s))
        return;
    drop(s, DropReason::NoSocket);
    answerWithReset(s);
}

void Host::answerWithReset(const Segment& s)
{
    // RFC 9293 §3.10.7.1: if the state is CLOSED (the connection does not exist) ...
    if (s.has(kRst))
        return;
    Segment rst;
    rst.srcAddr = s.dstAddr;
    rst.srcPort = s.dstPort;
    rst.dstAddr = s.srcAddr;
    rst.dstPort = s.srcPort;
    rst.incarnation = s.incarnation;
    rst.window = 0;
    if (s.has(kAck)) {
        rst.seq = s.ack;
        rst.flags = kRst;
    } else {
        rst.seq = SeqNum(0);
        rst.ack = s.seq + s.seqLength();
        rst.flags = kRst | kAck;
    }
    transmit(std::move(rst));
}

void Host::reincarnate(Endpoint& timeWait, Listener& listener, const Segment& syn)
{
    // Linux: the new ISN is the old SND.NXT + 65535 + 2, above anything the old one used.
    const SeqNum isn = timeWait.sndNxt() + 65537u;
    cx_.publish(
        peer_, event::Noted { timeWait.sock(), "RFC 6191: SYN accepted in TIME_WAIT, a new incarnation begins" });
    // No CLOSED in between: the trace shows TIME_WAIT -> SYN_RECEIVED, as Linux reports it.
    timeWait.retire();
    connectionClosed(timeWait);
    synToListener(listener, syn, TcpState::TimeWait, isn);
}

void Host::synToListener(Listener& listener, const Segment& syn, TcpState cameFrom, std::optional<SeqNum> isn)
{
    const Params& p = cx_.params();
    const bool full = listener.halfOpen >= p.backlog;
    const FourTuple tuple = syn.arrivalTuple();
    if (p.syncookies == 2 || (full && p.syncookies == 1)) {
        // SYN cookies: answer with an encoded ISN and keep no state at all.
        Segment synAck;
        synAck.srcAddr = tuple.localAddr;
        synAck.srcPort = tuple.localPort;
        synAck.dstAddr = tuple.remoteAddr;
        synAck.dstPort = tuple.remotePort;
        synAck.flags = kSyn | kAck;
        synAck.seq = SeqNum(cookieFor(tuple, syn.seq));
        synAck.ack = syn.seq + 1;
        synAck.window = p.window;
        synAck.incarnation = syn.incarnation;
        cx_.publish(peer_, event::Noted { listener.sock, "SYN queue full: SYN cookie sent, no state kept" });
        transmit(std::move(synAck));
        return;
    }
    if (full) {
        drop(syn, DropReason::Backlog, TcpState::Listen);
        return;
    }
    ++listener.halfOpen;
    Endpoint& endpoint = createEndpoint(tuple, syn.incarnation, cameFrom);
    SeqNum iss = isn ? *isn : cx_.chooseIsn(peer_);
    endpoint.openFromListen(syn, iss);
}

std::uint32_t Host::cookieFor(const FourTuple& tuple, SeqNum clientIsn) const
{
    // A keyed hash of the 4-tuple and the client's ISN (the real one also folds in a coarse
    // clock and the MSS); deterministic so runs stay reproducible.
    std::uint64_t h = FourTupleHash {}(tuple) ^ (std::uint64_t(clientIsn.value()) * 0xD6E8FEB86659FD93ull);
    h ^= h >> 32;
    return static_cast<std::uint32_t>(h);
}

bool Host::cookieAck(Listener& listener, const Segment& ack)
{
    const FourTuple tuple = ack.arrivalTuple();
    SeqNum clientIsn = ack.seq - 1;
    if ((ack.ack - 1u).value() != cookieFor(tuple, clientIsn))
        return false;
    cx_.publish(peer_, event::Noted { listener.sock, "valid SYN cookie: connection created from the final ACK" });
    Endpoint& endpoint = createEndpoint(tuple, ack.incarnation, TcpState::Listen);
    endpoint.openFromCookie(ack, ack.ack - 1u);
    endpoint.segmentArrives(ack);
    return true;
}

bool Host::recycleRejects(const Segment& syn) const
{
    // tcp_tw_recycle (removed in Linux 4.12): a SYN whose timestamp is older than the last one
    // seen from the same address within 60 s is taken for an old duplicate and dropped. Behind a
    // NAT, different machines share one address but not one timestamp clock.
    if (!cx_.params().tw_recycle || !syn.hasTimestamps)
        return false;
    auto it = peerStamps_.find(syn.srcAddr);
    if (it == peerStamps_.end() || cx_.now() - it->second.seenUs > msToUs(60'000))
        return false;
    return static_cast<std::int32_t>(syn.tsVal - it->second.tsVal) < 0;
}

void Host::rememberTimestamp(const Segment& s)
{
    if (!cx_.params().tw_recycle || !s.hasTimestamps || s.has(kSyn))
        return;
    PeerStamp& stamp = peerStamps_[s.srcAddr];
    stamp.tsVal = s.tsVal;
    stamp.seenUs = cx_.now();
}

} // namespace tcplab
