// Capture files: what we write is valid IPv4/TCP (checksums verify), reads back as the same
// segments, and the states read off a capture follow the run that produced it.
#include "capture_state_inference.h"
#include "pcap_export.h"
#include "pcap_import.h"
#include "scenario_loader.h"
#include "scenario_runner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;

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
        runScenario(loaded.scenario, loaded.scenario.spec.runUntilUs, {}, { &capture, &seen, &states });
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("run.pcap")).toStdString();
        QCOMPARE(QString::fromStdString(capture.write(path)), QString());

        const PcapImportResult back = importPcap(path);
        QVERIFY2(back.ok, back.error.c_str());
        QCOMPARE(back.segments.size(), seen.segments.size());
        for (std::size_t i = 0; i < seen.segments.size(); ++i) {
            QCOMPARE(back.segments[i].segment.flags, seen.segments[i].flags);
            QCOMPARE(back.segments[i].segment.seq.value(), seen.segments[i].seq.value());
            QCOMPARE(back.segments[i].segment.len, seen.segments[i].len);
        }
        QCOMPARE(back.clientPort, std::uint16_t(49152));

        // Replaying the capture gives the client the same state line as the run.
        StateLog inferred;
        CaptureStateInference inference(inferred);
        for (const CapturedSegment& c : back.segments)
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
};

QTEST_GUILESS_MAIN(TestPcap)
#include "test_pcap.moc"
