#pragma once
#include <QStringList>

// `tcplab-cli explore`: the explorer's populations or a sweep as CSV on stdout.
int exploreCommand(const QStringList& args);
