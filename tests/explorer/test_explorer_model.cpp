// The explorer's many connections against theory: Little's law for TIME_WAIT, the port
// exhaustion ceiling, a CLOSE_WAIT leak growing linearly, and the knobs that change them.
// The core's headers come before Qt's (Qt defines `emit` as a macro).
#include "explorer_csv.h"
#include "explorer_model.h"
#include "steady_state.h"

#include <QtTest>

using namespace tcplab;

namespace {

ExplorerConfig config(std::initializer_list<std::pair<const char*, const char*>> settings)
{
    ExplorerConfig c;
    for (const auto& [key, value] : settings) {
        const std::string error = setExplorerKey(c, key, value);
        if (!error.empty())
            qFatal("bad test setting %s=%s: %s", key, value, error.c_str());
    }
    return c;
}

ExplorerResult run(const ExplorerConfig& c)
{
    return ExplorerModel(c).run();
}

double relativeError(double got, double expected)
{
    return std::abs(got - expected) / expected;
}

} // namespace

class TestExplorerModel : public QObject {
    Q_OBJECT
private slots:
    void littlesLawForTimeWait_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("timeWaitMs");
        QTest::addColumn<QString>("closer");
        QTest::addColumn<int>("holder"); // 0 client, 1 server
        QTest::newRow("linux-60s-100-per-s-client-closes") << "100"
                                                           << "60000"
                                                           << "client" << 0;
        QTest::newRow("30s-250-per-s-client-closes") << "250"
                                                     << "30000"
                                                     << "client" << 0;
        QTest::newRow("20s-50-per-s-server-closes") << "50"
                                                    << "20000"
                                                    << "server" << 1;
    }
    void littlesLawForTimeWait()
    {
        QFETCH(QString, rate);
        QFETCH(QString, timeWaitMs);
        QFETCH(QString, closer);
        QFETCH(int, holder);
        const std::string r = rate.toStdString(), tw = timeWaitMs.toStdString(), who = closer.toStdString();
        const std::string duration = std::to_string(std::stoll(tw) * 5 / 2);
        ExplorerResult result = run(config({ { "rate_per_s", r.c_str() }, { "time_wait_ms", tw.c_str() },
            { "closer", who.c_str() }, { "duration_ms", duration.c_str() } }));
        const SteadyState steady = steadyState(result);
        const double measured = holder == 0 ? steady.clientTimeWait : steady.serverTimeWait;
        QVERIFY2(relativeError(measured, steady.littleTimeWait) < 0.02,
            qPrintable(QStringLiteral("TIME_WAIT %1, Little %2").arg(measured).arg(steady.littleTimeWait)));
        QCOMPARE(result.samples.back().eaddrnotavail, 0);
        QCOMPARE(result.samples.back().resets, 0);
    }

    void simultaneousCloseLeavesTimeWaitOnBothSides()
    {
        ExplorerResult result
            = run(config({ { "closer", "simultaneous" }, { "time_wait_ms", "10000" }, { "duration_ms", "30000" } }));
        const SteadyState steady = steadyState(result);
        QVERIFY(relativeError(steady.clientTimeWait, 1000) < 0.02);
        QVERIFY(relativeError(steady.serverTimeWait, 1000) < 0.02);
        QVERIFY(result.samples.back().count(Peer::Client, TcpState::Closing) > 0);
    }

    void poissonArrivalsAgreeOnAverage()
    {
        ExplorerResult result = run(config({ { "arrivals", "poisson" }, { "rate_per_s", "200" },
            { "time_wait_ms", "20000" }, { "duration_ms", "200000" } }));
        const SteadyState steady = steadyState(result);
        QVERIFY2(relativeError(steady.clientTimeWait, steady.littleTimeWait) < 0.02,
            qPrintable(QString::number(steady.clientTimeWait)));
        QVERIFY(relativeError(static_cast<double>(result.samples.back().opened), 200.0 * 200) < 0.02);
    }

    void exhaustionAppearsAtTheCeiling_data()
    {
        QTest::addColumn<double>("rate");
        // 1000 ports held 10 s in TIME_WAIT (+ ~0.15 s of connection): ~98.5 connections/s.
        QTest::newRow("below-ceiling-80") << 80.0;
        QTest::newRow("at-ceiling-98") << 98.0;
        QTest::newRow("above-ceiling-150") << 150.0;
        QTest::newRow("far-above-ceiling-400") << 400.0;
    }
    void exhaustionAppearsAtTheCeiling()
    {
        QFETCH(double, rate);
        const std::string r = std::to_string(rate);
        ExplorerResult result = run(config({ { "port_count", "1000" }, { "time_wait_ms", "10000" },
            { "rate_per_s", r.c_str() }, { "duration_ms", "60000" } }));
        const SteadyState steady = steadyState(result);
        QCOMPARE(steady.exhaustionRatePerS, 100.0);
        const double holdS = 10.15; // TIME_WAIT + handshake, request, response, FIN exchange
        const double ceiling = 1000 / holdS;
        if (rate < ceiling) {
            QCOMPARE(result.samples.back().eaddrnotavail, 0);
            return;
        }
        QVERIFY2(
            relativeError(steady.responsesPerS, ceiling) < 0.03, qPrintable(QString::number(steady.responsesPerS)));
        QVERIFY2(relativeError(steady.eaddrnotavailPerS, rate - ceiling) < 0.03,
            qPrintable(QString::number(steady.eaddrnotavailPerS)));
        for (const ExplorerSample& s : result.samples)
            QVERIFY(s.count(Peer::Client, TcpState::TimeWait) <= 1000);
    }

    void twReuseLiftsTheCeiling()
    {
        ExplorerResult result = run(config({ { "port_count", "1000" }, { "time_wait_ms", "60000" }, { "tw_reuse", "1" },
            { "rate_per_s", "200" }, { "duration_ms", "60000" } }));
        QCOMPARE(result.samples.back().eaddrnotavail, 0);
        QVERIFY(result.samples.back().responses > 11'900);
        // tcp_tw_reuse waits 1 s after the last segment: the 1000 ports turn over every 5 s.
        QVERIFY(result.samples.back().count(Peer::Client, TcpState::TimeWait) <= 1000);
    }

    void maxTwBucketsCapsTimeWait()
    {
        ExplorerResult result = run(config({ { "max_tw_buckets", "1000" }, { "duration_ms", "30000" } }));
        const ExplorerSample& last = result.samples.back();
        QCOMPARE(last.count(Peer::Client, TcpState::TimeWait), 1000);
        // Connection k opens at 10k ms and reaches TIME_WAIT 150 ms later (three one-way
        // delays after its response): 2986 did so by 30 s; all but the first 1000 overflowed.
        QCOMPARE(last.twOverflowsClient, 1986);
    }

    void closeWaitLeakGrowsLinearly_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("leak-5-percent") << 0.05;
        QTest::newRow("leak-10-percent") << 0.10;
        QTest::newRow("leak-20-percent") << 0.20;
    }
    void closeWaitLeakGrowsLinearly()
    {
        QFETCH(double, fraction);
        const std::string f = std::to_string(fraction);
        // 1000/s over all 64512 ports for less than one turn of the port range: a port coming
        // back would meet its leaked CLOSE_WAIT socket on the server and reset it.
        ExplorerResult result = run(config(
            { { "leak_fraction", f.c_str() }, { "rate_per_s", "1000" }, { "port_min", "1024" }, { "port_max", "65535" },
                { "time_wait_ms", "10000" }, { "duration_ms", "60000" }, { "sample_ms", "10000" } }));
        for (const ExplorerSample& s : result.samples) {
            if (s.t_ms < 10'000)
                continue;
            // Leaked sockets stay in CLOSE_WAIT: rate x fraction x t. Each leak is a Bernoulli
            // draw, so allow four standard deviations of the binomial count.
            const double expected = 1000.0 * fraction * static_cast<double>(s.t_ms) / 1000.0;
            const double tolerance = 4.0 * std::sqrt(expected * (1.0 - fraction)) / expected;
            const auto closeWait = static_cast<double>(s.count(Peer::Server, TcpState::CloseWait));
            QVERIFY2(relativeError(closeWait, expected) < tolerance,
                qPrintable(QStringLiteral("t=%1 CLOSE_WAIT %2 expected %3").arg(s.t_ms).arg(closeWait).arg(expected)));
            QCOMPARE(s.leaked, s.count(Peer::Server, TcpState::CloseWait));
        }
    }

    void poolLimitRejectsWhenFull()
    {
        ExplorerResult result
            = run(config({ { "leak_fraction", "0.5" }, { "pool_limit", "100" }, { "duration_ms", "20000" } }));
        const ExplorerSample& last = result.samples.back();
        for (const ExplorerSample& s : result.samples)
            QVERIFY(s.poolInUse <= 100);
        QCOMPARE(last.poolInUse, 100);
        QCOMPARE(last.leaked, 100);
        // Once full, every new request is turned away: ~100/s after the first ~2 s.
        QVERIFY2(last.poolRejected > 1700 && last.poolRejected < 1810, qPrintable(QString::number(last.poolRejected)));
        // Each refused connection is reset; the last few RSTs may still be on the wire.
        QVERIFY(last.resets <= last.poolRejected && last.resets >= last.poolRejected - 3);
    }

    void sameConfigGivesTheSameSeries()
    {
        const ExplorerConfig c
            = config({ { "arrivals", "poisson" }, { "leak_fraction", "0.1" }, { "duration_ms", "20000" } });
        QCOMPARE(samplesCsv(run(c)), samplesCsv(run(c)));
        ExplorerConfig other = c;
        setExplorerKey(other, "seed", "2");
        QVERIFY(samplesCsv(run(c)) != samplesCsv(run(other)));
    }

    void csvRowsMatchTheHeader()
    {
        ExplorerResult result = run(config({ { "duration_ms", "3000" } }));
        const QString csv = QString::fromStdString(samplesCsv(result));
        const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5); // the header and samples at 0, 1, 2, 3 s
        const auto columns = lines.first().split(QLatin1Char(',')).size();
        QCOMPARE(columns, 1 + 18 + 13);
        for (const QString& line : lines)
            QCOMPARE(line.split(QLatin1Char(',')).size(), columns);
        QVERIFY(lines.first().contains(QStringLiteral("client_time_wait")));
    }

    void cancelStopsEarly()
    {
        ExplorerModel model(config({ { "duration_ms", "100000" } }));
        int calls = 0;
        ExplorerResult result = model.run([&](double) { return ++calls < 3; });
        QVERIFY(result.cancelled);
        QCOMPARE(result.samples.size(), std::size_t(4));
    }

    void badKeysAreRejectedWithWhatWasExpected()
    {
        ExplorerConfig c;
        QVERIFY(setExplorerKey(c, "closer", "nobody").find("client, server or simultaneous") != std::string::npos);
        QVERIFY(setExplorerKey(c, "leak_fraction", "1.5").find("fraction from 0 to 1") != std::string::npos);
        QVERIFY(setExplorerKey(c, "no_such_key", "1").find("an explorer key") != std::string::npos);
        QVERIFY(setExplorerKey(c, "time_wait_ms", "5000").empty());
        QCOMPARE(c.params.timeWaitMs(), 5000);
        QVERIFY(setExplorerKey(c, "profile", "rfc9293").empty());
        QCOMPARE(c.params.timeWaitMs(), 240'000);
        QCOMPARE(c.params.delay_ms, 25);
    }
};

QTEST_APPLESS_MAIN(TestExplorerModel)
#include "test_explorer_model.moc"
