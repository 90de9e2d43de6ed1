#include "expectation_checker.h"

namespace tcplab {

namespace {
std::string joinStates(const std::vector<TcpState>& states)
{
    std::string out = "[";
    for (std::size_t i = 0; i < states.size(); ++i) {
        if (i)
            out += ",";
        out += stateName(states[i]);
    }
    return out + "]";
}

bool fieldsMatch(const TraceFields& fields, const Expectation& e)
{
    for (const auto& [key, value] : e.filters) {
        bool found = false;
        for (const TraceField& f : fields) {
            if (f.key == key) {
                found = f.value == value;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}
} // namespace

ExpectationChecker::ExpectationChecker(std::vector<Expectation> expectations)
    : expectations_(std::move(expectations))
    , counts_(expectations_.size(), 0)
{
}

void ExpectationChecker::onTrace(const TraceEvent& event)
{
    if (event.kind == TraceKind::State) {
        auto& seq = states_[static_cast<int>(event.peer)];
        if (seq.empty())
            seq.push_back(event.from);
        seq.push_back(event.to);
    }
    bool anyEventExpectation = false;
    for (const Expectation& e : expectations_)
        anyEventExpectation |= e.kind == Expectation::Kind::EventCount && e.event == traceKindName(event.kind);
    if (!anyEventExpectation)
        return;
    TraceFields fields = traceFields(event);
    if (event.segment) {
        TraceFields seg = segmentFields(*event.segment);
        fields.insert(fields.end(), seg.begin(), seg.end());
    }
    for (std::size_t i = 0; i < expectations_.size(); ++i) {
        const Expectation& e = expectations_[i];
        if (e.kind == Expectation::Kind::EventCount && e.event == traceKindName(event.kind) && fieldsMatch(fields, e))
            ++counts_[i];
    }
}

std::vector<std::string> ExpectationChecker::failures() const
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < expectations_.size(); ++i)
        for (std::string& line : failuresOf(i))
            out.push_back(std::move(line));
    return out;
}

std::optional<std::string> ExpectationChecker::failure(std::size_t i) const
{
    std::vector<std::string> lines = failuresOf(i);
    if (lines.empty())
        return std::nullopt;
    return std::move(lines.front());
}

std::vector<std::string> ExpectationChecker::failuresOf(std::size_t i) const
{
    std::vector<std::string> out;
    const Expectation& e = expectations_.at(i);
    const auto& seq = states_[static_cast<int>(e.peer)];
    switch (e.kind) {
    case Expectation::Kind::States:
        if (seq != e.states)
            out.push_back(e.path + ": " + std::string(peerName(e.peer)) + " states: expected " + joinStates(e.states)
                + ", got " + joinStates(seq));
        break;
    case Expectation::Kind::Final:
        if (seq.empty() || seq.back() != e.finalState)
            out.push_back(e.path + ": " + std::string(peerName(e.peer)) + " final state: expected "
                + std::string(stateName(e.finalState)) + ", got "
                + (seq.empty() ? std::string("no state change") : std::string(stateName(seq.back()))));
        break;
    case Expectation::Kind::EventCount: {
        const long long n = counts_[i];
        std::string what = "\"" + e.event + "\" events";
        for (const auto& [k, v] : e.filters)
            what += " " + k + "=" + v;
        if (e.count && n != *e.count)
            out.push_back(
                e.path + ": expected exactly " + std::to_string(*e.count) + " " + what + ", got " + std::to_string(n));
        if (e.min && n < *e.min)
            out.push_back(
                e.path + ": expected at least " + std::to_string(*e.min) + " " + what + ", got " + std::to_string(n));
        if (e.max && n > *e.max)
            out.push_back(
                e.path + ": expected at most " + std::to_string(*e.max) + " " + what + ", got " + std::to_string(n));
        break;
    }
    }
    return out;
}

} // namespace tcplab
