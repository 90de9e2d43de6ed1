// Capture files: what we write is valid IPv4/TCP (checksums verify), reads back as the same
// segments, and the states read off a capture follow the run that produced it.
#include "capture_state_inference.h"
#include "hand_capture.h"
#include "pcap_export.h"
#include "pcap_import.h"
#include "scenario_loader.h"
#include "scenario_runner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
class SegmentLog : public TraceSink {
public:
    explicit SegmentLog(Peer at)
        : at_(at)
    {
    }
    void onTrace(const TraceEvent& e) override
    {
        if (e.segment && e.peer == at_ && (e.kind == TraceKind::Send || e.kind == TraceKind::Arrive))
            segments.push_back(*e.segment);
    }
    std::vector<Segment> segments;

private:
    Peer at_;
};

class StateLog : public TraceSink {
public:
    void onTrace(const TraceEvent& e) override
    {
        if (e.kind == TraceKind::State)
            to[e.peer == Peer::Client ? 0 : 1].push_back(e.to);
    }
    std::vector<TcpState> to[2];
};

} // namespace

class TestPcap : public QObject {
    Q_OBJECT
private slots:
    void checksumsVerify()
    {
        Segment s;
        s.srcAddr = 0xC0000201u;
        s.dstAddr = 0xC6336402u;
        s.srcPort = 49152;
        s.dstPort = 80;
        s.seq = SeqNum(1000);
        s.ack = SeqNum(5001);
        s.flags = kAck | kPsh;
        s.len = 5;
        s.text = std::make_shared<const std::string>("hello");
        s.hasTimestamps = true;
        s.tsVal = 1234;
        s.tsEcr = 99;
        const auto p = PcapExport::ipv4Packet(s, 1460);
        // A correct header sums to 0xFFFF in ones' complement arithmetic.
        std::uint32_t ip = onesComplementSum(p.data(), 20);
        while (ip >> 16)
            ip = (ip & 0xFFFF) + (ip >> 16);
        QCOMPARE(ip, 0xFFFFu);
        const std::size_t tcpLength = p.size() - 20;
        std::uint32_t tcp = onesComplementSum(p.data() + 12, 8) + 6 + static_cast<std::uint32_t>(tcpLength);
        tcp = onesComplementSum(p.data() + 20, tcpLength, tcp);
        while (tcp >> 16)
            tcp = (tcp & 0xFFFF) + (tcp >> 16);
        QCOMPARE(tcp, 0xFFFFu);
        Segment back;
        QVERIFY(parseIpv4Tcp(p.data(), p.size(), back));
        QCOMPARE(back.seq.value(), 1000u);
        QCOMPARE(back.ack.value(), 5001u);
        QCOMPARE(back.flags, static_cast<std::uint8_t>(kAck | kPsh));
        QCOMPARE(back.len, 5u);
        QVERIFY(back.hasTimestamps);
        QCOMPARE(back.tsVal, 1234u);
        QCOMPARE(back.tsEcr, 99u);
    }

    void roundTripThroughAFile()
    {
        LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:01-handshake-client-closes"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        PcapExport capture(Peer::Client);
        SegmentLog seen(Peer::Client);
        StateLog states;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("run.pcap")).toStdString();
        QCOMPARE(QString::fromStdString(capture.open(path)), QString());
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &capture, &seen, &states });
        QCOMPARE(QString::fromStdString(capture.close()), QString());

        const PcapImportResult back = importPcap(path);
        QVERIFY2(back.ok, back.error.c_str());
        QCOMPARE(back.segments().size(), seen.segments.size());
        for (std::size_t i = 0; i < seen.segments.size(); ++i) {
            QCOMPARE(back.segments()[i].segment.flags, seen.segments[i].flags);
            QCOMPARE(back.segments()[i].segment.seq.value(), seen.segments[i].seq.value());
            QCOMPARE(back.segments()[i].segment.len, seen.segments[i].len);
        }
        QCOMPARE(back.clientPort, std::uint16_t(49152));

        // Replaying the capture gives the client the same state line as the run.
        StateLog inferred;
        CaptureStateInference inference(inferred);
        for (const CapturedSegment& c : back.segments())
            inference.onSegment(c.t_us, c.segment, c.segment.srcPort == back.clientPort ? Peer::Client : Peer::Server);
        std::vector<TcpState> runClient = states.to[0];
        runClient.pop_back(); // TIME_WAIT's expiry sends nothing: no capture can show it
        QVERIFY(inferred.to[0] == runClient);
        QCOMPARE(inference.state(Peer::Server), TcpState::Closed);
    }

    void finAckingOurFinIsReadAsFinWait2ThenTimeWait()
    {
        // A three-segment close seen in a capture: the server's FIN also ACKs the client's FIN.
        // RFC 9293 §3.10.7.4 (fifth step: "enter FIN-WAIT-2 and continue processing in that
        // state"), and Figure 5 has no FIN-WAIT-1 -> TIME-WAIT edge: the client is read as
        // FIN_WAIT_1 -> FIN_WAIT_2 -> TIME_WAIT at that segment's instant.
        StateLog inferred;
        CaptureStateInference inference(inferred);
        auto seg = [](std::uint8_t flags, std::uint32_t seq, std::uint32_t ack) {
            Segment s;
            s.flags = flags;
            s.seq = SeqNum(seq);
            s.ack = SeqNum(ack);
            return s;
        };
        inference.onSegment(0, seg(kSyn, 1000, 0), Peer::Client);
        inference.onSegment(50, seg(kSyn | kAck, 5000, 1001), Peer::Server);
        inference.onSegment(100, seg(kAck, 1001, 5001), Peer::Client);
        inference.onSegment(200, seg(kFin | kAck, 1001, 5001), Peer::Client);
        inference.onSegment(250, seg(kFin | kAck, 5001, 1002), Peer::Server);
        const std::vector<TcpState> want { TcpState::SynSent, TcpState::Established, TcpState::FinWait1,
            TcpState::FinWait2, TcpState::TimeWait };
        QVERIFY(inferred.to[0] == want);
    }

    void unreadableFilesAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.pcap"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a capture");
        f.close();
        const PcapImportResult r = importPcap(path.toStdString());
        QVERIFY(!r.ok);
        QVERIFY(QString::fromStdString(r.error).startsWith(path + QStringLiteral(": not a readable capture file")));
    }

    // Issue 14, item 4: mss 65535 made the IPv4 total length wrap (65,587 -> 51).
    void segmentsLargerThanIpv4AreSplit()
    {
        Segment s = tcpSegment(49152, 80, kAck | kPsh, 1000);
        s.len = 65535;
        s.hasTimestamps = true;
        const auto packets = PcapExport::ipv4Packets(s, 65535);
        QCOMPARE(packets.size(), std::size_t(2));
        std::uint32_t carried = 0, expectSeq = 1000;
        for (const auto& p : packets) {
            QVERIFY(p.size() <= PcapExport::kMaxIpv4Bytes);
            Segment back;
            QVERIFY(parseIpv4Tcp(p.data(), p.size(), back));
            QCOMPARE(std::size_t((p[2] << 8) | p[3]), p.size()); // the IP total length is the packet's
            QCOMPARE(back.seq.value(), expectSeq);
            expectSeq += back.len;
            carried += back.len;
        }
        QCOMPARE(carried, 65535u);
        Segment last;
        QVERIFY(parseIpv4Tcp(packets.back().data(), packets.back().size(), last));
        QVERIFY(last.has(kPsh));
    }

    void bigMssRoundTrips()
    {
        LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:01-handshake-client-closes"));
        QVERIFY(loaded.ok);
        QVERIFY(ScenarioLoader::applySet(loaded.scenario, QStringLiteral("mss=65535")).isEmpty());
        loaded.scenario.spec.steps[2].action.text.reset();
        loaded.scenario.spec.steps[2].action.bytes = 200000;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("big.pcap")).toStdString();
        PcapExport capture(Peer::Client);
        QCOMPARE(QString::fromStdString(capture.open(path)), QString());
        SegmentLog seen(Peer::Client);
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &capture, &seen });
        QCOMPARE(QString::fromStdString(capture.close()), QString());
        QVERIFY(capture.splitSegments() > 0);
        const PcapImportResult back = importPcap(path);
        QVERIFY2(back.ok, back.error.c_str());
        QCOMPARE(back.packetsSkipped, std::size_t(0));
        std::uint64_t sentBytes = 0, readBytes = 0;
        for (const Segment& s : seen.segments)
            sentBytes += s.srcPort == 49152 ? s.len : 0;
        for (const CapturedSegment& c : back.segments())
            readBytes += c.segment.srcPort == 49152 ? c.segment.len : 0;
        QCOMPARE(readBytes, sentBytes);
    }

    // Issue 14, items 7 and 8: fragments, link types, times, roles.
    void fragmentsAreSkippedAndCounted()
    {
        QTemporaryDir dir;
        HandCapture cap(101); // LINKTYPE_RAW
        cap.add(0, packet(tcpSegment(49152, 80, kSyn, 1000)));
        QByteArray fragment = packet(tcpSegment(49152, 80, kRst, 1001));
        fragment[6] = 0x00, fragment[7] = 0x10; // fragment offset 16 (x 8 bytes): payload, not a TCP header
        cap.add(10, fragment);
        QByteArray first = packet(tcpSegment(80, 49152, kRst | kAck, 0));
        first[6] = 0x20; // More Fragments on the first piece
        cap.add(20, first);
        cap.add(30, packet(tcpSegment(80, 49152, kSyn | kAck, 5000)));
        const PcapImportResult r = importPcap(cap.save(dir, QStringLiteral("frag.pcap")));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.skippedFragments, std::size_t(2));
        QCOMPARE(r.packetsSkipped, std::size_t(2));
        QCOMPARE(r.segments().size(), std::size_t(2));
        for (const CapturedSegment& c : r.segments())
            QVERIFY(!c.segment.has(kRst)); // no RST made up from a fragment's payload
    }

    void unsupportedLinkTypesAreNamed_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::addColumn<QString>("named");
        QTest::newRow("SLL2") << 276 << "link type 276 (LINUX_SLL2";
        QTest::newRow("unknown") << 999 << "link type 999 (unknown to libpcap)";
        QTest::newRow("802.11") << 105 << "link type 105 (IEEE802_11";
    }

    void unsupportedLinkTypesAreNamed()
    {
        QFETCH(int, linkType);
        QFETCH(QString, named);
        QTemporaryDir dir;
        HandCapture cap(static_cast<std::uint32_t>(linkType));
        cap.add(0, packet(tcpSegment(49152, 80, kSyn, 1000)));
        const std::string path = cap.save(dir, QStringLiteral("link.pcap"));
        const PcapImportResult r = importPcap(path);
        QVERIFY(!r.ok);
        const QString error = QString::fromStdString(r.error);
        QVERIFY2(error.startsWith(QString::fromStdString(path) + QStringLiteral(": ") + named), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("is not supported; expected raw IP, Ethernet")), qPrintable(error));
    }

    void stackedVlanTagsAreRead()
    {
        QTemporaryDir dir;
        HandCapture cap(1); // Ethernet
        const QByteArray macs(12, '\x02');
        const QByteArray qinq = QByteArray::fromHex("88a80064810000c80800"); // 802.1ad, 802.1Q, IPv4
        cap.add(0, macs + qinq + packet(tcpSegment(49152, 80, kSyn, 1000)));
        const PcapImportResult r = importPcap(cap.save(dir, QStringLiteral("qinq.pcap")));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.segments().size(), std::size_t(1));
    }

    void timesNeverGoBack()
    {
        QTemporaryDir dir;
        HandCapture cap(101);
        cap.add(5'000'000, packet(tcpSegment(49152, 80, kSyn, 1000)));
        cap.add(5'050'000, packet(tcpSegment(80, 49152, kSyn | kAck, 5000)));
        cap.add(4'000'000, packet(tcpSegment(49152, 80, kAck, 1001))); // the clock stepped back
        cap.add(5'100'000, packet(tcpSegment(49152, 80, kFin | kAck, 1001)));
        const PcapImportResult r = importPcap(cap.save(dir, QStringLiteral("back.pcap")));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.timesBackwards, std::size_t(1));
        const std::vector<TimeUs> want { 0, 50'000, 50'000, 100'000 };
        QCOMPARE(r.segments().size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
            QCOMPARE(r.segments()[i].t_us, want[i]);
    }

    void rolesComeFromTheFirstSyn()
    {
        // Another connection's packet comes first; the SYN that follows decides, and its sender
        // is the client even when it is the one on port 80.
        QTemporaryDir dir;
        HandCapture cap(101);
        Segment other = tcpSegment(49152, 80, kAck, 7);
        other.srcPort = 40000;
        cap.add(0, packet(other));
        cap.add(10, packet(tcpSegment(80, 49152, kSyn, 5000)));
        cap.add(20, packet(tcpSegment(49152, 80, kSyn | kAck, 1000)));
        const PcapImportResult r = importPcap(cap.save(dir, QStringLiteral("roles.pcap")));
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY(r.openedBySyn);
        QCOMPARE(r.clientPort, std::uint16_t(80));
        QCOMPARE(r.serverPort, std::uint16_t(49152));
        QCOMPARE(r.segments().size(), std::size_t(2));
        QCOMPARE(r.skippedOtherConnections, std::size_t(1));
        QCOMPARE(r.segments().front().segment.id, std::uint64_t(1));
    }

    void nothingUsableSaysWhy()
    {
        QTemporaryDir dir;
        HandCapture cap(1);
        cap.add(0, QByteArray(12, '\x02') + QByteArray::fromHex("86dd") + QByteArray(40, '\0')); // IPv6
        const std::string path = cap.save(dir, QStringLiteral("v6.pcap"));
        const PcapImportResult r = importPcap(path);
        QVERIFY(!r.ok);
        QCOMPARE(QString::fromStdString(r.error),
            QString::fromStdString(path)
                + QStringLiteral(": no IPv4 TCP segment in the capture (1 packet read: 1 is not IPv4 TCP, 0 are IPv4 "
                                 "fragments)"));
    }

    // Issue 14, item 8: the states read off a capture, at either end, are the run's own states
    // (minus what sends nothing: TIME_WAIT's expiry, the listener itself).
    void statesReadAtEitherEnd_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("at"); // 0 client, 1 server
        QTest::addColumn<QString>("clientStates"); // of the host that sent the first SYN
        QTest::addColumn<QString>("serverStates");
        QTest::newRow("refused, at the client") << "10-connection-refused" << 0 << "SYN_SENT CLOSED"
                                                << "";
        QTest::newRow("refused, at the server") << "10-connection-refused" << 1 << "SYN_SENT CLOSED"
                                                << "";
        QTest::newRow("simultaneous open, at the client")
            << "03-simultaneous-open" << 0 << "SYN_SENT SYN_RECEIVED ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT"
            << "SYN_SENT SYN_RECEIVED ESTABLISHED CLOSE_WAIT LAST_ACK CLOSED";
        // At the server its own SYN is the first: it is the capture's client.
        QTest::newRow("simultaneous open, at the server")
            << "03-simultaneous-open" << 1 << "SYN_SENT SYN_RECEIVED ESTABLISHED CLOSE_WAIT LAST_ACK CLOSED"
            << "SYN_SENT SYN_RECEIVED ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT";
    }

    void statesReadAtEitherEnd()
    {
        QFETCH(QString, scenario);
        QFETCH(int, at);
        QFETCH(QString, clientStates);
        QFETCH(QString, serverStates);
        LoadResult loaded = ScenarioLoader::load(QStringLiteral("builtin:") + scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("run.pcap")).toStdString();
        PcapExport capture(at == 0 ? Peer::Client : Peer::Server);
        QCOMPARE(QString::fromStdString(capture.open(path)), QString());
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &capture });
        QCOMPARE(QString::fromStdString(capture.close()), QString());
        const PcapImportResult back = importPcap(path);
        QVERIFY2(back.ok, back.error.c_str());
        StateLog inferred;
        CaptureStateInference inference(inferred);
        for (const CapturedSegment& c : back.segments()) {
            const bool fromClient = c.segment.srcAddr == back.clientAddr && c.segment.srcPort == back.clientPort;
            inference.onSegment(c.t_us, c.segment, fromClient ? Peer::Client : Peer::Server);
        }
        auto names = [](const std::vector<TcpState>& states) {
            QStringList out;
            for (TcpState s : states)
                out << QString::fromLatin1(stateName(s).data(), static_cast<qsizetype>(stateName(s).size()));
            return out.join(QLatin1Char(' '));
        };
        QCOMPARE(names(inferred.to[0]), clientStates);
        QCOMPARE(names(inferred.to[1]), serverStates);
    }
};

QTEST_GUILESS_MAIN(TestPcap)
#include "test_pcap.moc"
