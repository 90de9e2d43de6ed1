// Issue 14, "data is stored once": importPcap keeps each header once (the chosen connection a
// view over the store), allocated once, and its reading reports progress and stops on Cancel.
#include "hand_capture.h"
#include "pcap_import.h"

#include <QtTest>

#include <algorithm>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
// kPackets segments: another connection's first, then a SYN from port 80 that becomes the
// chosen connection, its segments interleaved with the other one's.
constexpr int kPackets = 5000;
std::string twoConnections(const QTemporaryDir& dir)
{
    HandCapture cap(101);
    Segment other = tcpSegment(49152, 80, kAck, 7);
    other.srcPort = 40000;
    for (int i = 0; i < kPackets; ++i) {
        Segment s = i % 3 == 0 ? other : tcpSegment(i % 2 ? 80 : 49152, i % 2 ? 49152 : 80, kAck, 1000 + i);
        if (i == 2)
            s = tcpSegment(80, 49152, kSyn, 5000);
        s.seq = SeqNum(std::uint32_t(1000 + i));
        cap.add(i * 10, packet(s));
    }
    return cap.save(dir, QStringLiteral("two.pcap"));
}
} // namespace

class TestPcapStore : public QObject {
    Q_OBJECT
private slots:
    // Issue 14: each header is stored once. The chosen connection is a view over the store,
    // with what the reading used to keep for it (its own copies, numbered from 1, born at their
    // capture time, from the first SYN on once one switched the choice); the store is reserved
    // once from the counted packets and never grows by copies.
    void theChosenConnectionIsAViewOfTheOneStore()
    {
        QTemporaryDir dir;
        const std::string path = twoConnections(dir);
        const PcapImportResult r = importPcap(path);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.packetsRead, std::size_t(kPackets));
        QCOMPARE(r.allSegments.size(), std::size_t(kPackets));
        QCOMPARE(r.allSegments.capacity(), std::size_t(kPackets));
        // What the reading kept before the store (ConnectionPicker's own vector): the
        // connection of the first bare SYN, from that SYN on.
        std::vector<CapturedSegment> before;
        bool switched = false;
        for (const CapturedSegment& c : r.allSegments) {
            const Segment& s = c.segment;
            const bool bareSyn = s.has(kSyn) && !s.has(kAck);
            switched = switched || (bareSyn && s.srcPort == 80);
            const bool ours = (s.srcPort == 80 && s.dstPort == 49152) || (s.srcPort == 49152 && s.dstPort == 80);
            if (!switched || !ours)
                continue;
            CapturedSegment kept = c;
            kept.segment.id = before.size() + 1;
            kept.segment.bornUs = c.t_us;
            before.push_back(kept);
        }
        QCOMPARE(r.segments().size(), before.size());
        QCOMPARE(r.skippedOtherConnections, std::size_t(kPackets) - before.size());
        std::size_t i = 0;
        for (const CapturedSegment& c : r.segments()) {
            const CapturedSegment& want = before[i++];
            QCOMPARE(c.t_us, want.t_us);
            QCOMPARE(c.segment.id, want.segment.id);
            QCOMPARE(c.segment.bornUs, want.segment.bornUs);
            QCOMPARE(c.segment.flags, want.segment.flags);
            QCOMPARE(c.segment.seq.value(), want.segment.seq.value());
            QCOMPARE(c.segment.srcPort, want.segment.srcPort);
        }
        QCOMPARE(i, before.size());
    }

    // The window's Cancel: the progress callback's "no" stops the reading there, keeping nothing.
    void progressTellsAndCancelStops()
    {
        QTemporaryDir dir;
        const std::string path = twoConnections(dir);
        std::vector<double> seen;
        const PcapImportResult whole = importPcap(path, [&](double done) {
            seen.push_back(done);
            return true;
        });
        QVERIFY2(whole.ok, whole.error.c_str());
        // Counted, then read: a call before the first packet and every 4096, each pass.
        QCOMPARE(seen.size(), std::size_t(2 * (kPackets / kProgressEveryPackets + 1)));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.front() >= 0.0 && seen.back() > 0.2 && seen.back() <= 1.0);
        for (const std::size_t stopAt : { std::size_t(1), std::size_t(3) }) { // in the count, in the reading
            std::size_t calls = 0;
            const PcapImportResult r = importPcap(path, [&](double) { return ++calls < stopAt + 1; });
            QVERIFY(!r.ok);
            QVERIFY(r.cancelled);
            QCOMPARE(calls, stopAt + 1);
            QCOMPARE(QString::fromStdString(r.error), QString::fromStdString(path) + QStringLiteral(": cancelled"));
            QVERIFY(r.allSegments.empty() && r.segments().empty());
        }
    }
};

QTEST_MAIN(TestPcapStore)
#include "test_pcap_store.moc"
