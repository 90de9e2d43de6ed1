#pragma once
#include <QStringList>

// `tcplab-cli export-ladder FILE [--format mermaid|plantuml]`: the run's ladder diagram as text
// for slides and notes (docs/cli.md).
int exportLadderCommand(const QStringList& args);
