#include "cli_runner.h"

#include <QProcess>

namespace tcplab::testing {

namespace {
CliResult finish(QProcess& process, int timeoutMs)
{
    CliResult r;
    // Generous: this guards against hangs, it does not time anything.
    r.finished = process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished();
    }
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}
} // namespace

CliResult runCli(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    return finish(process, timeoutMs);
}

CliResult runCliToFile(const QString& program, const QStringList& args, const QString& stdoutFile, int timeoutMs)
{
    QProcess process;
    process.setStandardOutputFile(stdoutFile);
    process.start(program, args);
    return finish(process, timeoutMs);
}

} // namespace tcplab::testing
