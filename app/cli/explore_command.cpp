// The core's headers come before Qt's: Qt defines `emit` as a macro, the core has a member so named.
#include "explorer_csv.h"
#include "explorer_model.h"
#include "sweep.h"

#include "cli_output.h"
#include "explore_command.h"

#include <QCommandLineParser>

#include <cstdio>
#include <thread>

using namespace tcplab;

namespace {

int bad(const QString& message)
{
    std::fprintf(stderr, "tcplab-cli explore: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int exploreCommand(const QStringList& args)
{
    QCommandLineParser parser;
    QCommandLineOption set(QStringLiteral("set"), QStringLiteral("key=value"), QStringLiteral("key=value"));
    QCommandLineOption sweepOption(QStringLiteral("sweep"), QStringLiteral("sweep"), QStringLiteral("spec"));
    QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("threads"), QStringLiteral("N"));
    QCommandLineOption budget(QStringLiteral("budget"), QStringLiteral("run budget"), QStringLiteral("NAME=N"));
    parser.addOptions({ set, sweepOption, jobs, budget });
    if (!parser.parse(args))
        return bad(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return bad(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    ExplorerConfig config;
    for (const QString& assignment : parser.values(set)) {
        const auto eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(QStringLiteral("--set: expected key=value, got \"%1\"").arg(assignment));
        const std::string key = assignment.left(eq).toStdString();
        const std::string error = setExplorerKey(config, key, assignment.mid(eq + 1).toStdString());
        if (!error.empty())
            return bad(QStringLiteral("--set %1: expected %2")
                           .arg(QString::fromStdString(key), QString::fromStdString(error)));
    }
    if (const std::string problem = checkExplorerConfig(config); !problem.empty())
        return bad(QStringLiteral("--set: expected ") + QString::fromStdString(problem));
    if (!cli::applyBudgets(config.budget, parser.values(budget), QStringLiteral("explore")))
        return cli::kExitBadInput;
    if (!parser.isSet(sweepOption)) {
        if (parser.isSet(jobs))
            return bad(QStringLiteral("--jobs: expected only with --sweep (one run uses one thread)"));
        ExplorerModel model(config);
        const ExplorerResult result = model.run();
        cli::writeOut(samplesCsv(result));
        if (result.budgetStop)
            return cli::reportBudgetStop(*result.budgetStop, QStringLiteral("explore"));
        return 0;
    }
    std::string error;
    auto sweep = Sweep::parse(parser.value(sweepOption).toStdString(), error);
    if (!sweep)
        return bad(QStringLiteral("--sweep: expected ") + QString::fromStdString(error));
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (parser.isSet(jobs)) {
        bool ok = false;
        threads = parser.value(jobs).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return bad(QStringLiteral("--jobs: expected an integer from 1 to 256, got \"%1\"").arg(parser.value(jobs)));
    }
    const auto points = sweep->run(config, threads, error);
    if (points.empty())
        return bad(QStringLiteral("--sweep ") + QString::fromStdString(error));
    cli::writeOut(sweepCsv(sweep->key(), points));
    for (const SweepPoint& point : points)
        if (point.budgetStop)
            return cli::reportBudgetStop(*point.budgetStop,
                QStringLiteral("explore: --sweep %1=%2")
                    .arg(QString::fromStdString(sweep->key()), QString::fromStdString(point.value)));
    return 0;
}
