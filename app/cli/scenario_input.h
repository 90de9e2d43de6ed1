#pragma once
#include "scenario.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// What `run`, `diff` and `export-ladder` share: a scenario named on the command line, read and
// overridden the same way, so the same words give the same run everywhere.

// Loads FILE.json or builtin:NAME and applies the `--set key=value` assignments in order. On bad
// input, prints the loader's message on stderr (the file, the JSON path and what was expected)
// and returns nothing.
std::optional<tcplab::Scenario> loadScenarioInput(const QString& spec, const QStringList& assignments);

// Applies assignments given with another option than --set (diff's --set-b); an error message
// names that option. False (after printing the message) on the first bad assignment.
bool applySetOption(tcplab::Scenario& scenario, const QStringList& assignments, const QString& option);

// `--until-ms N`: the virtual time to stop at, in microseconds; or an error message.
std::optional<std::int64_t> parseUntilMs(const QString& text, QString& error);
