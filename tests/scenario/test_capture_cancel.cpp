// The long steps after a capture is read — listing its connections, taking one connection's
// segments, building its replay — report their progress and stop when told (the window's
// Cancel): stopped, each returns nothing, having gone no further than the call that stopped it;
// not stopped, each gives exactly what it gives without a progress callback.
#include "capture_connections.h"
#include "capture_replay.h"
#include "capture_state_inference.h"
#include "pcap_import.h"
#include "trace_fields.h"

#include <QtTest>

#include <algorithm>
#include <optional>

using namespace tcplab;

namespace {

constexpr int kConnections = 12;
constexpr std::uint32_t kDataPerConnection = 3000;

Segment segmentOf(
    int connection, bool fromClient, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack, std::uint32_t len)
{
    Segment s;
    const Address client = 0xC0000201u;
    const Address server = 0xC6336402u;
    const std::uint16_t clientPort = std::uint16_t(40000 + connection);
    s.srcAddr = fromClient ? client : server;
    s.dstAddr = fromClient ? server : client;
    s.srcPort = fromClient ? clientPort : 80;
    s.dstPort = fromClient ? 80 : clientPort;
    s.flags = flags;
    s.seq = SeqNum(seq);
    s.ack = SeqNum(ack);
    s.len = len;
    return s;
}

// kConnections connections interleaved segment by segment (so a pass per connection would read
// the capture kConnections times): every other one opened by a handshake, the rest caught
// mid-connection; each sends data and closes. Some of the data is sent twice (a retransmission).
PcapImportResult manyConnections()
{
    std::vector<std::vector<Segment>> perConnection(kConnections);
    for (int k = 0; k < kConnections; ++k) {
        std::vector<Segment>& out = perConnection[std::size_t(k)];
        std::uint32_t seq = 1000, ack = 5000;
        if (k % 2 == 0) {
            out.push_back(segmentOf(k, true, kSyn, seq - 1, 0, 0));
            out.push_back(segmentOf(k, false, kSyn | kAck, ack - 1, seq, 0));
            out.push_back(segmentOf(k, true, kAck, seq, ack, 0));
        }
        for (std::uint32_t i = 0; i < kDataPerConnection; ++i) {
            out.push_back(segmentOf(k, true, kAck | kPsh, seq, ack, 100));
            if (i % 97 == 5)
                out.push_back(segmentOf(k, true, kAck | kPsh, seq, ack, 100)); // retransmitted
            seq += 100;
            out.push_back(segmentOf(k, false, kAck, ack, seq, 0));
        }
        out.push_back(segmentOf(k, true, kFin | kAck, seq, ack, 0));
        out.push_back(segmentOf(k, false, kFin | kAck, ack, seq + 1, 0));
        out.push_back(segmentOf(k, true, kAck, seq + 1, ack + 1, 0));
    }
    PcapImportResult capture;
    capture.ok = true;
    TimeUs t_us = 0;
    for (std::size_t i = 0;; ++i) {
        bool any = false;
        for (const auto& segments : perConnection) {
            if (i >= segments.size())
                continue;
            any = true;
            capture.allSegments.push_back({ t_us, segments[i] });
            t_us += 7;
        }
        if (!any)
            break;
    }
    capture.packetsRead = capture.allSegments.size();
    return capture;
}

// A progress callback that answers "go on" `allowed` times, then "stop"; it records each call.
struct CountingProgress {
    explicit CountingProgress(int allowedCalls)
        : allowed(allowedCalls)
    {
    }
    int allowed;
    int calls = 0;
    std::vector<double> done;
    CaptureProgress callback()
    {
        return [this](double fraction) {
            ++calls;
            done.push_back(fraction);
            return calls <= allowed;
        };
    }
};

// What the window lists of a connection, compared as text.
QString describe(const CaptureConnection& c)
{
    return QStringLiteral("%1 p%2 b%3 %4-%5 h%6 %7/%8 %9/%10")
        .arg(QString::fromStdString(c.tupleText()))
        .arg(c.packets)
        .arg(c.payloadBytes)
        .arg(c.firstUs)
        .arg(c.lastUs)
        .arg(int(c.sawHandshake))
        .arg(int(c.clientFirst))
        .arg(int(c.serverFirst))
        .arg(int(c.clientLast))
        .arg(int(c.serverLast));
}

// The states each connection reaches, inferred as before listConnections read the capture once
// for all of them: one pass of connectionSegments per connection.
std::pair<TcpState, TcpState> lastStatesOneByOne(const PcapImportResult& capture, const CaptureConnection& connection)
{
    struct : TraceSink {
        void onTrace(const TraceEvent&) override { }
    } ignore;
    CaptureStateInference inference(ignore);
    bool first = true;
    for (const CapturedSegment& c : connectionSegments(capture, connection)) {
        if (first && !c.segment.has(kSyn))
            assumeMidConnection(inference, c.t_us);
        inference.onSegment(c.t_us, c.segment, connection.sentByClient(c.segment) ? Peer::Client : Peer::Server);
        first = false;
    }
    return { inference.state(Peer::Client), inference.state(Peer::Server) };
}

class AllEvents : public TraceSink {
public:
    void onTrace(const TraceEvent& e) override { lines.push_back(traceToJsonLine(e)); }
    std::vector<std::string> lines;
};

std::vector<std::string> replayed(CaptureReplay replay)
{
    AllEvents all;
    replay.addSink(&all);
    replay.runUntil(replay.endUs());
    return all.lines;
}

} // namespace

class TestCaptureCancel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listingStopsWhenTold();
    void listingNotStoppedIsTheSame();
    void connectionSegmentsStopWhenTold();
    void replayStopsWhenTold_data();
    void replayStopsWhenTold();
    void replayNotStoppedIsTheSame();
};

void TestCaptureCancel::listingStopsWhenTold()
{
    const PcapImportResult capture = manyConnections();
    const std::size_t total = capture.allSegments.size();
    QVERIFY(total > 10 * kProgressEveryPackets);
    for (const int allowed : { 0, 3, 7 }) {
        CountingProgress progress(allowed);
        QVERIFY(!listConnections(capture, progress.callback()).has_value());
        // Asked once before its first segment and every kProgressEveryPackets after: it stopped
        // at the call that said so, kProgressEveryPackets × `allowed` segments read (of 2 passes).
        QCOMPARE(progress.calls, allowed + 1);
        const double segmentsDone = progress.done.back() * 2.0 * double(total);
        QCOMPARE(std::size_t(segmentsDone + 0.5), std::size_t(allowed) * kProgressEveryPackets);
    }
}

void TestCaptureCancel::listingNotStoppedIsTheSame()
{
    const PcapImportResult capture = manyConnections();
    CountingProgress progress(1 << 30);
    const auto reported = listConnections(capture, progress.callback());
    QVERIFY(reported.has_value());
    const std::vector<CaptureConnection> plain = listConnections(capture);
    QCOMPARE(reported->size(), std::size_t(kConnections));
    QCOMPARE(plain.size(), reported->size());
    for (std::size_t k = 0; k < plain.size(); ++k) {
        QCOMPARE(describe((*reported)[k]), describe(plain[k]));
        const auto [client, server] = lastStatesOneByOne(capture, plain[k]);
        QCOMPARE(plain[k].clientLast, client);
        QCOMPARE(plain[k].serverLast, server);
        QCOMPARE(plain[k].sawHandshake, k % 2 == 0);
        QCOMPARE(plain[k].clientFirst, k % 2 == 0 ? TcpState::SynSent : TcpState::Established);
    }
    QCOMPARE(plain.front().clientLast, TcpState::TimeWait);
    QCOMPARE(plain.front().serverLast, TcpState::Closed);
    // Both passes reported, in order, never past the whole.
    QCOMPARE(
        progress.calls, int(2 * ((capture.allSegments.size() + kProgressEveryPackets - 1) / kProgressEveryPackets)));
    QVERIFY(std::is_sorted(progress.done.begin(), progress.done.end()));
    QVERIFY(progress.done.back() < 1.0 && progress.done.back() > 0.9);
}

void TestCaptureCancel::connectionSegmentsStopWhenTold()
{
    const PcapImportResult capture = manyConnections();
    const std::vector<CaptureConnection> connections = listConnections(capture);
    CountingProgress stopping(4);
    QVERIFY(!connectionSegments(capture, connections[3], stopping.callback()).has_value());
    QCOMPARE(stopping.calls, 5);
    QCOMPARE(std::size_t(stopping.done.back() * double(capture.allSegments.size()) + 0.5), 4 * kProgressEveryPackets);

    CountingProgress going(1 << 30);
    const auto reported = connectionSegments(capture, connections[3], going.callback());
    QVERIFY(reported.has_value());
    const std::vector<CapturedSegment> plain = connectionSegments(capture, connections[3]);
    QCOMPARE(reported->size(), connections[3].packets);
    QCOMPARE(plain.size(), reported->size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        QCOMPARE((*reported)[i].t_us, plain[i].t_us);
        QCOMPARE((*reported)[i].segment.id, plain[i].segment.id);
        QCOMPARE((*reported)[i].segment.seq.value(), plain[i].segment.seq.value());
    }
}

void TestCaptureCancel::replayStopsWhenTold_data()
{
    QTest::addColumn<int>("allowed");
    // A connection of 6 000-odd segments: calls at 0 and 4 096 segments (0-0.6), before the sort
    // (0.6), then every 4 096 events put in order (0.6-1).
    QTest::newRow("before-the-first-segment") << 0;
    QTest::newRow("midway-through-the-segments") << 1;
    QTest::newRow("before-the-sort") << 2;
    QTest::newRow("before-the-first-event-is-placed") << 3;
    QTest::newRow("midway-through-the-events") << 4;
}

void TestCaptureCancel::replayStopsWhenTold()
{
    QFETCH(int, allowed);
    const PcapImportResult capture = manyConnections();
    const CaptureConnection connection = listConnections(capture).front();
    const auto segments = connectionSegments(capture, connection);
    QVERIFY(segments.size() > kProgressEveryPackets && segments.size() < 2 * kProgressEveryPackets);
    const double events = double(replayed(CaptureReplay(connection, segments)).size());
    CountingProgress progress(allowed);
    QVERIFY(!CaptureReplay::build(connection, segments, progress.callback()).has_value());
    QCOMPARE(progress.calls, allowed + 1);
    const std::vector<double> expected { 0.0, 0.6 * double(kProgressEveryPackets) / double(segments.size()), 0.6, 0.6,
        0.6 + 0.4 * double(kProgressEveryPackets) / events };
    QCOMPARE(progress.done.back(), expected[std::size_t(allowed)]);
}

void TestCaptureCancel::replayNotStoppedIsTheSame()
{
    const PcapImportResult capture = manyConnections();
    const std::vector<CaptureConnection> connections = listConnections(capture);
    for (const std::size_t k : { std::size_t(0), std::size_t(1) }) { // with a handshake, and without
        const auto segments = connectionSegments(capture, connections[k]);
        CountingProgress progress(1 << 30);
        std::optional<CaptureReplay> reported = CaptureReplay::build(connections[k], segments, progress.callback());
        QVERIFY(reported.has_value());
        const CaptureReplay plain(connections[k], segments);
        QCOMPARE(reported->endUs(), plain.endUs());
        QCOMPARE(reported->oneWayDelayUs(), plain.oneWayDelayUs());
        QCOMPARE(reported->retransmissionCount(), plain.retransmissionCount());
        QVERIFY(plain.retransmissionCount() > 0);
        const std::vector<std::string> a = replayed(*reported);
        const std::vector<std::string> b = replayed(plain);
        QVERIFY(a.size() > 2 * segments.size()); // a send and an arrival each, and more
        QVERIFY(a == b);
        // Every 4 096 segments, before the sort, then every 4 096 events placed.
        const auto every = [](std::size_t n) { return int((n + kProgressEveryPackets - 1) / kProgressEveryPackets); };
        QCOMPARE(progress.calls, every(segments.size()) + 1 + every(a.size()));
        QVERIFY(std::is_sorted(progress.done.begin(), progress.done.end()));
    }
}

QTEST_GUILESS_MAIN(TestCaptureCancel)
#include "test_capture_cancel.moc"
