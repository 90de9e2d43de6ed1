#include "network.h"

#include "host.h"
#include "params.h"

#include <algorithm>
#include <string>

namespace tcplab {

namespace {
SegmentClass primaryClassOf(const Segment& s)
{
    for (SegmentClass c : { SegmentClass::Rst, SegmentClass::SynAck, SegmentClass::Syn, SegmentClass::Fin,
             SegmentClass::Data, SegmentClass::PureAck })
        if (segmentMatches(s, c))
            return c;
    return SegmentClass::Any;
}
} // namespace

Network::Network(Context& cx, const Params& params, const std::vector<FaultSpec>& faults)
    : cx_(cx)
    , params_(params)
    , faults_(faults)
    , lossRng_(params.seed)
{
    faultMatches_.assign(faults_.size(), 0);
}

void Network::attach(Host& client, Host& server)
{
    hosts_[static_cast<int>(Peer::Client)] = &client;
    hosts_[static_cast<int>(Peer::Server)] = &server;
}

void Network::transmit(Peer from, Segment segment)
{
    if (inFlight() >= flightLimit_) {
        flightLimitHit_ = true;
        return;
    }
    const TimeUs now = cx_.now();
    segment.id = nextSegmentId_++;
    segment.bornUs = now;
    Flight flight;
    flight.from = from;
    flight.sentUs = now;
    flight.primaryClass = primaryClassOf(segment);
    auto& counts = classCounts_[static_cast<int>(from)];
    flight.nthOfClass = ++counts[static_cast<int>(flight.primaryClass)];
    flight.segment = std::move(segment);

    cx_.publish(from, event::SegmentSent { &flight.segment });
    if (params_.loss > 0.0) {
        double draw = static_cast<double>(lossRng_() >> 11) * 0x1.0p-53;
        if (draw < params_.loss) {
            flight.doomed = true;
            flight.doomReason = DropReason::Loss;
        }
    }
    TimeUs extraUs = 0;
    std::vector<TimeUs> duplicateDelaysUs;
    for (std::size_t i = 0; i < faults_.size(); ++i) {
        const FaultSpec& f = faults_[i];
        if (f.peer != from || !segmentMatches(flight.segment, f.match))
            continue;
        if (++faultMatches_[i] != f.nth)
            continue;
        switch (f.action) {
        case FaultAction::Drop:
            flight.doomed = true;
            flight.doomReason = DropReason::Fault;
            break;
        case FaultAction::Delay:
            extraUs += msToUs(f.delayMs);
            break;
        case FaultAction::Duplicate:
            duplicateDelaysUs.push_back(msToUs(f.delayMs));
            break;
        }
    }
    const TimeUs arriveUs = now + msToUs(params_.delay_ms) + extraUs;
    for (TimeUs d : duplicateDelaysUs) {
        Flight copy = flight;
        copy.segment.copyOf = flight.segment.id;
        copy.segment.id = nextSegmentId_++;
        copy.doomed = false;
        launch(std::move(copy), arriveUs + d);
    }
    launch(std::move(flight), arriveUs);
}

TimeUs Network::deathUs(const Flight& flight) const
{
    return flight.segment.bornUs + msToUs(params_.msl_ms);
}

void Network::launch(Flight flight, TimeUs arriveUs)
{
    flight.inUse = true;
    flight.arriveUs = arriveUs;
    // The network's promise: nothing older than MSL is delivered; it dies at MSL instead.
    flight.expires = arriveUs > deathUs(flight);
    std::uint32_t slot;
    if (!freeFlights_.empty()) {
        slot = freeFlights_.back();
        freeFlights_.pop_back();
        flights_[slot] = std::move(flight);
    } else {
        slot = static_cast<std::uint32_t>(flights_.size());
        flights_.push_back(std::move(flight));
    }
    const Flight& f = flights_[slot];
    cx_.schedule(f.expires ? deathUs(f) : f.arriveUs, FlightLands { slot });
}

void Network::land(std::uint32_t slot)
{
    Flight& f = flights_[slot];
    Flight flight = std::move(f);
    f.inUse = false;
    f.segment.text.reset();
    freeFlights_.push_back(slot);
    const Peer to = otherPeer(flight.from);
    if (flight.expires) {
        cx_.publish(to, event::SegmentDropped { &flight.segment, DropReason::Expired });
        return;
    }
    if (flight.doomed) {
        cx_.publish(to, event::SegmentDropped { &flight.segment, flight.doomReason });
        return;
    }
    if (flight.segment.dstAddr == host(to).address())
        host(to).deliver(flight.segment);
    else
        cx_.publish(to, event::SegmentDropped { &flight.segment, DropReason::NoRoute });
}

const Network::Flight* Network::find(std::uint64_t segmentId) const
{
    for (const Flight& f : flights_)
        if (f.inUse && f.segment.id == segmentId)
            return &f;
    return nullptr;
}

std::optional<FaultSpec> Network::faultRuleFor(std::uint64_t segmentId, FaultAction action, std::int64_t delayMs) const
{
    const Flight* f = find(segmentId);
    if (!f || f->expires || f->segment.copyOf != 0)
        return std::nullopt;
    switch (action) {
    case FaultAction::Drop:
        if (f->doomed)
            return std::nullopt;
        delayMs = 0;
        break;
    case FaultAction::Delay:
        if (delayMs <= 0)
            return std::nullopt;
        break;
    case FaultAction::Duplicate:
        if (delayMs < 0)
            return std::nullopt;
        break;
    }
    FaultSpec rule;
    rule.peer = f->from;
    rule.match = f->primaryClass;
    rule.nth = f->nthOfClass;
    rule.action = action;
    rule.delayMs = delayMs;
    return rule;
}

void Network::reportUnmatchedFaults()
{
    for (std::size_t i = 0; i < faults_.size(); ++i) {
        const FaultSpec& f = faults_[i];
        if (faultMatches_[i] >= f.nth)
            continue;
        const std::string text = "fault never matched: faults[" + std::to_string(i) + "] (" + segmentClassName(f.match)
            + " #" + std::to_string(f.nth) + ", " + std::string(faultActionName(f.action)) + "); only "
            + std::to_string(faultMatches_[i]) + " matching segment(s) were sent";
        cx_.publish(f.peer, event::Noted { 0, text });
    }
}

std::vector<FlightView> Network::flights() const
{
    std::vector<FlightView> out;
    for (const Flight& f : flights_) {
        if (!f.inUse)
            continue;
        FlightView v;
        v.segment = f.segment;
        v.from = f.from;
        v.sentUs = f.sentUs;
        v.arriveUs = f.expires ? deathUs(f) : f.arriveUs;
        v.doomed = f.doomed;
        v.expires = f.expires;
        out.push_back(std::move(v));
    }
    std::sort(
        out.begin(), out.end(), [](const FlightView& x, const FlightView& y) { return x.segment.id < y.segment.id; });
    return out;
}

} // namespace tcplab
