// `tcplab-cli explore` through the real binary: CSV on stdout, exit 2 with a reason on bad input.
#include "cli_runner.h"

#include <QtTest>

namespace {
using tcplab::testing::CliResult;

CliResult runCli(const QStringList& args)
{
    return tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}
} // namespace

class TestExploreCli : public QObject {
    Q_OBJECT
private slots:
    void printsPopulationsAsCsv()
    {
        CliResult r = runCli({ QStringLiteral("explore"), QStringLiteral("--set"), QStringLiteral("duration_ms=70000"),
            QStringLiteral("--set"), QStringLiteral("sample_ms=10000") });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        const QList<QByteArray> header = lines.first().split(',');
        const auto tw = header.indexOf("client_time_wait");
        const auto little = header.indexOf("little_time_wait");
        QVERIFY(tw > 0 && little > 0);
        const QList<QByteArray> last = lines.last().split(',');
        QCOMPARE(last.first(), QByteArray("70000"));
        QCOMPARE(last.at(tw), QByteArray("6000")); // 100/s x 60 s, exactly
        QCOMPARE(last.at(little), QByteArray("6000"));
    }

    void sweepPrintsOneRowPerValue()
    {
        CliResult r = runCli({ QStringLiteral("explore"), QStringLiteral("--set"), QStringLiteral("duration_ms=10000"),
            QStringLiteral("--sweep"), QStringLiteral("time_wait_ms=2000:4000:1000"), QStringLiteral("--jobs"),
            QStringLiteral("2") });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith("time_wait_ms,client_time_wait,"));
        QVERIFY(lines.at(1).startsWith("2000,200,"));
        QVERIFY(lines.at(3).startsWith("4000,400,"));
    }

    void badInputExitsTwoWithTheReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-key") << QStringList { QStringLiteral("--set"), QStringLiteral("rate=5") }
                                     << QStringLiteral("--set rate: expected an explorer key");
        QTest::newRow("bad-value") << QStringList { QStringLiteral("--set"), QStringLiteral("closer=both") }
                                   << QStringLiteral("got \"both\"");
        QTest::newRow("bad-sweep") << QStringList { QStringLiteral("--sweep"), QStringLiteral("rate_per_s") }
                                   << QStringLiteral("--sweep: expected KEY=FROM:TO:STEP");
        QTest::newRow("stray-argument") << QStringList { QStringLiteral("now") }
                                        << QStringLiteral("unexpected argument");
    }
    void badInputExitsTwoWithTheReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        CliResult r = runCli(QStringList { QStringLiteral("explore") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpDocumentsTheColumns()
    {
        CliResult r = runCli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char* word : { "explore", "eaddrnotavail", "little_time_wait", "--sweep", "exhaustion_rate_per_s" })
            QVERIFY2(r.out.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestExploreCli)
#include "test_explore_cli.moc"
