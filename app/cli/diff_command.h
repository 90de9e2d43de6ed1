#pragma once
#include <QStringList>

// `tcplab-cli diff A [B] [--set-b key=value]...`: runs two scenarios and says where their traces
// first part and what differs in outcome (docs/cli.md). Exit 0 identical, 1 different, 2 bad input.
int diffCommand(const QStringList& args);
