#include "run_budget.h"

#include <array>
#include <charconv>

namespace tcplab {

namespace {
constexpr std::array<std::string_view, kBudgetKindCount> kNames { "events", "trace_lines", "segments_in_flight",
    "bytes_buffered", "explorer_samples" };
constexpr std::uint64_t kMaxBudget = 1'000'000'000'000ull;
} // namespace

std::uint64_t RunBudget::limit(BudgetKind kind) const
{
    switch (kind) {
    case BudgetKind::Events:
        return events;
    case BudgetKind::TraceLines:
        return traceLines;
    case BudgetKind::SegmentsInFlight:
        return segmentsInFlight;
    case BudgetKind::BytesBuffered:
        return bytesBuffered;
    case BudgetKind::ExplorerSamples:
        return explorerSamples;
    }
    return 0;
}

void RunBudget::setLimit(BudgetKind kind, std::uint64_t value)
{
    switch (kind) {
    case BudgetKind::Events:
        events = value;
        break;
    case BudgetKind::TraceLines:
        traceLines = value;
        break;
    case BudgetKind::SegmentsInFlight:
        segmentsInFlight = value;
        break;
    case BudgetKind::BytesBuffered:
        bytesBuffered = value;
        break;
    case BudgetKind::ExplorerSamples:
        explorerSamples = value;
        break;
    }
}

std::string_view budgetName(BudgetKind kind)
{
    return kNames[static_cast<std::size_t>(kind)];
}

std::optional<BudgetKind> parseBudgetName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<BudgetKind>(i);
    return std::nullopt;
}

std::string setBudgetFromText(RunBudget& budget, std::string_view assignment)
{
    std::string names;
    for (std::string_view name : kNames)
        names += (names.empty() ? "" : ", ") + std::string(name);
    const std::size_t eq = assignment.find('=');
    const auto kind = parseBudgetName(assignment.substr(0, eq));
    if (eq == std::string_view::npos || !kind)
        return "NAME=N with NAME one of " + names + ", got \"" + std::string(assignment) + "\"";
    const std::string_view text = assignment.substr(eq + 1);
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > kMaxBudget)
        return std::string(budgetName(*kind)) + " as an integer from 1 to " + std::to_string(kMaxBudget) + ", got \""
            + std::string(text) + "\"";
    budget.setLimit(*kind, value);
    return {};
}

std::string BudgetStop::message() const
{
    const std::string name(budgetName(kind));
    const std::string micros = std::to_string(atUs % 1'000'000);
    const std::string seconds = std::to_string(atUs / 1'000'000) + "." + std::string(6 - micros.size(), '0') + micros;
    return "run budget " + name + "=" + std::to_string(limit) + " reached at t = " + seconds
        + " s of virtual time: the run stops there, what ran so far is kept; raise it with --budget " + name + "=N";
}

} // namespace tcplab
