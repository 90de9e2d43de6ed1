#pragma once
#include <QStringList>

// `tcplab-cli coverage FILE...|--all`: which arrows of RFC 9293 Figure 5 and which off-figure
// transitions each scenario walks; the last line is "N of 20 figure edges" for all of them.
int coverageCommand(const QStringList& args);
