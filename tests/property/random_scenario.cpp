#include "random_scenario.h"

#include "step_builders.h"

#include <algorithm>
#include <random>

namespace tcplab::property {

namespace {

class Dice {
public:
    explicit Dice(std::uint64_t seed)
        : rng_(seed)
    {
    }
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::mt19937_64 rng_;
};

// Each peer writes its own alphabet, so data that crosses to the wrong stream shows at once.
std::string randomText(Dice& dice, Peer peer, std::int64_t maxLen)
{
    const std::int64_t len = dice.chance(0.7) ? dice.between(1, 40) : dice.between(1, maxLen);
    const char base = peer == Peer::Client ? 'a' : 'A';
    std::string text;
    text.reserve(static_cast<std::size_t>(len));
    for (std::int64_t i = 0; i < len; ++i)
        text.push_back(static_cast<char>(base + dice.between(0, 25)));
    return text;
}

Params randomParams(Dice& dice, const std::string& profile, bool wild)
{
    Params p = *profileDefaults(profile);
    p.msl_ms = dice.between(100, 2000);
    const double tw = dice.real(0, 1);
    if (tw < 0.4)
        p.time_wait_ms.reset(); // 2 x MSL
    else if (tw < 0.7)
        p.time_wait_ms = dice.between(2 * p.msl_ms, 3 * p.msl_ms);
    else
        p.time_wait_ms = dice.between(0, 2 * p.msl_ms - 1); // shorter than it should be
    p.delay_ms = dice.between(1, 80);
    p.loss = dice.chance(0.4) ? 0.0 : dice.real(0, 0.25);
    p.seed = static_cast<std::uint64_t>(dice.between(0, 1LL << 40));
    p.timestamps = dice.chance(0.5);
    p.rto_initial_ms = dice.between(100, 1000);
    p.rto_min_ms = dice.between(10, p.rto_initial_ms);
    p.rto_max_ms = dice.between(p.rto_initial_ms, 5000);
    p.syn_retries = static_cast<int>(dice.between(1, 6));
    p.synack_retries = static_cast<int>(dice.between(1, 5));
    p.data_retries = static_cast<int>(dice.between(2, 8));
    p.syn_linear_timeouts = static_cast<int>(dice.between(0, 4));
    p.delayed_ack_ms = dice.chance(0.5) ? 0 : dice.between(1, 50);
    p.mss = static_cast<std::uint32_t>(dice.between(20, 1460));
    p.window = static_cast<std::uint32_t>(dice.between(p.mss, 65535));
    p.isn = IsnMode::Fixed;
    p.isn_client = static_cast<std::uint32_t>(dice.between(0, 0xFFFFFFFFLL));
    p.isn_server = static_cast<std::uint32_t>(dice.between(0, 0xFFFFFFFFLL));
    if (!wild) {
        // Nothing but TIME_WAIT may end or shorten an incarnation early.
        p.fin_wait_2_timeout_ms.reset();
        p.tw_reuse = 0;
        p.syncookies = 0;
        p.keepalive.enabled = false;
        p.max_tw_buckets = 1'000'000;
        return p;
    }
    p.isn = dice.pick(std::vector<IsnMode> { IsnMode::Fixed, IsnMode::Clock, IsnMode::Random });
    if (dice.chance(0.5))
        p.fin_wait_2_timeout_ms = dice.between(0, 3000);
    p.tw_reuse = static_cast<int>(dice.between(0, 2));
    p.rfc1337 = dice.chance(0.5);
    p.syncookies = static_cast<int>(dice.between(0, 2));
    p.backlog = static_cast<int>(dice.between(0, 8));
    p.max_tw_buckets = dice.between(0, 3);
    p.tw_recycle = dice.chance(0.2);
    if (dice.chance(0.3))
        p.keepalive = { true, dice.between(50, 2000), dice.between(20, 500), static_cast<int>(dice.between(1, 5)) };
    return p;
}

Step atStep(std::int64_t ms, Peer peer, ActionKind kind)
{
    return testing::at(ms, peer, kind);
}

Trigger randomAfter(Dice& dice)
{
    AwaitedEvent awaited;
    awaited.peer = dice.chance(0.5) ? Peer::Client : Peer::Server;
    if (dice.chance(0.5)) {
        awaited.what = dice.pick(std::vector<TcpState> { TcpState::Established, TcpState::CloseWait, TcpState::FinWait2,
            TcpState::TimeWait, TcpState::Closed, TcpState::SynReceived });
    } else {
        awaited.what = dice.pick(std::vector<AppEventKind> {
            AppEventKind::Connected, AppEventKind::Data, AppEventKind::Eof, AppEventKind::Closed });
    }
    return Trigger::afterEvent(awaited, msToUs(dice.between(0, 300)));
}

} // namespace

Scenario RandomScenario::make(std::uint64_t seed, Family family)
{
    Dice dice(seed);
    const bool wild = family == Family::Wild;
    Scenario s;
    s.name = "random-" + std::to_string(seed);
    s.title.en = std::string(wild ? "wild" : "orderly") + " random scenario " + std::to_string(seed);
    s.profile = dice.pick(profileNames());
    s.spec.params = randomParams(dice, s.profile, wild);
    const Params& p = s.spec.params;
    std::vector<Step>& steps = s.spec.steps;
    steps.push_back(atStep(0, Peer::Server, ActionKind::Listen));

    // Orderly runs close only at the end of each connection: a close with no connection left
    // would close the listener and end the run's later incarnations before they begin.
    std::vector<ActionKind> kinds = { ActionKind::Send, ActionKind::Send, ActionKind::Send, ActionKind::Shutdown };
    if (wild) {
        for (ActionKind k : { ActionKind::Close, ActionKind::Abort, ActionKind::Crash, ActionKind::NeverClose,
                 ActionKind::SynFlood, ActionKind::Connect, ActionKind::Listen })
            kinds.push_back(k);
    }
    std::int64_t startMs = dice.between(0, 50);
    std::int64_t lastMs = startMs;
    const int connections = static_cast<int>(dice.between(1, 3));
    bool reconnectQueued = false;
    if (!wild && dice.chance(0.5)) {
        // The textbook hazard first: a short exchange, the client closes first, reconnects the
        // moment its side of the 4-tuple is free, and a copy of its first data is still on its
        // way. A full TIME_WAIT outlives the copy; a short one lets it into the new incarnation.
        auto onState = [&](Peer who, TcpState state, Peer peer, ActionKind kind) {
            return testing::after(who, state, peer, kind, dice.between(0, 20));
        };
        auto onApp = [&](Peer who, AppEventKind app, Peer peer, ActionKind kind) {
            return testing::afterApp(who, app, peer, kind, dice.between(0, 20));
        };
        steps.push_back(atStep(startMs, Peer::Client, ActionKind::Connect));
        Step send = onState(Peer::Client, TcpState::Established, Peer::Client, ActionKind::Send);
        send.action.text = randomText(dice, Peer::Client, 40);
        steps.push_back(send);
        steps.push_back(onApp(Peer::Server, AppEventKind::Data, Peer::Client, ActionKind::Close));
        steps.push_back(onApp(Peer::Server, AppEventKind::Eof, Peer::Server, ActionKind::Close));
        steps.push_back(onState(Peer::Client, TcpState::Closed, Peer::Client, ActionKind::Connect));
        FaultSpec copy { Peer::Client, SegmentClass::Data, 1, FaultAction::Duplicate,
            dice.between(p.msl_ms / 2, p.msl_ms) };
        s.spec.faults.push_back(copy);
        reconnectQueued = true;
        startMs += 3 * p.msl_ms;
    }
    for (int c = 0; c < connections; ++c) {
        if (!reconnectQueued)
            steps.push_back(atStep(startMs, Peer::Client, ActionKind::Connect));
        reconnectQueued = false;
        if (wild && dice.chance(0.15))
            steps.push_back(atStep(startMs, Peer::Server, ActionKind::Connect)); // simultaneous open
        const int actions = static_cast<int>(dice.between(0, 5));
        std::vector<std::int64_t> times;
        for (int i = 0; i < actions; ++i)
            times.push_back(startMs + dice.between(0, p.msl_ms)); // within an MSL: old duplicates overlap
        std::sort(times.begin(), times.end());
        for (std::int64_t t : times) {
            Step step = atStep(t, dice.chance(0.5) ? Peer::Client : Peer::Server, dice.pick(kinds));
            if (dice.chance(0.25))
                step.trigger = randomAfter(dice);
            else if (wild && dice.chance(0.1))
                step.independent = true;
            Action& a = step.action;
            if (a.kind == ActionKind::Send)
                a.text = randomText(dice, a.peer, std::max<std::int64_t>(1, 3 * p.mss));
            else if (a.kind == ActionKind::Crash)
                a.downMs = dice.between(0, 2000);
            else if (a.kind == ActionKind::SynFlood) {
                a.count = static_cast<int>(dice.between(1, 12));
                a.intervalMs = dice.between(0, 50);
            } else if (a.kind == ActionKind::Connect && dice.chance(0.3))
                a.port = static_cast<std::uint16_t>(dice.between(1024, 1030));
            steps.push_back(step);
            lastMs = std::max(lastMs, t);
        }
        // Usually an orderly end: one side closes, the other closes after its EOF.
        const Peer closer = dice.chance(0.5) ? Peer::Client : Peer::Server;
        const std::int64_t closeMs = lastMs + dice.between(0, p.msl_ms / 2);
        steps.push_back(atStep(closeMs, closer, ActionKind::Close));
        steps.push_back(testing::afterApp(
            otherPeer(closer), AppEventKind::Eof, otherPeer(closer), ActionKind::Close, dice.between(0, 200)));
        lastMs = closeMs;
        // The next incarnation of the same 4-tuple: often as soon as the client's side is free
        // again (the moment old duplicates are most dangerous), sometimes while TIME_WAIT still
        // holds it (EADDRINUSE), sometimes later.
        startMs = closeMs + dice.between(0, 3 * p.timeWaitMs() + 100);
        if (c + 1 < connections && dice.chance(0.5)) {
            steps.push_back(testing::after(
                Peer::Client, TcpState::Closed, Peer::Client, ActionKind::Connect, dice.between(0, 100)));
            reconnectQueued = true;
            startMs = closeMs + p.timeWaitMs() + 2000; // the next actions' times are rough anyway
        }
    }

    const int faults = static_cast<int>(dice.between(0, 4));
    if (dice.chance(0.5)) {
        // An old duplicate of early data: what TIME_WAIT is there to outlive.
        FaultSpec f;
        f.peer = dice.chance(0.5) ? Peer::Client : Peer::Server;
        f.match = SegmentClass::Data;
        f.nth = static_cast<int>(dice.between(1, 2));
        f.action = FaultAction::Duplicate;
        f.delayMs = dice.between(p.msl_ms / 4, p.msl_ms);
        s.spec.faults.push_back(f);
    }
    for (int i = 0; i < faults; ++i) {
        FaultSpec f;
        f.peer = dice.chance(0.5) ? Peer::Client : Peer::Server;
        f.match = dice.pick(std::vector<SegmentClass> { SegmentClass::Syn, SegmentClass::SynAck, SegmentClass::PureAck,
            SegmentClass::Data, SegmentClass::Fin, SegmentClass::Rst, SegmentClass::Any });
        f.nth = static_cast<int>(dice.between(1, 6));
        f.action
            = dice.pick(std::vector<FaultAction> { FaultAction::Drop, FaultAction::Delay, FaultAction::Duplicate });
        if (f.action != FaultAction::Drop)
            f.delayMs = dice.between(0, p.msl_ms + p.msl_ms / 4); // sometimes beyond MSL: it must expire
        s.spec.faults.push_back(f);
    }
    s.spec.runUntilUs = msToUs(startMs + 10 * p.msl_ms + 3 * p.timeWaitMs() + 60'000);
    return s;
}

} // namespace tcplab::property
