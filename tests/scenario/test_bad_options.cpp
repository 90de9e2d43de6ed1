// Bad command-line values never crash or mislead: `--set` assignments and `--until-ms` values
// through the real tcplab-cli binary. Each must exit 2 with one line on stderr naming the option
// (or the --set key) and what was expected (README.md, "The command line"); test_bad_input.cpp
// does the same for malformed scenario files.
#include "cli_runner.h"

#include <QtTest>

namespace {

using tcplab::testing::CliResult;

CliResult runCli(const QStringList& args)
{
    return tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}

} // namespace

class TestBadOptions : public QObject {
    Q_OBJECT
private slots:
    void badSet_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expected"); // the whole message starts with this
        QTest::newRow("no equals sign") << "msl_ms"
                                        << "--set msl_ms: expected key=value";
        QTest::newRow("no key") << "=5"
                                << "--set =5: expected key=value";
        QTest::newRow("unknown key") << "msl=5"
                                     << "--set msl: expected a known parameter (msl_ms, ";
        QTest::newRow("negative") << "msl_ms=-1"
                                  << "--set msl_ms: expected an integer from 0 to 86400000, got \"-1\"";
        QTest::newRow("not a number") << "msl_ms=abc"
                                      << "--set msl_ms: expected an integer from 0 to 86400000, got \"abc\"";
        QTest::newRow("empty value") << "msl_ms="
                                     << "--set msl_ms: expected an integer from 0 to 86400000, got \"\"";
        QTest::newRow("overflowing") << "seed=99999999999999999999999"
                                     << "--set seed: expected an integer from 0 to";
        QTest::newRow("fraction for an integer")
            << "delay_ms=1.5"
            << "--set delay_ms: expected an integer from 0 to 3600000, got \"1.5\"";
        QTest::newRow("probability above 1") << "loss=2"
                                             << "--set loss: expected a probability from 0 to 1, got \"2\"";
        QTest::newRow("probability nan") << "loss=nan"
                                         << "--set loss: expected a probability from 0 to 1, got \"nan\"";
        QTest::newRow("boolean as a word") << "timestamps=yes"
                                           << "--set timestamps: expected true or false, got \"yes\"";
        QTest::newRow("boolean 2") << "keepalive.enabled=2"
                                   << "--set keepalive.enabled: expected true or false, got \"2\"";
        QTest::newRow("unknown isn mode") << "isn=seq"
                                          << "--set isn: expected one of clock, random, fixed, got \"seq\"";
        QTest::newRow("unknown profile") << "profile=bsd"
                                         << "--set profile: expected one of rfc9293, linux, windows, got \"bsd\"";
        QTest::newRow("null misspelt")
            << "time_wait_ms=nul"
            << "--set time_wait_ms: expected an integer from 0 to 86400000 or null, got \"nul\"";
        QTest::newRow("tw_reuse out of range") << "tw_reuse=3"
                                               << "--set tw_reuse: expected an integer from 0 to 2, got \"3\"";
        QTest::newRow("isn beyond 32 bits") << "isn_client=4294967296"
                                            << "--set isn_client: expected an integer from 0 to 4294967295";
        QTest::newRow("run_until_ms negative")
            << "run_until_ms=-5"
            << "--set run_until_ms: expected an integer from 0 to 2592000000, got \"-5\"";
        QTest::newRow("port range upside down")
            << "port_range.high=1000"
            << "--set port_range.high: expected port_range.low <= port_range.high, got low 49152 and high 1000";
        QTest::newRow("keepalive without a field") << "keepalive=true"
                                                   << "--set keepalive: expected a known parameter";
    }

    void badSet()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, expected);
        const CliResult r = runCli({ QStringLiteral("run"), QStringLiteral("builtin:01-handshake-client-closes"),
            QStringLiteral("--set"), assignment });
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(expected.toUtf8()),
            qPrintable(QStringLiteral("want %1\ngot %2").arg(expected, QString::fromUtf8(r.err))));
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
    }

    void badUntil_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("negative") << "-1";
        QTest::newRow("word") << "soon";
        QTest::newRow("absurd") << "99999999999999";
    }

    void badUntil()
    {
        QFETCH(QString, value);
        const CliResult r = runCli({ QStringLiteral("run"), QStringLiteral("builtin:01-handshake-client-closes"),
            QStringLiteral("--until-ms"), value });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.startsWith(
                ("tcplab-cli: --until-ms: expected an integer from 0 to 2592000000, got \"" + value + "\"").toUtf8()),
            r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestBadOptions)
#include "test_bad_options.moc"
