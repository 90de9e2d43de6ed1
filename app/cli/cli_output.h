#pragma once
#include "run_budget.h"

#include <QString>
#include <QStringList>

#include <string_view>

// What every subcommand shares about its output and its limits: writes to stdout are checked
// (a full disk or a closed pipe is an error, exit 2 with the OS's reason, never a silent
// success), and --budget NAME=N raises a run budget (run_budget.h).
namespace cli {

constexpr int kExitBadInput = 2;

// Writes `text` (and a newline when asked) to stdout; false once any write has failed.
bool writeOut(std::string_view text, bool newline = false);
bool outputFailed();
// Flushes stdout; when a write failed, says so on stderr ("tcplab-cli: standard output: cannot
// be written: No space left on device") and returns 2, else `exitCode`.
int finishOutput(int exitCode);

// Applies each --budget NAME=N in order; on a bad one prints "tcplab-cli COMMAND: --budget: expected
// ..." and returns false.
bool applyBudgets(tcplab::RunBudget& budget, const QStringList& assignments, const QString& command);
// Prints "tcplab-cli COMMAND: run budget ... reached ..." on stderr and returns 2.
int reportBudgetStop(const tcplab::BudgetStop& stop, const QString& command);

} // namespace cli
