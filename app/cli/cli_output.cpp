#include "cli_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cli {

namespace {
int firstWriteError = 0; // errno of the first failed write to stdout (0: none yet)
bool writeFailed = false;

void noteFailure()
{
    if (!writeFailed)
        firstWriteError = errno;
    writeFailed = true;
}
} // namespace

bool writeOut(std::string_view text, bool newline)
{
    if (writeFailed)
        return false;
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || (newline && std::fputc('\n', stdout) == EOF)
        || std::ferror(stdout))
        noteFailure();
    return !writeFailed;
}

bool outputFailed()
{
    return writeFailed;
}

int finishOutput(int exitCode)
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        noteFailure();
    if (!writeFailed)
        return exitCode;
    const char* reason = firstWriteError != 0 ? std::strerror(firstWriteError) : "write error";
    std::fprintf(stderr, "tcplab-cli: standard output: cannot be written: %s\n", reason);
    return kExitBadInput;
}

bool applyBudgets(tcplab::RunBudget& budget, const QStringList& assignments, const QString& command)
{
    for (const QString& assignment : assignments) {
        const std::string error = tcplab::setBudgetFromText(budget, assignment.toStdString());
        if (!error.empty()) {
            std::fprintf(stderr, "tcplab-cli %s: --budget: expected %s\n", qPrintable(command), error.c_str());
            return false;
        }
    }
    return true;
}

int reportBudgetStop(const tcplab::BudgetStop& stop, const QString& command)
{
    std::fprintf(stderr, "tcplab-cli %s: %s\n", qPrintable(command), stop.message().c_str());
    return kExitBadInput;
}

} // namespace cli
