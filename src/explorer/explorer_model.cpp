#include "explorer_model.h"

#include <cmath>

namespace tcplab {

namespace {
constexpr std::uint64_t kArrivalSalt = 0xA24BAED4963EE407ull;
constexpr std::uint64_t kLeakSalt = 0x9FB21C651E98DF25ull;
constexpr int kReuseCandidates = 8; // TIME_WAIT ports looked at per connect with tcp_tw_reuse

ScenarioSpec specFor(const ExplorerConfig& config)
{
    ScenarioSpec spec;
    spec.params = config.params;
    spec.runUntilUs = msToUs(config.duration_ms);
    return spec; // no steps: the explorer plays both applications itself
}

} // namespace

ExplorerModel::ExplorerModel(const ExplorerConfig& config)
    : config_(config)
    , sim_(std::make_unique<Simulation>(specFor(config)))
    , ports_(config.port_min, config.port_max)
    , arrivalRng_(config.params.seed ^ kArrivalSalt)
    , leakRng_(config.params.seed ^ kLeakSalt)
{
    poolOn_ = config_.pool_limit > 0;
    sim_->setAppHandler(this);
    sim_->host(Peer::Server).listen(sim_->spec().server.port);
    schedule(0, kArrival, 0);
    arrivalsScheduled_ = 1;
}

ExplorerModel::~ExplorerModel() = default;

ExplorerResult ExplorerModel::run(const Progress& progress)
{
    ExplorerResult result;
    result.config = config_;
    const std::int64_t step = std::max<std::int64_t>(1, config_.sample_ms);
    // One row per sample_ms costs ~300 bytes: 30 days at 1 ms would be 700 GB. The rows stop at
    // the explorer_samples budget (and the run with them), with what ran so far kept.
    const std::uint64_t rows = static_cast<std::uint64_t>(config_.duration_ms / step) + 2;
    const std::uint64_t samplesBudget = config_.budget.explorerSamples;
    result.samples.reserve(static_cast<std::size_t>(std::min(rows, samplesBudget)));
    result.samples.push_back(sample());
    for (std::int64_t t = step;; t += step) {
        if (result.samples.size() >= samplesBudget) {
            result.budgetStop = BudgetStop { BudgetKind::ExplorerSamples, samplesBudget, sim_->now() };
            break;
        }
        const std::int64_t until = std::min(t, config_.duration_ms);
        sim_->runUntil(msToUs(until));
        result.samples.push_back(sample());
        if (sim_->eventsProcessed() > config_.budget.events) {
            result.budgetStop = BudgetStop { BudgetKind::Events, config_.budget.events, sim_->now() };
            break;
        }
        if (progress && !progress(static_cast<double>(until) / static_cast<double>(config_.duration_ms))) {
            result.cancelled = true;
            break;
        }
        if (until >= config_.duration_ms)
            break;
    }
    result.events = sim_->eventsProcessed();
    return result;
}

ExplorerSample ExplorerModel::sample() const
{
    ExplorerSample s;
    s.t_ms = sim_->now() / kUsPerMs;
    s.client = sim_->host(Peer::Client).stateCounts();
    s.server = sim_->host(Peer::Server).stateCounts();
    s.opened = opened_;
    s.eaddrnotavail = eaddrnotavail_;
    s.poolRejected = poolRejected_;
    s.responses = responses_;
    s.resets = resets_;
    s.timeouts = timeouts_;
    s.leaked = leaked_;
    s.poolInUse = poolInUse_;
    s.twOverflowsClient = sim_->host(Peer::Client).timeWaitOverflows();
    s.twOverflowsServer = sim_->host(Peer::Server).timeWaitOverflows();
    s.freePorts = ports_.freeCount();
    return s;
}

void ExplorerModel::schedule(TimeUs at, Task task, int sock)
{
    sim_->scheduleUser(at, UserTask { static_cast<std::uint32_t>(task), sock });
}

std::uint8_t& ExplorerModel::flags(Peer peer, int sock)
{
    auto& v = flags_[static_cast<int>(peer)];
    if (static_cast<std::size_t>(sock) >= v.size())
        v.resize(std::max<std::size_t>(v.size() * 2, static_cast<std::size_t>(sock) + 1), 0);
    return v[static_cast<std::size_t>(sock)];
}

// ---------------------------------------------------------------- arrivals and connects

void ExplorerModel::scheduleNextArrival()
{
    if (config_.max_connections > 0 && arrivalsScheduled_ >= config_.max_connections)
        return;
    TimeUs at;
    if (config_.arrivals == ArrivalMode::Poisson) {
        // Exponential gaps; 1 - u keeps the logarithm finite.
        const double u = static_cast<double>(arrivalRng_() >> 11) * 0x1.0p-53;
        nextArrivalUs_ += static_cast<TimeUs>(std::llround(-std::log(1.0 - u) * 1e6 / config_.rate_per_s));
        at = nextArrivalUs_;
    } else {
        // The k-th arrival at round(k / rate): no drift however long the run.
        at = static_cast<TimeUs>(std::llround(static_cast<double>(arrivalsScheduled_) * 1e6 / config_.rate_per_s));
    }
    ++arrivalsScheduled_;
    schedule(at, kArrival, 0);
}

void ExplorerModel::openConnection()
{
    ++opened_;
    const bool clientPool = poolOn_ && config_.leak_side == Peer::Client;
    if (clientPool && poolInUse_ >= config_.pool_limit) {
        ++poolRejected_;
        return;
    }
    std::optional<std::uint16_t> port = ports_.takeFree();
    if (!port)
        port = reusableTimeWaitPort();
    if (!port) {
        ++eaddrnotavail_; // the kernel's EADDRNOTAVAIL: no ephemeral port left for this 4-tuple
        return;
    }
    const PeerSpec& server = sim_->spec().server;
    ConnectError error = ConnectError::None;
    connectingPort_ = *port;
    Endpoint* endpoint = sim_->host(Peer::Client).connect(*port, server.addr, server.port, std::nullopt, 0, error);
    connectingPort_ = 0;
    if (!endpoint) {
        ++eaddrnotavail_;
        return;
    }
    if (clientPool) {
        flags(Peer::Client, endpoint->sock()) |= kSlotHeld;
        ++poolInUse_;
    }
}

std::optional<std::uint16_t> ExplorerModel::reusableTimeWaitPort()
{
    // tcp_tw_reuse (mode 1, timestamps on): a connect may take a 4-tuple its host holds in
    // TIME_WAIT once >= 1 s passed since its last segment. Host::connect checks the rule; here
    // we only pick candidates, oldest holders first, a bounded number of them.
    const Params& p = config_.params;
    if (p.tw_reuse != 1 || !p.timestamps)
        return std::nullopt;
    const Host& client = sim_->host(Peer::Client);
    const PeerSpec& server = sim_->spec().server;
    for (int i = 0; i < kReuseCandidates; ++i) {
        auto port = ports_.oldestHeld();
        if (!port)
            return std::nullopt;
        const Endpoint* tw = client.find({ client.address(), *port, server.addr, server.port });
        if (tw && tw->state() == TcpState::TimeWait && tw->peerUsesTimestamps()
            && sim_->now() - tw->lastSegmentUs() >= msToUs(1000)) {
            ports_.retake(*port);
            return port;
        }
        ports_.rotateHeld(*port);
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- the applications

void ExplorerModel::onUserEvent(Simulation&, UserTask user)
{
    const auto task = static_cast<Task>(user.task);
    const int sock = user.sock;
    if (task == kArrival) {
        scheduleNextArrival();
        openConnection();
        return;
    }
    const Peer peer = task == kClientClose ? Peer::Client : Peer::Server;
    Endpoint* endpoint = sim_->host(peer).findSock(sock);
    if (!endpoint)
        return; // reset or timed out meanwhile
    switch (task) {
    case kRespond:
        if (flags(Peer::Server, sock) & kAppClosed)
            return; // refused by a full pool: no answer
        endpoint->send(config_.response_bytes, nullptr);
        if (config_.closer == Closer::Server)
            appClose(Peer::Server, *endpoint);
        else if (config_.closer == Closer::Simultaneous)
            schedule(sim_->now() + msToUs(config_.params.delay_ms), kServerClose, sock); // as the response lands
        return;
    case kClientClose:
    case kServerClose:
        appClose(peer, *endpoint);
        return;
    case kServerAbort:
        endpoint->abort();
        return;
    case kArrival:
        return;
    }
}

void ExplorerModel::onAppEvent(Simulation& sim, Peer peer, Endpoint& endpoint, AppEventKind kind, std::int64_t bytes)
{
    const int sock = endpoint.sock();
    switch (kind) {
    case AppEventKind::Connected:
        if (peer == Peer::Client) {
            endpoint.send(config_.request_bytes, nullptr);
            return;
        }
        if (poolOn_ && config_.leak_side == Peer::Server) {
            if (poolInUse_ >= config_.pool_limit) {
                // The server cannot take another connection: it drops it (RST), out of this
                // arrival's processing so the endpoint finishes handling its segment first.
                ++poolRejected_;
                flags(peer, sock) |= kAppClosed;
                schedule(sim.now(), kServerAbort, sock);
                return;
            }
            flags(peer, sock) |= kSlotHeld;
            ++poolInUse_;
        }
        return;
    case AppEventKind::Data: {
        // The application reads once the kernel has processed the segment (a task at the same
        // instant), so its answer carries the pending ACK as on a real host.
        const std::int64_t total = endpoint.bytesDelivered();
        const std::int64_t wanted = peer == Peer::Server ? config_.request_bytes : config_.response_bytes;
        if (total < wanted || total - bytes >= wanted)
            return;
        if (peer == Peer::Server) {
            schedule(sim.now(), kRespond, sock);
            return;
        }
        ++responses_;
        if (config_.closer != Closer::Server)
            schedule(sim.now(), kClientClose, sock);
        return;
    }
    case AppEventKind::Eof:
        appClose(peer, endpoint); // close() right after reading EOF: the FIN rides on the ACK
        return;
    case AppEventKind::Reset:
    case AppEventKind::Refused:
        ++resets_;
        flags(peer, sock) |= kAppClosed;
        return;
    case AppEventKind::Timeout:
        ++timeouts_;
        flags(peer, sock) |= kAppClosed;
        return;
    case AppEventKind::Closed:
    case AppEventKind::Error:
        return;
    }
}

void ExplorerModel::appClose(Peer peer, Endpoint& endpoint)
{
    std::uint8_t& f = flags(peer, endpoint.sock());
    if (f & kAppClosed)
        return;
    f |= kAppClosed;
    if (peer == config_.leak_side && config_.leak_fraction > 0.0) {
        const double u = static_cast<double>(leakRng_() >> 11) * 0x1.0p-53;
        if (u < config_.leak_fraction) {
            f |= kLeaked; // this code path forgets close(): the socket stays, and so does its slot
            ++leaked_;
            return;
        }
    }
    endpoint.close();
    releaseSlot(peer, endpoint.sock());
}

void ExplorerModel::releaseSlot(Peer peer, int sock)
{
    std::uint8_t& f = flags(peer, sock);
    if (!(f & kSlotHeld) || (f & kLeaked))
        return;
    f &= static_cast<std::uint8_t>(~kSlotHeld);
    --poolInUse_;
}

void ExplorerModel::onSocketRemoved(Simulation&, Peer peer, const Endpoint& endpoint)
{
    if (peer == Peer::Client && endpoint.tuple().localPort != connectingPort_)
        ports_.release(endpoint.tuple().localPort);
    releaseSlot(peer, endpoint.sock()); // an error closes the application's descriptor too
}

} // namespace tcplab
