#pragma once
#include "explorer_result.h"
#include "sweep.h"

#include <string>
#include <vector>

namespace tcplab {

// The explorer's data as CSV, the same from the command line and the GUI's export.
// Columns are documented in `tcplab-cli --help` and docs/explorer.md.

// One row per sample: t_ms, client_<state>…, server_<state>…, counters, theory.
std::string samplesCsvHeader();
std::string samplesCsvRow(const ExplorerResult& result, const ExplorerSample& sample);
std::string samplesCsv(const ExplorerResult& result);

// One row per sweep point: the swept key's value, then the steady-state outcome.
std::string sweepCsv(const std::string& key, const std::vector<SweepPoint>& points);

// The connection states shown (CLOSED and LISTEN hold no connection socket).
const std::vector<TcpState>& explorerStates();

} // namespace tcplab
