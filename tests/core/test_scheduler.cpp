// The scheduler's contract: events come out by (time, insertion order) whatever the mix of
// far and near times, events scheduled while running, and clamping of past times to now.
#include "scheduler.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace tcplab;

namespace {
struct Expected {
    TimeUs time;
    std::uint64_t order;
};
} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private slots:
    void equalTimesAreFifo()
    {
        Scheduler s;
        for (std::uint64_t i = 0; i < 5; ++i)
            s.schedule(100, 0, 0, i);
        s.schedule(50, 0, 0, 99);
        QCOMPARE(s.nextTime(), TimeUs(50));
        QCOMPARE(s.pop().b, std::uint64_t(99));
        for (std::uint64_t i = 0; i < 5; ++i)
            QCOMPARE(s.pop().b, i);
        QVERIFY(s.empty());
        QCOMPARE(s.now(), TimeUs(100));
    }

    void eventsAddedAtTheCurrentInstantRunAfterThoseAlreadyThere()
    {
        Scheduler s;
        s.schedule(10, 0, 0, 1);
        s.schedule(10, 0, 0, 2);
        QCOMPARE(s.pop().b, std::uint64_t(1));
        s.schedule(10, 0, 0, 3);
        s.schedule(5, 0, 0, 4); // in the past: clamped to now (10), after 2 and 3
        QCOMPARE(s.pop().b, std::uint64_t(2));
        QCOMPARE(s.pop().b, std::uint64_t(3));
        const ScheduledEvent clamped = s.pop();
        QCOMPARE(clamped.b, std::uint64_t(4));
        QCOMPARE(clamped.time, TimeUs(10));
    }

    void peekingDoesNotReorderLaterSchedules()
    {
        // runUntil() peeks at the next time, stops short of it, and a GUI action then schedules
        // something earlier: that must still come first.
        Scheduler s;
        s.schedule(1000, 0, 0, 1);
        s.schedule(5000, 0, 0, 2);
        QCOMPARE(s.pop().b, std::uint64_t(1));
        QCOMPARE(s.nextTime(), TimeUs(5000));
        s.advanceTo(2000);
        s.schedule(2500, 0, 0, 3);
        s.schedule(2000, 0, 0, 4);
        QCOMPARE(s.nextTime(), TimeUs(2000));
        QCOMPARE(s.pop().b, std::uint64_t(4));
        QCOMPARE(s.pop().b, std::uint64_t(3));
        QCOMPARE(s.pop().b, std::uint64_t(2));
        QCOMPARE(s.now(), TimeUs(5000));
    }

    void advanceToMovesTheClockOnlyForward()
    {
        Scheduler s;
        s.advanceTo(1000);
        s.advanceTo(500);
        QCOMPARE(s.now(), TimeUs(1000));
        s.schedule(0, 0, 0, 7);
        QCOMPARE(s.nextTime(), TimeUs(1000));
    }

    void randomRunsMatchAStableSort_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("spreadUs");
        QTest::newRow("dense-ties") << 1 << 10;
        QTest::newRow("timers-up-to-1s") << 2 << 1'000'000;
        QTest::newRow("far-future-days") << 3 << 2'000'000'000;
    }
    void randomRunsMatchAStableSort()
    {
        QFETCH(int, seed);
        QFETCH(int, spreadUs);
        std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
        Scheduler s;
        std::vector<Expected> pending;
        std::uint64_t order = 0;
        auto add = [&](TimeUs t) {
            t = std::max(t, s.now());
            s.schedule(t, 0, 0, order);
            pending.push_back({ t, order++ });
        };
        for (int i = 0; i < 2000; ++i)
            add(static_cast<TimeUs>(rng() % static_cast<std::uint64_t>(spreadUs)));
        // Pop everything, scheduling new events as we go (some at now, some later).
        while (!pending.empty()) {
            auto first = std::min_element(pending.begin(), pending.end(), [](const Expected& x, const Expected& y) {
                return x.time < y.time || (x.time == y.time && x.order < y.order);
            });
            const Expected want = *first;
            pending.erase(first);
            QCOMPARE(s.nextTime(), want.time);
            const ScheduledEvent got = s.pop();
            QCOMPARE(got.time, want.time);
            QCOMPARE(got.b, want.order);
            if (order < 6000) {
                // Sometimes peek, move the clock part of the way, and schedule before the peeked time.
                if (!pending.empty() && rng() % 3 == 0) {
                    const TimeUs peeked = s.nextTime();
                    const TimeUs to = s.now() + (peeked - s.now()) / 2;
                    s.advanceTo(to);
                    add(to);
                }
                add(s.now() + static_cast<TimeUs>(rng() % static_cast<std::uint64_t>(spreadUs)));
                if (rng() % 4 == 0)
                    add(s.now());
            }
        }
        QVERIFY(s.empty());
        QCOMPARE(s.pending(), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestScheduler)
#include "test_scheduler.moc"
