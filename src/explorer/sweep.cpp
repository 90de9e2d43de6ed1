#include "sweep.h"

#include "explorer_model.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace tcplab {

namespace {

constexpr std::size_t kMaxPoints = 1000;

bool toNumber(const std::string& text, double& out)
{
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && *end == '\0' && std::isfinite(out);
}

std::string numberText(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

} // namespace

Sweep::Sweep(std::string key, std::vector<std::string> values)
    : key_(std::move(key))
    , values_(std::move(values))
{
}

std::optional<Sweep> Sweep::parse(std::string_view text, std::string& error)
{
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == text.size()) {
        error = "KEY=FROM:TO:STEP or KEY=V1,V2,..., got \"" + std::string(text) + "\"";
        return std::nullopt;
    }
    std::string key(text.substr(0, eq));
    std::string rest(text.substr(eq + 1));
    std::vector<std::string> values;
    if (rest.find(':') != std::string::npos) {
        double from = 0, to = 0, step = 0;
        const auto c1 = rest.find(':');
        const auto c2 = rest.find(':', c1 + 1);
        if (c2 == std::string::npos || !toNumber(rest.substr(0, c1), from)
            || !toNumber(rest.substr(c1 + 1, c2 - c1 - 1), to) || !toNumber(rest.substr(c2 + 1), step) || step <= 0
            || to < from || (to - from) / step + 1 > static_cast<double>(kMaxPoints)) {
            error = "FROM:TO:STEP with FROM <= TO, STEP > 0 and at most " + std::to_string(kMaxPoints)
                + " points, got \"" + rest + "\"";
            return std::nullopt;
        }
        // Counted in steps, not accumulated, so 0.1 steps do not drift past TO.
        const auto n = static_cast<std::size_t>(std::floor((to - from) / step + 1e-9)) + 1;
        for (std::size_t i = 0; i < n; ++i)
            values.push_back(numberText(from + step * static_cast<double>(i)));
    } else {
        std::size_t start = 0;
        while (start <= rest.size()) {
            auto comma = rest.find(',', start);
            if (comma == std::string::npos)
                comma = rest.size();
            values.push_back(rest.substr(start, comma - start));
            start = comma + 1;
        }
        if (values.size() > kMaxPoints) {
            error = "at most " + std::to_string(kMaxPoints) + " values";
            return std::nullopt;
        }
    }
    return Sweep(std::move(key), std::move(values));
}

std::vector<ExplorerConfig> Sweep::configs(const ExplorerConfig& base, std::string& error) const
{
    std::vector<ExplorerConfig> out;
    for (const std::string& value : values_) {
        ExplorerConfig config = base;
        std::string problem = setExplorerKey(config, key_, value);
        if (problem.empty())
            problem = checkExplorerConfig(config);
        if (!problem.empty()) {
            error = key_ + ": expected " + problem;
            return {};
        }
        out.push_back(std::move(config));
    }
    return out;
}

SweepPoint Sweep::runPoint(const ExplorerConfig& config, const std::string& value, const std::atomic<bool>* cancel)
{
    SweepPoint point;
    point.value = value;
    if (!toNumber(value, point.x))
        point.x = 0.0; // a non-numeric value (closer=server): the chart uses the point's index
    ExplorerModel model(config);
    ExplorerResult result = model.run([cancel](double) { return !(cancel && cancel->load()); });
    point.cancelled = result.cancelled;
    point.budgetStop = result.budgetStop;
    point.outcome = steadyState(result);
    return point;
}

std::vector<SweepPoint> Sweep::run(const ExplorerConfig& base, int threads, std::string& error,
    const std::atomic<bool>* cancel, const std::function<void(std::size_t done)>& pointDone) const
{
    const std::vector<ExplorerConfig> all = configs(base, error);
    if (all.empty())
        return {};
    std::vector<SweepPoint> points(all.size());
    std::atomic<std::size_t> next { 0 };
    std::atomic<std::size_t> done { 0 };
    auto worker = [&] {
        for (std::size_t i = next++; i < all.size(); i = next++) {
            points[i] = runPoint(all[i], values_[i], cancel);
            const std::size_t finished = ++done;
            if (pointDone)
                pointDone(finished);
        }
    };
    const int n = std::max(1, std::min<int>(threads, static_cast<int>(all.size())));
    {
        std::vector<std::jthread> pool; // joined at the end of this block, before `points` is returned
        for (int i = 1; i < n; ++i)
            pool.emplace_back(worker);
        worker();
    }
    return points;
}

} // namespace tcplab
