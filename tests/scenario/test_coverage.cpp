// `tcplab-cli coverage` (issue 16) and the claim it exists for: the built-in library walks every
// arrow of RFC 9293 Figure 5 and every reset, timeout and abort the core can take.
#include "cli_runner.h"

#include "scenario_loader.h"
#include "scenario_runner.h"
#include "transition_coverage.h"

#include <QtTest>

using namespace tcplab;

namespace {

testing::CliResult runCli(const QStringList& args)
{
    return testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}

TransitionCoverage libraryCoverage()
{
    TransitionCoverage total;
    for (const QString& name : ScenarioLoader::builtinNames()) {
        const LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + name);
        if (!loaded.ok)
            qFatal("%s", qPrintable(loaded.error));
        TransitionCoverage one;
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &one });
        total.merge(one);
    }
    return total;
}

} // namespace

class TestCoverage : public QObject {
    Q_OBJECT
private slots:
    void figureHasTwentyDistinctEdges()
    {
        QSet<QString> ids;
        for (const FigureEdge& e : figureEdges()) {
            QVERIFY2(isDiagramEdge(e.from, e.to), e.id.data());
            ids.insert(QString::fromUtf8(e.id.data(), qsizetype(e.id.size())));
        }
        QCOMPARE(ids.size(), kFigureEdgeCount);
        // The off-figure list never claims an arrow of the figure.
        for (const OffFigureTransition& t : offFigureTransitions())
            for (TcpState from : t.from)
                QVERIFY2(figureEdgeFor(from, t.to, t.cause) < 0, t.id.data());
    }

    void libraryWalksEveryFigureEdge()
    {
        const TransitionCoverage total = libraryCoverage();
        for (int i = 0; i < kFigureEdgeCount; ++i)
            QVERIFY2(total.figureEdges().count(i), figureEdges()[std::size_t(i)].id.data());
    }

    // Every reset, every timeout that gives up and the abort: the lessons show each one.
    void libraryWalksEveryResetTimeoutAndAbort()
    {
        const TransitionCoverage total = libraryCoverage();
        int required = 0;
        for (int i = 0; i < int(offFigureTransitions().size()); ++i) {
            const OffFigureTransition& t = offFigureTransitions()[std::size_t(i)];
            if (t.kind != OffFigureKind::Reset && t.kind != OffFigureKind::Timeout && t.kind != OffFigureKind::Abort)
                continue;
            ++required;
            QVERIFY2(total.offFigure().count(i), t.id.data());
        }
        QVERIFY(required >= 10);
        // A transition the catalog does not know means the core learned a new cause: name it there.
        QVERIFY2(total.unknown().empty(), total.unknown().empty() ? "" : total.unknown().begin()->c_str());
    }

    void cliAllEndsWithTwentyOfTwenty()
    {
        const testing::CliResult r = runCli({ QStringLiteral("coverage"), QStringLiteral("--all") });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.last(), QByteArray("20 of 20 figure edges"));
        QVERIFY(!r.out.contains("not walked: edge"));
        QVERIFY(r.out.contains("builtin:03b-listener-sends-first: "));
        QVERIFY(r.out.contains("  edge LISTEN -> SYN_SENT\n"));
        QVERIFY(r.out.contains("  off timeout timeout-keepalive: * -> CLOSED"));
    }

    void cliOneScenario()
    {
        const testing::CliResult r
            = runCli({ QStringLiteral("coverage"), QStringLiteral("builtin:10-connection-refused") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("builtin:10-connection-refused: "));
        QVERIFY(r.out.contains("  off reset reset-refused: SYN_SENT -> CLOSED"));
        QVERIFY(r.out.contains("not walked: edge FIN_WAIT_2 -> TIME_WAIT\n"));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.last().endsWith(" of 20 figure edges"));
        QVERIFY(lines.last() != "20 of 20 figure edges");
    }

    void cliBadInput()
    {
        QCOMPARE(runCli({ QStringLiteral("coverage") }).exitCode, 2);
        const testing::CliResult missing = runCli({ QStringLiteral("coverage"), QStringLiteral("/nonexistent.json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent.json"));
        QCOMPARE(runCli({ QStringLiteral("coverage"), QStringLiteral("--all"), QStringLiteral("x.json") }).exitCode, 2);
        const testing::CliResult help = runCli({ QStringLiteral("coverage"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("N of 20 figure edges"));
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "test_coverage.moc"
