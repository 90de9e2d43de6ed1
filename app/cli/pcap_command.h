#pragma once
#include <QStringList>

// `tcplab-cli pcap export|import …`: capture files in and out (docs/pcap.md).
int pcapCommand(const QStringList& args);
