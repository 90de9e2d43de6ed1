// One endpoint, one exact segment: the reply and the transition (tests/core/endpoint_harness.h).
// A table of plain arrivals, and the timers and errors around a closing or half-open connection;
// test_endpoint_guards.cpp has PAWS, the RFC 5961 challenge ACK, RST and SYN in TIME_WAIT.
#include "endpoint_checks.h"

#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

class TestEndpoint : public QObject {
    Q_OBJECT
private slots:
    void arrival_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("seq"); // offsets from the peer's ISS and ours
        QTest::addColumn<int>("ack");
        QTest::addColumn<int>("len");
        QTest::addColumn<QStringList>("replies");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("dropped");
        auto row = [](const char* name, TcpState state, int flags, int seq, int ack, int len, QStringList replies,
                       const char* after, const char* dropped = "") {
            QTest::newRow(name) << int(state) << flags << seq << ack << len << replies << QString::fromLatin1(after)
                                << QString::fromLatin1(dropped);
        };
        row("SYN_SENT + SYN,ACK → ESTABLISHED", TcpState::SynSent, kSyn | kAck, 0, 1, 0, { "ACK 1001 5001" },
            "ESTABLISHED");
        row("SYN_SENT + SYN → SYN_RECEIVED (simultaneous open)", TcpState::SynSent, kSyn, 0, 0, 0,
            { "SYN|ACK 1000 5001" }, "SYN_RECEIVED");
        row("SYN_SENT + ACK of nothing sent → RST", TcpState::SynSent, kAck, 0, 7, 0, { "RST 1007 0" }, "SYN_SENT",
            "unacceptable");
        row("SYN_SENT + RST,ACK → CLOSED (refused)", TcpState::SynSent, kRst | kAck, 0, 1, 0, {}, "CLOSED");
        row("ESTABLISHED + data → ACK", TcpState::Established, kAck | kPsh, 1, 1, 100, { "ACK 1001 5101" },
            "ESTABLISHED");
        row("ESTABLISHED + old data → duplicate ACK", TcpState::Established, kAck | kPsh, -99, 1, 100,
            { "ACK 1001 5001" }, "ESTABLISHED", "unacceptable");
        row("ESTABLISHED + FIN → CLOSE_WAIT", TcpState::Established, kFin | kAck, 1, 1, 0, { "ACK 1001 5002" },
            "CLOSE_WAIT");
        row("ESTABLISHED + RST in window → CLOSED", TcpState::Established, kRst, 1, 0, 0, {}, "CLOSED");
        row("ESTABLISHED + RST out of window → dropped", TcpState::Established, kRst, 100000, 0, 0, {}, "ESTABLISHED",
            "unacceptable");
        row("ESTABLISHED + ACK of unsent data → ACK", TcpState::Established, kAck, 1, 50, 0, { "ACK 1001 5001" },
            "ESTABLISHED", "unacceptable");
        row("FIN_WAIT_1 + ACK of FIN → FIN_WAIT_2", TcpState::FinWait1, kAck, 1, 2, 0, {}, "FIN_WAIT_2");
        row("FIN_WAIT_1 + FIN,ACK of FIN → FIN_WAIT_2 → TIME_WAIT", TcpState::FinWait1, kFin | kAck, 1, 2, 0,
            { "ACK 1002 5002" }, "TIME_WAIT");
        row("FIN_WAIT_1 + FIN → CLOSING", TcpState::FinWait1, kFin | kAck, 1, 1, 0, { "ACK 1002 5002" }, "CLOSING");
        row("FIN_WAIT_2 + FIN → TIME_WAIT", TcpState::FinWait2, kFin | kAck, 1, 2, 0, { "ACK 1002 5002" }, "TIME_WAIT");
        row("CLOSING + ACK of FIN → TIME_WAIT", TcpState::Closing, kAck, 2, 2, 0, {}, "TIME_WAIT");
        row("LAST_ACK + ACK of FIN → CLOSED", TcpState::LastAck, kAck, 2, 2, 0, {}, "CLOSED");
        row("TIME_WAIT + retransmitted FIN → ACK again", TcpState::TimeWait, kFin | kAck, 1, 2, 0, { "ACK 1002 5002" },
            "TIME_WAIT");
        row("TIME_WAIT + old data → ACK and drop", TcpState::TimeWait, kAck | kPsh, 1, 2, 10, { "ACK 1002 5002" },
            "TIME_WAIT", "time-wait");
    }

    void arrival()
    {
        QFETCH(int, state);
        QFETCH(int, flags);
        QFETCH(int, seq);
        QFETCH(int, ack);
        QFETCH(int, len);
        QFETCH(QStringList, replies);
        QFETCH(QString, after);
        QFETCH(QString, dropped);
        EndpointHarness h;
        h.bringTo(static_cast<TcpState>(state));
        const auto sent = h.inject(h.peer(static_cast<std::uint8_t>(flags), static_cast<std::uint32_t>(seq),
            static_cast<std::uint32_t>(ack), static_cast<std::uint32_t>(len)));
        QCOMPARE(texts(sent), replies);
        QCOMPARE(stateOf(h), after);
        QCOMPARE(dropReasonOf(h), dropped);
    }

    void finAckingOurFinPassesThroughFinWait2()
    {
        // RFC 9293 §3.10.7.4, fifth step in FIN-WAIT-1: "if the FIN segment is now acknowledged,
        // then enter FIN-WAIT-2 and continue processing in that state"; Figure 5 has no
        // FIN-WAIT-1 -> TIME-WAIT edge (a Linux kernel shows FIN_WAIT1 -> FIN_WAIT2 -> TIME_WAIT at
        // one instant). Both transitions, with causes that light the figure's two arrows. Linux
        // profile: an orphan there would have a FIN_WAIT_2 timer (tcp_fin_timeout).
        EndpointHarness h(*profileDefaults("linux"));
        h.bringTo(TcpState::FinWait1);
        const auto sent = h.inject(h.peer(kFin | kAck, 1, 2));
        QCOMPARE(texts(sent), QStringList { "ACK 1002 5002" });
        QStringList moves;
        for (const TraceEvent& e : h.events)
            if (e.kind == TraceKind::State)
                moves << QString::fromUtf8(stateName(e.from).data()) + QStringLiteral(" → ")
                        + QString::fromUtf8(stateName(e.to).data()) + QStringLiteral(": ")
                        + QString::fromStdString(std::string(e.cause));
        QCOMPARE(moves,
            (QStringList { QStringLiteral("FIN_WAIT_1 → FIN_WAIT_2: rcv ACK of FIN"),
                QStringLiteral("FIN_WAIT_2 → TIME_WAIT: rcv FIN / snd ACK") }));
        QVERIFY(!isDiagramEdge(TcpState::FinWait1, TcpState::TimeWait));
        // No orphan's FIN_WAIT_2 timer was armed for the instant spent in FIN_WAIT_2.
        for (const TraceEvent& e : h.events)
            QVERIFY(!(e.kind == TraceKind::Timer && e.timer == TimerKind::FinWait2));
    }

    void keepaliveNeverProbesWhileDataIsOutstanding()
    {
        // RFC 9293 §3.8.4, MUST-26: "Keep-alive packets MUST only be sent when no sent data is
        // outstanding"; Linux's tcp_keepalive_timer reschedules while packets_out. The
        // retransmission limits decide instead (data_retries).
        Params p = *profileDefaults("rfc9293");
        p.keepalive = { true, 1000, 1000, 2 };
        p.data_retries = 2;
        EndpointHarness h(p);
        Endpoint& ep = h.bringTo(TcpState::Established);
        QVERIFY(ep.send(100, nullptr));
        for (int i = 0; i < 5; ++i) { // more than `probes` keepalive periods pass
            h.sent.clear();
            h.events.clear();
            h.advance(msToUs(1000));
            ep.timerFires(TimerKind::Keepalive);
            QVERIFY2(h.sent.empty(), "a keepalive probe went out while data was outstanding");
            QCOMPARE(ep.timerDue(TimerKind::Keepalive), h.now() + msToUs(1000));
            QCOMPARE(stateOf(h), QStringLiteral("ESTABLISHED"));
        }
        // The retransmission timer decides: two retransmissions, then ETIMEDOUT from data_retries.
        for (int i = 0; i < 2; ++i) {
            const auto resent = [&] {
                h.sent.clear();
                ep.timerFires(TimerKind::Retransmit);
                return h.sent;
            }();
            QCOMPARE(texts(resent), QStringList { "ACK|PSH 1001 5001 len=100" });
        }
        h.events.clear();
        ep.timerFires(TimerKind::Retransmit);
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
        bool retransmissionLimit = false;
        for (const TraceEvent& e : h.events)
            if (e.kind == TraceKind::State)
                retransmissionLimit = e.cause == "retransmission limit reached";
        QVERIFY(retransmissionLimit);
    }

    void afterCloseResetsAndTimeoutsReachNoApplication()
    {
        // The socket API: after close() there is no descriptor to report an error on, so an RST
        // or a retransmission give-up of that connection reaches no application. Without close()
        // (after shutdown(), or in CLOSE_WAIT) the application still hears it.
        auto appEvents = [](const EndpointHarness& h) {
            int n = 0;
            for (const TraceEvent& e : h.events)
                n += e.kind == TraceKind::App;
            return n;
        };
        EndpointHarness closedByApp;
        closedByApp.bringTo(TcpState::LastAck); // close() in CLOSE_WAIT
        closedByApp.inject(closedByApp.peer(kRst, 2, 0));
        QCOMPARE(stateOf(closedByApp), QStringLiteral("CLOSED"));
        QCOMPARE(appEvents(closedByApp), 0);

        EndpointHarness timedOut;
        timedOut.mutableParams().data_retries = 0;
        Endpoint& orphan = timedOut.bringTo(TcpState::FinWait1); // close() in ESTABLISHED
        orphan.timerFires(TimerKind::Retransmit);
        QCOMPARE(stateOf(timedOut), QStringLiteral("CLOSED"));
        QCOMPARE(appEvents(timedOut), 0);

        EndpointHarness stillOpen;
        stillOpen.bringTo(TcpState::CloseWait);
        stillOpen.inject(stillOpen.peer(kRst, 2, 0));
        QCOMPARE(stateOf(stillOpen), QStringLiteral("CLOSED"));
        QCOMPARE(appEvents(stillOpen), 1);
    }

    void unacceptedHalfOpenConnectionTimesOutSilently()
    {
        // Linux: a request socket (SYN_RECV) whose SYN,ACK retransmissions run out is dropped
        // (inet_csk_reqsk_queue_drop) without telling the listening application, which never
        // accepted it.
        EndpointHarness h;
        h.mutableParams().synack_retries = 1;
        QVERIFY(h.host().listen(EndpointHarness::kLocalPort));
        const auto synAck = h.inject(h.peer(kSyn, 0, 0));
        QCOMPARE(texts(synAck), QStringList { "SYN|ACK 1000 5001" });
        Endpoint* child = h.endpoint();
        QVERIFY(child);
        QCOMPARE(stateOf(h), QStringLiteral("SYN_RECEIVED"));
        h.events.clear();
        child->timerFires(TimerKind::SynRetry); // one retransmission
        child->timerFires(TimerKind::SynRetry); // gives up
        QVERIFY(!h.endpoint());
        for (const TraceEvent& e : h.events)
            QVERIFY2(e.kind != TraceKind::App, "the listening application heard of a connection it never accepted");
        QCOMPARE(h.lastState()->to, TcpState::Closed);
    }

    void linuxReportsTheErrnoTcpResetSets()
    {
        // Linux tcp_reset: ECONNREFUSED in SYN_SENT, EPIPE in CLOSE_WAIT, ECONNRESET otherwise
        // (the linux profile); RFC 9293 §3.10.7.4 says "connection reset" in CLOSE-WAIT too.
        auto heard = [](TcpState state, const Segment& rst, EndpointHarness& h) {
            h.bringTo(state);
            h.inject(rst);
            for (const TraceEvent& e : h.events)
                if (e.kind == TraceKind::App)
                    return QString::fromStdString(e.detail());
            return QString();
        };
        EndpointHarness closeWait(*profileDefaults("linux"));
        QVERIFY(heard(TcpState::CloseWait, closeWait.peer(kRst, 2, 0), closeWait).contains("EPIPE"));
        EndpointHarness established(*profileDefaults("linux"));
        QVERIFY(heard(TcpState::Established, established.peer(kRst, 1, 0), established).contains("ECONNRESET"));
        EndpointHarness synSent(*profileDefaults("linux"));
        QVERIFY(heard(TcpState::SynSent, synSent.peer(kRst | kAck, 0, 1), synSent).contains("ECONNREFUSED"));
        EndpointHarness rfc;
        QVERIFY(heard(TcpState::CloseWait, rfc.peer(kRst, 2, 0), rfc).contains("ECONNRESET"));
    }

    void linuxAbortAndKeepaliveGiveUpSendAckRst()
    {
        // Linux tcp_send_active_reset (abort; tcp_keepalive_timer giving up, then tcp_write_err
        // ETIMEDOUT) sends ACK|RST with SEQ = SND.NXT, ACK = RCV.NXT. RFC 9293 §3.10.5 ABORT sends
        // <SEQ=SND.NXT><CTL=RST>, and §3.8.4's keepalive sends nothing when it gives up.
        EndpointHarness linuxAbort(*profileDefaults("linux"));
        Endpoint& linuxEp = linuxAbort.bringTo(TcpState::Established);
        linuxAbort.sent.clear(); // bringTo(ESTABLISHED) keeps the handshake's segments
        linuxEp.abort();
        QCOMPARE(texts(linuxAbort.sent), QStringList { "ACK|RST 1001 5001" });
        EndpointHarness rfcAbort;
        Endpoint& rfcEp = rfcAbort.bringTo(TcpState::Established);
        rfcAbort.sent.clear();
        rfcEp.abort();
        QCOMPARE(texts(rfcAbort.sent), QStringList { "RST 1001 0" });

        for (const char* profile : { "linux", "rfc9293" }) {
            Params p = *profileDefaults(profile);
            p.keepalive = { true, 1000, 1000, 1 };
            EndpointHarness h(p);
            Endpoint& ep = h.bringTo(TcpState::Established);
            h.sent.clear();
            h.advance(msToUs(1000));
            ep.timerFires(TimerKind::Keepalive); // the probe
            QCOMPARE(texts(h.sent), QStringList { "ACK 1000 5001" });
            h.sent.clear();
            h.events.clear();
            h.advance(msToUs(1000));
            ep.timerFires(TimerKind::Keepalive); // unanswered: give up
            const bool linux = QByteArray(profile) == "linux";
            QCOMPARE(texts(h.sent), linux ? QStringList { "ACK|RST 1001 5001" } : QStringList {});
            QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
            QString heard;
            for (const TraceEvent& e : h.events)
                if (e.kind == TraceKind::App)
                    heard = QString::fromStdString(e.detail());
            QVERIFY2(heard.contains("ETIMEDOUT"), profile);
        }
    }

    void linuxSynSentRearmsTheSynTimerAfterAnUnacceptableAck()
    {
        // Linux tcp_rcv_synsent_state_process: an ACK that does not acknowledge our SYN is
        // answered with RST and, while nothing was retransmitted (icsk_retransmits == 0), the SYN
        // timer is re-armed to TCP_TIMEOUT_MIN. RFC 9293 §3.10.7.3 only sends the RST.
        EndpointHarness linux(*profileDefaults("linux"));
        Endpoint& ep = linux.bringTo(TcpState::SynSent);
        linux.advance(msToUs(10));
        QCOMPARE(texts(linux.inject(linux.peer(kAck, 0, 7))), QStringList { "RST 1007 0" });
        QCOMPARE(ep.timerDue(TimerKind::SynRetry), linux.now() + kLinuxTimeoutMinUs);
        // It fires: the SYN goes again at once; a second bad ACK no longer shortens the timer.
        linux.advance(kLinuxTimeoutMinUs);
        linux.sent.clear();
        ep.timerFires(TimerKind::SynRetry);
        QCOMPARE(texts(linux.sent), QStringList { "SYN 1000 0" });
        const TimeUs due = ep.timerDue(TimerKind::SynRetry);
        linux.inject(linux.peer(kAck, 0, 7));
        QCOMPARE(ep.timerDue(TimerKind::SynRetry), due);

        EndpointHarness rfc;
        Endpoint& rfcEp = rfc.bringTo(TcpState::SynSent);
        const TimeUs rfcDue = rfcEp.timerDue(TimerKind::SynRetry);
        rfc.advance(msToUs(10));
        QCOMPARE(texts(rfc.inject(rfc.peer(kAck, 0, 7))), QStringList { "RST 1007 0" });
        QCOMPARE(rfcEp.timerDue(TimerKind::SynRetry), rfcDue);
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "test_endpoint.moc"
