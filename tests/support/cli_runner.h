#pragma once
#include <QByteArray>
#include <QStringList>

// Runs the real tcplab-cli binary (the path comes from the test's TCPLAB_CLI definition) and
// collects what it said. Shared by every test that goes through the command line contract.
namespace tcplab::testing {

struct CliResult {
    bool finished = false; // false when it hung past the timeout (and was killed)
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QString& program, const QStringList& args, int timeoutMs = 120'000);
// The same with its standard output sent to a file (/dev/full: every write fails); `out` stays empty.
CliResult runCliToFile(
    const QString& program, const QStringList& args, const QString& stdoutFile, int timeoutMs = 120'000);

} // namespace tcplab::testing
