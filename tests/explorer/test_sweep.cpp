// Sweeps: parsing, one run per point, the same numbers whatever the number of threads.
// The core's headers come before Qt's (Qt defines `emit` as a macro).
#include "explorer_csv.h"
#include "sweep.h"

#include <QtTest>

using namespace tcplab;

class TestSweep : public QObject {
    Q_OBJECT
private slots:
    void parsesRangesAndLists()
    {
        std::string error;
        auto range = Sweep::parse("rate_per_s=100:300:100", error);
        QVERIFY(range.has_value());
        QCOMPARE(range->key(), std::string("rate_per_s"));
        QCOMPARE(range->values(), (std::vector<std::string> { "100", "200", "300" }));
        auto fractions = Sweep::parse("leak_fraction=0:0.3:0.1", error);
        QCOMPARE(fractions->values(), (std::vector<std::string> { "0", "0.1", "0.2", "0.3" }));
        auto list = Sweep::parse("closer=client,server", error);
        QCOMPARE(list->values(), (std::vector<std::string> { "client", "server" }));
    }

    void rejectsMalformedSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no-equals") << "rate_per_s";
        QTest::newRow("backwards") << "rate_per_s=300:100:10";
        QTest::newRow("zero-step") << "rate_per_s=1:2:0";
        QTest::newRow("too-many-points") << "rate_per_s=1:100000:1";
    }
    void rejectsMalformedSpecs()
    {
        QFETCH(QString, spec);
        std::string error;
        QVERIFY(!Sweep::parse(spec.toStdString(), error).has_value());
        QVERIFY(!error.empty());
    }

    void badValueNamesTheKey()
    {
        std::string error;
        auto sweep = Sweep::parse("closer=client,nobody", error);
        QVERIFY(sweep->run(ExplorerConfig {}, 1, error).empty());
        QVERIFY2(error.find("closer: expected client, server or simultaneous") != std::string::npos, error.c_str());
    }

    void sweepIsDeterministicWhateverTheThreads()
    {
        ExplorerConfig base;
        setExplorerKey(base, "duration_ms", "20000");
        setExplorerKey(base, "time_wait_ms", "5000");
        setExplorerKey(base, "arrivals", "poisson");
        std::string error;
        auto sweep = Sweep::parse("rate_per_s=50:250:50", error);
        const std::string one = sweepCsv(sweep->key(), sweep->run(base, 1, error));
        const std::string three = sweepCsv(sweep->key(), sweep->run(base, 3, error));
        QCOMPARE(QString::fromStdString(three), QString::fromStdString(one));
        QCOMPARE(sweepCsv(sweep->key(), sweep->run(base, 2, error)), one);
    }

    void timeWaitScalesWithTheSweptRate()
    {
        ExplorerConfig base;
        setExplorerKey(base, "duration_ms", "20000");
        setExplorerKey(base, "time_wait_ms", "5000");
        std::string error;
        auto sweep = Sweep::parse("rate_per_s=100,200,400", error);
        std::size_t calls = 0;
        const auto points = sweep->run(base, 2, error, nullptr, [&](std::size_t) { ++calls; });
        QCOMPARE(points.size(), std::size_t(3));
        QCOMPARE(calls, std::size_t(3));
        for (const SweepPoint& p : points) {
            QCOMPARE(p.outcome.littleTimeWait, p.x * 5.0);
            QVERIFY(std::abs(p.outcome.clientTimeWait - p.outcome.littleTimeWait) < 0.02 * p.outcome.littleTimeWait);
        }
    }

    void cancelledSweepSaysSo()
    {
        ExplorerConfig base;
        std::atomic<bool> cancel { true };
        std::string error;
        auto sweep = Sweep::parse("rate_per_s=10,20", error);
        const auto points = sweep->run(base, 1, error, &cancel);
        QCOMPARE(points.size(), std::size_t(2));
        QVERIFY(points[0].cancelled && points[1].cancelled);
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "test_sweep.moc"
