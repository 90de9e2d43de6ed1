// The data path of one endpoint (issue 13 items 2-6): sending after close() beyond one window,
// out-of-order segments held and fast retransmit, slow start, RTT estimation and the RTO, and
// delayed ACKs. Each test cites the rule it holds the endpoint to.
#include "endpoint_harness.h"
#include "trace_fields.h"

#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

constexpr std::uint32_t kMss = 1460;

int dataSegments(const std::vector<Segment>& segments)
{
    int n = 0;
    for (const Segment& s : segments)
        n += s.len > 0 ? 1 : 0;
    return n;
}

bool hasFin(const std::vector<Segment>& segments)
{
    for (const Segment& s : segments)
        if (s.has(kFin))
            return true;
    return false;
}

// The handshake by hand, with `rttUs` between our SYN and the peer's SYN,ACK.
Endpoint& establishAfter(EndpointHarness& h, TimeUs rttUs)
{
    ConnectError error = ConnectError::None;
    Endpoint* ep = h.host().connect(EndpointHarness::kLocalPort, EndpointHarness::kRemoteAddr,
        EndpointHarness::kRemotePort, EndpointHarness::kIss, 0, error);
    h.advance(rttUs);
    Segment synAck = h.peer(kSyn | kAck, 0, 1);
    if (h.params().timestamps) {
        synAck.hasTimestamps = true;
        synAck.tsVal = 100;
        synAck.tsEcr = h.sent.empty() ? 1 : h.sent.back().tsVal;
    }
    h.inject(synAck);
    return *ep;
}

} // namespace

class TestDataPath : public QObject {
    Q_OBJECT
private slots:
    // Item 2. RFC 9293 §3.10.4 CLOSE in ESTABLISHED: "queue this until all preceding SENDs have been
    // segmentized" — the rest of the data goes after each ACK in FIN_WAIT_1, then the FIN; the
    // retransmission timer runs while anything is outstanding.
    void closeSendsEverythingQueuedThenFin_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("ESTABLISHED -> FIN_WAIT_1") << int(TcpState::Established);
        QTest::newRow("CLOSE_WAIT -> LAST_ACK") << int(TcpState::CloseWait);
    }
    void closeSendsEverythingQueuedThenFin()
    {
        QFETCH(int, state);
        Params p = *profileDefaults("rfc9293");
        p.window = 2 * kMss; // the peer's window holds two segments
        EndpointHarness h(p);
        Endpoint& ep = h.bringTo(static_cast<TcpState>(state));
        const std::uint32_t peerSeq = state == int(TcpState::CloseWait) ? 2 : 1;
        QVERIFY(ep.send(6 * kMss, nullptr));
        ep.close();
        QCOMPARE(dataSegments(h.sent), 2);
        std::uint32_t acked = 1;
        for (int round = 0; round < 2; ++round) {
            QVERIFY(ep.timerDue(TimerKind::Retransmit) >= 0); // never waiting with no timer
            acked += 2 * kMss;
            const auto replies = h.inject(h.peer(kAck, peerSeq, acked));
            QCOMPARE(dataSegments(replies), 2);
            QCOMPARE(hasFin(replies), round == 1); // the FIN follows the last byte at once
        }
        QCOMPARE(ep.sndNxt().value(), EndpointHarness::kIss + 1 + 6 * kMss + 1);
        QVERIFY(ep.timerDue(TimerKind::Retransmit) >= 0);
        h.inject(h.peer(kAck, peerSeq, acked + 2 * kMss + 1)); // all of it and the FIN
        const Endpoint* after = h.endpoint();
        QVERIFY(after == nullptr || after->state() == TcpState::FinWait2);
    }

    // A text longer than the MSS is cut into segments in order, each carrying its own bytes,
    // and the text left to send is not copied at each cut (issue 14: pushData kept the rest).
    void textCutIntoSegmentsInOrder()
    {
        Params p = *profileDefaults("rfc9293");
        p.mss = 3;
        EndpointHarness h(p);
        Endpoint& ep = h.bringTo(TcpState::Established);
        h.sent.clear();
        QVERIFY(ep.send(10, std::make_shared<const std::string>("abcdefghij")));
        QVERIFY(ep.send(2, std::make_shared<const std::string>("kl")));
        std::vector<std::string> texts;
        for (const Segment& s : h.sent)
            if (s.len > 0)
                texts.push_back(s.text ? *s.text : std::string("(none)"));
        QCOMPARE(texts, (std::vector<std::string> { "abc", "def", "ghi", "j", "kl" }));
    }

    // Item 3, the receiver. SHLD-31 / RFC 9293 §3.10.7.4 seventh: out-of-order segments are held;
    // RFC 5681 §4.2: an immediate duplicate ACK for each, an immediate ACK when the gap fills.
    void outOfOrderSegmentsHeldAndDuplicateAcked()
    {
        EndpointHarness h;
        Endpoint& ep = h.bringTo(TcpState::Established);
        for (std::uint32_t i = 1; i <= 3; ++i) {
            const auto replies = h.inject(h.peer(kAck | kPsh, 1 + i * 100, 1, 100));
            QCOMPARE(replies.size(), std::size_t(1));
            QCOMPARE(EndpointHarness::text(replies[0]), std::string("ACK 1001 5001")); // duplicate ACK
        }
        QCOMPARE(ep.heldOutOfOrderBytes(), 300u);
        const auto replies = h.inject(h.peer(kAck | kPsh, 1, 1, 100)); // the missing one
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(EndpointHarness::text(replies[0]), std::string("ACK 1001 5401"));
        QCOMPARE(ep.bytesDelivered(), 400);
        QCOMPARE(ep.heldOutOfOrderBytes(), 0u);
    }

    // A FIN held behind a gap is processed when the gap fills (RFC 9293 §3.10.7.4 eighth).
    void heldFinProcessedWhenGapFills()
    {
        EndpointHarness h;
        Endpoint& ep = h.bringTo(TcpState::Established);
        h.inject(h.peer(kAck | kPsh | kFin, 101, 1, 100));
        QCOMPARE(ep.state(), TcpState::Established);
        h.inject(h.peer(kAck | kPsh, 1, 1, 100));
        QCOMPARE(ep.state(), TcpState::CloseWait);
        QCOMPARE(ep.rcvNxt().value(), EndpointHarness::kPeerIss + 1 + 200 + 1);
    }

    // Item 3, the sender. RFC 5681 §3.2: the third duplicate ACK retransmits the missing segment
    // at once (no RTO), ssthresh = max(FlightSize/2, 2 SMSS), cwnd = ssthresh + 3 SMSS; RFC 6582
    // §3.2: the full ACK ends recovery with cwnd deflated.
    void threeDuplicateAcksFastRetransmit()
    {
        EndpointHarness h(*profileDefaults("linux"));
        Endpoint& ep = h.bringTo(TcpState::Established);
        QVERIFY(ep.send(5 * kMss, nullptr));
        QCOMPARE(dataSegments(h.sent), 5); // IW10: all five at once
        // The second is lost: the peer ACKs the first, then three duplicates for 3, 4 and 5.
        h.inject(h.peer(kAck, 1, 1 + kMss));
        std::vector<Segment> replies;
        for (int dup = 1; dup <= 3; ++dup) {
            replies = h.inject(h.peer(kAck, 1, 1 + kMss));
            if (dup < 3)
                QCOMPARE(dataSegments(replies), 0);
        }
        QCOMPARE(dataSegments(replies), 1);
        QCOMPARE(replies[0].seq.value(), EndpointHarness::kIss + 1 + kMss);
        QCOMPARE(replies[0].len, kMss);
        QVERIFY(ep.inFastRecovery());
        QCOMPARE(ep.ssthresh(), 2 * kMss); // max(4 x 1460 / 2, 2 x 1460)
        QCOMPARE(ep.cwnd(), 2 * kMss + 3 * kMss);
        QCOMPARE(ep.retransmissions(), 0); // no timeout was involved
        h.inject(h.peer(kAck, 1, 1 + 5 * kMss)); // everything repaired
        QVERIFY(!ep.inFastRecovery());
        QCOMPARE(ep.cwnd(), 2 * kMss); // min(ssthresh, max(FlightSize, SMSS) + SMSS)
        QCOMPARE(ep.timerDue(TimerKind::Retransmit), TimeUs(-1));
    }

    // Item 4. RFC 5681 §3.1 equation 1 for rfc9293 (3 segments at SMSS 1460, 4 at 1000); RFC 6928
    // IW10 for linux (TCP_INIT_CWND) and windows (docs/profiles.md); slow start adds min(N, SMSS)
    // per ACK, so one ACK of one segment lets two more go.
    void initialWindowAndSlowStart_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("mss");
        QTest::addColumn<int>("initialSegments");
        QTest::newRow("rfc9293, SMSS 1460") << "rfc9293" << 1460 << 3;
        QTest::newRow("rfc9293, SMSS 1000") << "rfc9293" << 1000 << 4;
        QTest::newRow("rfc9293, SMSS 4000") << "rfc9293" << 4000 << 2;
        QTest::newRow("linux") << "linux" << 1460 << 10;
        QTest::newRow("windows") << "windows" << 1460 << 10;
    }
    void initialWindowAndSlowStart()
    {
        QFETCH(QString, profile);
        QFETCH(int, mss);
        QFETCH(int, initialSegments);
        Params p = *profileDefaults(profile.toStdString());
        p.mss = static_cast<std::uint32_t>(mss);
        p.window = 1'000'000;
        EndpointHarness h(p);
        Endpoint& ep = h.bringTo(TcpState::Established);
        QVERIFY(ep.send(static_cast<std::uint32_t>(30 * mss), nullptr));
        QCOMPARE(dataSegments(h.sent), initialSegments);
        QCOMPARE(ep.cwnd(), static_cast<std::uint32_t>(initialSegments * mss));
        QCOMPARE(ep.inFlight(), static_cast<std::uint32_t>(initialSegments * mss));
        QCOMPARE(ep.ssthresh(), CongestionControl::kInfiniteSsthresh);
        const auto replies = h.inject(h.peer(kAck, 1, 1 + static_cast<std::uint32_t>(mss)));
        QCOMPARE(dataSegments(replies), 2);
        QCOMPARE(ep.cwnd(), static_cast<std::uint32_t>((initialSegments + 1) * mss));
        // The trace's send line carries the sender's window (added fields, docs/trace-format.md).
        const Segment& last = replies.back();
        QVERIFY(last.sender.known);
        QCOMPARE(last.sender.inFlight, static_cast<std::uint32_t>((initialSegments + 1) * mss));
        TraceEvent e;
        e.kind = TraceKind::Send;
        e.segment = &last;
        const QString line = QString::fromStdString(traceToJsonLine(e));
        QVERIFY2(line.contains(QStringLiteral(",\"cwnd\":%1,\"flight\":%1}").arg((initialSegments + 1) * mss)),
            qPrintable(line));
    }

    // Item 4 with item 5. RFC 5681 §3.1: a timeout sets ssthresh = max(FlightSize/2, 2 SMSS) and
    // cwnd = one segment; what else was in flight is resent as the window opens again.
    void timeoutRestartsSlowStart()
    {
        EndpointHarness h;
        Endpoint& ep = h.bringTo(TcpState::Established);
        QVERIFY(ep.send(3 * kMss, nullptr));
        h.sent.clear();
        ep.timerFires(TimerKind::Retransmit);
        QCOMPARE(dataSegments(h.sent), 1);
        QCOMPARE(ep.cwnd(), kMss);
        QCOMPARE(ep.ssthresh(), 2 * kMss);
        const auto replies = h.inject(h.peer(kAck, 1, 1 + kMss));
        QCOMPARE(dataSegments(replies), 2); // the other two, resent in slow start
        QCOMPARE(replies[0].seq.value(), EndpointHarness::kIss + 1 + kMss);
    }

    // Item 5. Linux tcp_rtt_estimator / __tcp_set_rto: RTO = SRTT + max(4 RTTVAR, rto_min 200 ms):
    // 240 ms at a 40 ms RTT (a real kernel resent a lost FIN after 245-255 ms); RFC 6298 §2.4 puts
    // its 1 s floor under the whole sum.
    void rtoFromRttSamples_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<qint64>("rttUs");
        QTest::addColumn<qint64>("rtoUs");
        QTest::newRow("linux 40 ms") << "linux" << qint64(40'000) << qint64(240'000);
        QTest::newRow("linux 100 ms") << "linux" << qint64(100'000) << qint64(300'000);
        QTest::newRow("rfc9293 40 ms") << "rfc9293" << qint64(40'000) << qint64(1'000'000);
        QTest::newRow("rfc9293 400 ms") << "rfc9293" << qint64(400'000) << qint64(1'200'000);
    }
    void rtoFromRttSamples()
    {
        QFETCH(QString, profile);
        QFETCH(qint64, rttUs);
        QFETCH(qint64, rtoUs);
        EndpointHarness h(*profileDefaults(profile.toStdString()));
        Endpoint& ep = establishAfter(h, rttUs);
        QCOMPARE(ep.state(), TcpState::Established);
        QCOMPARE(ep.srttUs(), TimeUs(rttUs));
        QCOMPARE(ep.rttvarUs(), TimeUs(rttUs / 2));
        QCOMPARE(ep.rtoUs(), TimeUs(rtoUs));
        ep.close();
        QVERIFY(hasFin(h.sent));
        QCOMPARE(ep.timerDue(TimerKind::Retransmit) - h.now(), TimeUs(rtoUs)); // the FIN's timer
    }

    // Item 5. RFC 6298 §3 (Karn): a retransmitted segment gives no sample; without timestamps its
    // ACK leaves SRTT alone and the backed-off RTO in force (§5.5).
    void karnsRuleIgnoresRetransmittedSegments()
    {
        EndpointHarness h;
        Endpoint& ep = establishAfter(h, 100'000);
        const TimeUs srtt = ep.srttUs();
        QVERIFY(ep.send(100, nullptr));
        ep.timerFires(TimerKind::Retransmit);
        h.advance(50'000);
        h.inject(h.peer(kAck, 1, 101));
        QCOMPARE(ep.srttUs(), srtt);
        QCOMPARE(ep.rtoUs(), TimeUs(2'000'000));
    }

    // Item 5. RFC 6298 §5.7: after the SYN's timer expired, the RTO is 3 s when data transmission
    // begins, and RFC 5681 §3.1 makes the initial window one segment. Linux (tcp_init_metrics)
    // falls back to 3 s only with no RTT sample: with timestamps the SYN,ACK's echo gives one.
    void rtoAfterSynTimeout_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("timestamps");
        QTest::addColumn<qint64>("rtoUs");
        QTest::newRow("rfc9293") << "rfc9293" << false << qint64(3'000'000);
        QTest::newRow("linux, no timestamps") << "linux" << false << qint64(3'000'000);
        QTest::newRow("linux, timestamps: RTT from TSecr") << "linux" << true << qint64(240'000);
    }
    void rtoAfterSynTimeout()
    {
        QFETCH(QString, profile);
        QFETCH(bool, timestamps);
        QFETCH(qint64, rtoUs);
        Params p = *profileDefaults(profile.toStdString());
        p.timestamps = timestamps;
        p.syn_linear_timeouts = 0;
        EndpointHarness h(p);
        ConnectError error = ConnectError::None;
        Endpoint* ep = h.host().connect(EndpointHarness::kLocalPort, EndpointHarness::kRemoteAddr,
            EndpointHarness::kRemotePort, EndpointHarness::kIss, 0, error);
        h.advance(1'000'000);
        ep->timerFires(TimerKind::SynRetry); // the first SYN was lost
        const Segment resent = h.sent.back();
        h.advance(40'000);
        Segment synAck = h.peer(kSyn | kAck, 0, 1);
        if (timestamps) {
            synAck.hasTimestamps = true;
            synAck.tsVal = 100;
            synAck.tsEcr = resent.tsVal;
        }
        h.inject(synAck);
        QCOMPARE(ep->state(), TcpState::Established);
        QCOMPARE(ep->rtoUs(), TimeUs(rtoUs));
        QCOMPARE(ep->cwnd(), p.linuxRules() ? 10 * kMss : kMss); // Linux: one only after 2+ resends
    }

    // Item 6. RFC 9293 SHLD-19 / RFC 1122 4.2.3.2: ACK at least every second full-sized segment;
    // a single one waits for the delayed-ACK timer (windows: 200 ms).
    void everySecondFullSegmentAcked()
    {
        EndpointHarness h(*profileDefaults("windows"));
        Endpoint& ep = h.bringTo(TcpState::Established);
        QVERIFY(h.inject(h.peer(kAck | kPsh, 1, 1, kMss)).empty());
        QCOMPARE(ep.timerDue(TimerKind::DelayedAck), TimeUs(200'000));
        const auto replies = h.inject(h.peer(kAck | kPsh, 1 + kMss, 1, kMss));
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(replies[0].ack.value(), EndpointHarness::kPeerIss + 1 + 2 * kMss);
        QCOMPARE(ep.timerDue(TimerKind::DelayedAck), TimeUs(-1));
    }

    // Item 6, linux. tcp_event_data_recv -> tcp_incr_quickack: the first data segments are ACKed at
    // once (rcv_wnd / (2 rcv_mss) of them, at most TCP_MAX_QUICKACKS 16); then small segments
    // wait TCP_DELACK_MIN 40 ms, and more than one full segment unACKed is ACKed at once
    // (__tcp_ack_snd_check).
    void linuxQuickAckThenDelayed()
    {
        EndpointHarness h(*profileDefaults("linux"));
        Endpoint& ep = h.bringTo(TcpState::Established);
        std::uint32_t seq = 1;
        for (int i = 0; i < 16; ++i, seq += 10) {
            const auto replies = h.inject(h.peer(kAck | kPsh, seq, 1, 10));
            QCOMPARE(replies.size(), std::size_t(1)); // quick ACK
        }
        QVERIFY(h.inject(h.peer(kAck | kPsh, seq, 1, 10)).empty());
        seq += 10;
        QCOMPARE(ep.timerDue(TimerKind::DelayedAck) - h.now(), TimeUs(40'000));
        const auto replies = h.inject(h.peer(kAck | kPsh, seq, 1, kMss));
        QCOMPARE(replies.size(), std::size_t(1)); // more than one rcv_mss waiting
        QCOMPARE(replies[0].ack.value(), EndpointHarness::kPeerIss + seq + kMss);
    }
};

QTEST_APPLESS_MAIN(TestDataPath)
#include "test_data_path.moc"
