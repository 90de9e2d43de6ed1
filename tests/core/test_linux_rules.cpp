// Issue 13, the linux profile's own rules and the trace fields that go with them: RFC 5961 §3.2 for
// RSTs (tcp_validate_incoming), data after close() (tcp_rcv_state_process), ports as Linux binds
// and chooses them (inet_csk_bind_conflict, tcp_twsk_unique, __inet_hash_connect), the keepalive
// probe count and the `sock` of an application's error.
#include "endpoint_checks.h"
#include "port_chooser.h"
#include "transition_harness.h"

#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

int appEventsOf(const EndpointHarness& h)
{
    int n = 0;
    for (const TraceEvent& e : h.events)
        n += e.kind == TraceKind::App;
    return n;
}

Params linuxParams()
{
    return *profileDefaults("linux");
}

constexpr Address kLocal = EndpointHarness::kLocalAddr;
constexpr Address kRemote = EndpointHarness::kRemoteAddr;
constexpr std::uint16_t kRemotePort = EndpointHarness::kRemotePort;

} // namespace

class TestLinuxRules : public QObject {
    Q_OBJECT
private slots:
    // ---------------------------------------------------------------- item 9: RFC 5961 §3.2

    void linuxRstResetsOnlyAtRcvNxt()
    {
        // Linux tcp_validate_incoming (RFC 5961 §3.2): an RST resets only when SEG.SEQ = RCV.NXT;
        // another in-window RST draws a challenge ACK and is dropped.
        EndpointHarness h(linuxParams());
        h.bringTo(TcpState::Established);
        QCOMPARE(texts(h.inject(h.peer(kRst, 2, 0))), QStringList { "ACK 1001 5001" });
        QCOMPARE(stateOf(h), QStringLiteral("ESTABLISHED"));
        QCOMPARE(dropReasonOf(h), QStringLiteral("challenge-ack"));
        QVERIFY(h.inject(h.peer(kRst, 1, 0)).empty());
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
    }

    void linuxRstOutsideTheWindowIsDroppedSilently()
    {
        EndpointHarness h(linuxParams());
        h.bringTo(TcpState::Established);
        QVERIFY(h.inject(h.peer(kRst, 100000, 0)).empty());
        QCOMPARE(stateOf(h), QStringLiteral("ESTABLISHED"));
        QCOMPARE(dropReasonOf(h), QStringLiteral("unacceptable"));
    }

    void linuxRstAtTheFinsSequenceResetsAfterThePeersFin()
    {
        // Linux tcp_reset_check: in CLOSE_WAIT, CLOSING and LAST_ACK an RST at RCV.NXT - 1 (the
        // sequence number of the peer's FIN) resets too.
        EndpointHarness h(linuxParams());
        h.bringTo(TcpState::CloseWait); // RCV.NXT = peer ISS + 2
        QVERIFY(h.inject(h.peer(kRst, 1, 0)).empty());
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
    }

    void linuxTimeWaitDropsAnRstNotAtRcvNxt()
    {
        // Linux tcp_timewait_state_process: only an RST with SEQ = RCV.NXT kills TIME_WAIT; a
        // TIME_WAIT socket sends no challenge ACK, the others are dropped silently.
        EndpointHarness h(linuxParams());
        h.bringTo(TcpState::TimeWait); // RCV.NXT = peer ISS + 2
        QVERIFY(h.inject(h.peer(kRst, 3, 0)).empty());
        QCOMPARE(stateOf(h), QStringLiteral("TIME_WAIT"));
        h.inject(h.peer(kRst, 2, 0));
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
    }

    void linuxRequestSocketTakesAnyInWindowRst()
    {
        // A passive SYN_RECEIVED is a request socket on Linux (tcp_check_req): any in-window RST
        // resets it, back to LISTEN.
        EndpointHarness h(linuxParams());
        QVERIFY(h.host().listen(EndpointHarness::kLocalPort));
        h.inject(h.peer(kSyn, 0, 0));
        QCOMPARE(stateOf(h), QStringLiteral("SYN_RECEIVED"));
        h.inject(h.peer(kRst, 5, 0));
        QCOMPARE(h.lastState()->to, TcpState::Listen);
    }

    void rfc9293TakesAnyInWindowRst()
    {
        // RFC 9293 §3.10.7.4 makes RFC 5961 optional ("For stacks implementing the protection
        // described in RFC 5961, the three checks below apply"); the rfc9293 profile does not.
        EndpointHarness h;
        h.bringTo(TcpState::Established);
        QVERIFY(h.inject(h.peer(kRst, 2, 0)).empty());
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
    }

    // ---------------------------------------------------------------- item 10: data after close()

    void linuxDataAfterCloseIsAnsweredWithRst()
    {
        // Linux tcp_rcv_state_process, FIN_WAIT2 with RCV_SHUTDOWN (set by close()): new data is
        // answered with RST (tcp_v4_send_reset: SEQ = the segment's ACK) and the socket ends; its
        // application, which closed it, hears nothing.
        EndpointHarness h(linuxParams());
        h.bringTo(TcpState::FinWait2);
        QCOMPARE(texts(h.inject(h.peer(kAck | kPsh, 1, 2, 100))), QStringList { "RST 1002 0" });
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
        QCOMPARE(h.lastState()->cause, std::string("rcv data after close() / snd RST"));
        QCOMPARE(appEventsOf(h), 0);
    }

    void linuxDataThatAcksOurFinAfterCloseGoesThroughFinWait2ToReset()
    {
        // tcp_rcv_state_process, FIN_WAIT1: the ACK of our FIN moves to FIN_WAIT2, then the data in
        // the same segment ("out of order FIN after close()" / TCPABORTONDATA) ends it with RST.
        EndpointHarness h(linuxParams());
        h.bringTo(TcpState::FinWait1);
        QCOMPARE(texts(h.inject(h.peer(kAck | kPsh | kFin, 1, 2, 100))), QStringList { "RST 1002 0" });
        QStringList moves;
        for (const TraceEvent& e : h.events)
            if (e.kind == TraceKind::State)
                moves << QString::fromUtf8(stateName(e.to).data());
        QCOMPARE(moves, (QStringList { "FIN_WAIT_2", "CLOSED" }));
    }

    void dataAfterShutdownIsStillDelivered()
    {
        // shutdown(SHUT_WR) closes only the sending half: the application still reads, the data
        // is taken and acknowledged (the close() vs shutdown() difference).
        EndpointHarness h(linuxParams());
        Endpoint& ep = h.bringTo(TcpState::Established);
        ep.shutdownWrite();
        h.inject(h.peer(kAck, 1, 2));
        QCOMPARE(stateOf(h), QStringLiteral("FIN_WAIT_2"));
        // Acknowledged at once: the connection's first data, in quick-ack mode (tcp_incr_quickack).
        QCOMPARE(texts(h.inject(h.peer(kAck | kPsh, 1, 2, 100))), QStringList { "ACK 1002 5101" });
        QCOMPARE(stateOf(h), QStringLiteral("FIN_WAIT_2"));
        QCOMPARE(ep.bytesDelivered(), 100);
    }

    void rfc9293DeliversDataAfterClose()
    {
        // RFC 9293 §3.6.1: the half-duplex close is a MAY (MAY-1); the rfc9293 profile keeps the
        // full-duplex close of §3.10.7.4 and delivers the data.
        EndpointHarness h;
        Endpoint& ep = h.bringTo(TcpState::FinWait2);
        QCOMPARE(texts(h.inject(h.peer(kAck | kPsh, 1, 2, 100))), QStringList { "ACK 1002 5101" });
        QCOMPARE(stateOf(h), QStringLiteral("FIN_WAIT_2"));
        QCOMPARE(ep.bytesDelivered(), 100);
    }

    void linuxCloseWithUnreadDataSendsAckRst()
    {
        // Linux tcp_close: "Unread data was tossed, zap the connection" — data the application
        // never read makes close() go to CLOSED with tcp_send_active_reset (ACK|RST) instead of a
        // FIN (RFC 2525 §2.17). The rfc9293 profile closes with a FIN.
        EndpointHarness h(linuxParams());
        Endpoint& ep = h.bringTo(TcpState::Established);
        ep.stopReading();
        h.inject(h.peer(kAck | kPsh, 1, 1, 100));
        QCOMPARE(appEventsOf(h), 0); // nobody read it
        h.sent.clear();
        ep.close();
        QCOMPARE(texts(h.sent), QStringList { "ACK|RST 1001 5101" });
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));

        EndpointHarness rfc;
        Endpoint& rfcEp = rfc.bringTo(TcpState::Established);
        rfcEp.stopReading();
        rfc.inject(rfc.peer(kAck | kPsh, 1, 1, 100));
        rfc.sent.clear();
        rfcEp.close();
        QCOMPARE(texts(rfc.sent), QStringList { "ACK|FIN 1001 5101" });
        QCOMPARE(stateOf(rfc), QStringLiteral("FIN_WAIT_1"));
    }

    void linuxCloseAfterReadingEverythingSendsFin()
    {
        EndpointHarness h(linuxParams());
        Endpoint& ep = h.bringTo(TcpState::Established);
        h.inject(h.peer(kAck | kPsh, 1, 1, 100)); // read at once
        h.sent.clear();
        ep.close();
        QCOMPARE(texts(h.sent), QStringList { "ACK|FIN 1001 5101" });
    }

    // ---------------------------------------------------------------- item 13: ports

    void explicitBindToATimeWaitPort()
    {
        // inet_csk_bind_conflict: without SO_REUSEADDR a TIME_WAIT socket on the port makes bind()
        // fail with EADDRINUSE, whatever tcp_tw_reuse says. With it, connect() reaches
        // tcp_twsk_unique with no twp: timestamps were on, so the entry is taken over at once
        // (no tcp_tw_reuse, no 1 s delay) with ISN = old SND.NXT + 65537.
        EndpointHarness h(linuxParams()); // tcp_tw_reuse = 2: no reuse for us
        Endpoint& old = h.bringTo(TcpState::TimeWait);
        const std::uint32_t oldSndNxt = old.sndNxt().value();
        ConnectError error = ConnectError::None;
        QVERIFY(
            !h.host().connectBound(EndpointHarness::kLocalPort, false, kRemote, kRemotePort, std::nullopt, 0, error));
        QCOMPARE(error, ConnectError::AddressInUse);
        QCOMPARE(stateOf(h), QStringLiteral("TIME_WAIT"));

        Endpoint* fresh
            = h.host().connectBound(EndpointHarness::kLocalPort, true, kRemote, kRemotePort, std::nullopt, 0, error);
        QVERIFY(fresh);
        QCOMPARE(error, ConnectError::None);
        QCOMPARE(fresh->state(), TcpState::SynSent);
        QCOMPARE(fresh->iss().value(), oldSndNxt + 65537u);
        QCOMPARE(texts(h.sent).first(), QStringLiteral("SYN %1 0").arg(oldSndNxt + 65537u));
    }

    void explicitBindWithReuseAddrNeedsTimestamps()
    {
        // tcp_twsk_unique takes the entry only when it saw timestamps (tw_ts_recent_stamp);
        // otherwise __inet_check_established fails: connect() returns EADDRNOTAVAIL.
        Params p = linuxParams();
        p.timestamps = false;
        EndpointHarness h(p);
        h.bringTo(TcpState::TimeWait);
        ConnectError error = ConnectError::None;
        QVERIFY(
            !h.host().connectBound(EndpointHarness::kLocalPort, true, kRemote, kRemotePort, std::nullopt, 0, error));
        QCOMPARE(error, ConnectError::AddressNotAvailable);
        QCOMPARE(stateOf(h), QStringLiteral("TIME_WAIT"));
    }

    void ephemeralPortTakesOverTimeWaitOnlyAsTcpTwReuseAllows()
    {
        // __inet_hash_connect over a range of one port held in TIME_WAIT: tcp_twsk_unique with twp
        // needs tcp_tw_reuse = 1 (2 is loopback only), timestamps and 1 s since the last segment
        // (tcp_tw_reuse_delay); else no port is left: EADDRNOTAVAIL.
        Params p = linuxParams();
        p.port_range = { EndpointHarness::kLocalPort, EndpointHarness::kLocalPort };
        EndpointHarness h(p);
        Endpoint& old = h.bringTo(TcpState::TimeWait);
        const std::uint32_t oldSndNxt = old.sndNxt().value();
        ConnectError error = ConnectError::None;
        QVERIFY(!h.host().connectEphemeral(kRemote, kRemotePort, std::nullopt, 0, error)); // tw_reuse 2
        QCOMPARE(error, ConnectError::AddressNotAvailable);
        h.mutableParams().tw_reuse = 1;
        h.advance(msToUs(999));
        QVERIFY(!h.host().connectEphemeral(kRemote, kRemotePort, std::nullopt, 0, error)); // too soon
        QCOMPARE(error, ConnectError::AddressNotAvailable);
        h.advance(msToUs(1));
        Endpoint* fresh = h.host().connectEphemeral(kRemote, kRemotePort, std::nullopt, 0, error);
        QVERIFY(fresh);
        QCOMPARE(fresh->tuple().localPort, EndpointHarness::kLocalPort);
        QCOMPARE(fresh->iss().value(), oldSndNxt + 65537u);
    }

    void ephemeralPortsFollowTheKernelsScan()
    {
        // __inet_hash_connect: ports of the parity of `low` first, the offset moving on by i + 2
        // after every success (table_perturb), then the other parity; none left: EADDRNOTAVAIL.
        Params p = linuxParams();
        p.port_range = { 50000, 50003 };
        EndpointHarness h(p);
        QList<int> ports;
        ConnectError error = ConnectError::None;
        for (int i = 0; i < 4; ++i) {
            Endpoint* ep = h.host().connectEphemeral(kRemote, kRemotePort, std::nullopt, 0, error);
            QVERIFY(ep);
            ports << ep->tuple().localPort;
        }
        QCOMPARE(ports, (QList<int> { 50000, 50002, 50001, 50003 }));
        QVERIFY(!h.host().connectEphemeral(kRemote, kRemotePort, std::nullopt, 0, error));
        QCOMPARE(error, ConnectError::AddressNotAvailable);
    }

    void ephemeralScanSkipsExplicitlyBoundPorts()
    {
        // A port from bind() (bind bucket fastreuse >= 0) is skipped by __inet_hash_connect even
        // for another destination.
        Params p = linuxParams();
        p.port_range = { 50000, 50001 };
        EndpointHarness h(p);
        ConnectError error = ConnectError::None;
        QVERIFY(h.host().connectBound(50000, false, kRemote + 1, kRemotePort, std::nullopt, 0, error));
        Endpoint* ep = h.host().connectEphemeral(kRemote, kRemotePort, std::nullopt, 0, error);
        QVERIFY(ep);
        QCOMPARE(int(ep->tuple().localPort), 50001);
    }

    void portChooserWithAnOddCountAndAnEmptyRange()
    {
        PortChooser one;
        const auto always = [](std::uint16_t) { return PortUse::Free; };
        QCOMPARE(one.choose(60000, 60000, always), std::optional<std::uint16_t>(60000));
        PortChooser empty;
        QVERIFY(!empty.choose(60001, 60000, always));
    }

    // ---------------------------------------------------------------- trace fields

    void keepaliveTimerReportsItsProbeCount()
    {
        // The keepalive timer's `backoff` is the number of unanswered probes sent (Linux
        // icsk_probes_out), never the data retransmission count.
        Params p = *profileDefaults("rfc9293");
        p.keepalive = { true, 1000, 1000, 3 };
        EndpointHarness h(p);
        Endpoint& ep = h.bringTo(TcpState::Established);
        QVERIFY(ep.send(100, nullptr));
        ep.timerFires(TimerKind::Retransmit);
        ep.timerFires(TimerKind::Retransmit); // two retransmissions behind the data
        h.events.clear();
        h.advance(msToUs(1000));
        ep.timerFires(TimerKind::Keepalive); // outstanding data: no probe, rescheduled
        QCOMPARE(h.events.front().kind, TraceKind::Timer);
        QCOMPARE(h.events.front().backoff, 0);

        EndpointHarness idle(p);
        Endpoint& quiet = idle.bringTo(TcpState::Established);
        idle.advance(msToUs(1000));
        quiet.timerFires(TimerKind::Keepalive); // the first probe
        idle.events.clear();
        idle.advance(msToUs(1000));
        quiet.timerFires(TimerKind::Keepalive); // fires with one probe unanswered
        QCOMPARE(idle.events.front().timerAction, TimerAction::Fire);
        QCOMPARE(idle.events.front().backoff, 1);
    }

    void appErrorsCarryTheirSocket()
    {
        // An application's failed call is heard on a socket: EPIPE on the connection it wrote
        // to, EADDRINUSE on the socket it created for the failed bind().
        ScenarioSpec spec = baseSpec("linux");
        spec.steps = { at(0, Peer::Server, ActionKind::Listen), at(10, Peer::Client, ActionKind::Connect),
            after(Peer::Client, TcpState::Established, Peer::Client, ActionKind::Close, 10),
            after(Peer::Server, TcpState::CloseWait, Peer::Server, ActionKind::Close, 10),
            sendBytes(after(Peer::Client, TcpState::FinWait2, Peer::Client, ActionKind::Send), 10),
            after(Peer::Client, TcpState::TimeWait, Peer::Client, ActionKind::Connect, 10) };
        const RecordingSink sink = run(spec, 5000);
        const auto errors = sink.appEvents(Peer::Client, AppEventKind::Error);
        QCOMPARE(errors.size(), std::size_t(2));
        QCOMPARE(errors[0].event.sock, 1); // the connection that send() wrote to
        QVERIFY(errors[0].event.cause.find("EPIPE") != std::string::npos);
        QCOMPARE(errors[1].event.sock, 2); // the new socket whose bind() failed
        QVERIFY(errors[1].event.cause.find("EADDRINUSE") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLinuxRules)
#include "test_linux_rules.moc"
