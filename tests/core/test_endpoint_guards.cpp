// One endpoint, one exact segment (tests/core/endpoint_harness.h): the rules that guard a
// connection against old and forged segments and have no scenario of their own: PAWS
// (RFC 7323 §5), the RFC 5961 challenge ACK, and what TIME_WAIT does with RST, SYN and ACK.
#include "endpoint_checks.h"

#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

Segment withTimestamp(Segment s, std::uint32_t tsVal)
{
    s.hasTimestamps = true;
    s.tsVal = tsVal;
    return s;
}

} // namespace

class TestEndpointGuards : public QObject {
    Q_OBJECT
private slots:
    void linuxTimeWaitRestartsItsTimerForAckAndPaws()
    {
        // Linux tcp_timewait_state_process: a segment with ACK, or one failing PAWS, restarts
        // the 60 s timer (inet_twsk_reschedule), old duplicates included; an in-window bare ACK
        // is taken without an answer; a refused SYN is answered with the old ACK (TCP_TW_ACK).
        // RFC 9293 §3.10.7.4 restarts the timer only for a retransmitted FIN.
        const TimeUs later = msToUs(5000);
        {
            EndpointHarness h(*profileDefaults("linux"));
            Endpoint& ep = h.bringTo(TcpState::TimeWait);
            h.advance(later);
            QCOMPARE(texts(h.inject(h.peer(kAck | kPsh, -99, 2, 100))), QStringList { "ACK 1002 5002" });
            QCOMPARE(ep.timerDue(TimerKind::TimeWait), h.now() + msToUs(60'000));
            h.advance(later);
            QVERIFY(h.inject(h.peer(kAck, 2, 2)).empty()); // in window, bare: no answer
            QCOMPARE(ep.timerDue(TimerKind::TimeWait), h.now() + msToUs(60'000));
            h.advance(later);
            const auto paws = h.inject(withTimestamp(h.peer(kFin | kAck, 0, 2), 1)); // older TSval
            QCOMPARE(texts(paws), QStringList { "ACK 1002 5002" });
            QCOMPARE(dropReasonOf(h), QStringLiteral("paws"));
            QCOMPARE(ep.timerDue(TimerKind::TimeWait), h.now() + msToUs(60'000));
        }
        {
            EndpointHarness rfc;
            Endpoint& ep = rfc.bringTo(TcpState::TimeWait);
            const TimeUs due = ep.timerDue(TimerKind::TimeWait);
            rfc.advance(later);
            QCOMPARE(texts(rfc.inject(rfc.peer(kAck | kPsh, -99, 2, 100))), QStringList { "ACK 1002 5002" });
            QCOMPARE(ep.timerDue(TimerKind::TimeWait), due);
        }
        {
            EndpointHarness h(*profileDefaults("linux"));
            h.bringTo(TcpState::TimeWait);
            QVERIFY(h.host().listen(EndpointHarness::kLocalPort));
            QCOMPARE(texts(h.inject(h.peer(kSyn, 0, 0))), QStringList { "ACK 1002 5002" }); // TCP_TW_ACK
            QCOMPARE(stateOf(h), QStringLiteral("TIME_WAIT"));
        }
    }

    void pawsDropsAnOlderTimestamp()
    {
        // RFC 7323 §5.3: both sides use timestamps; a segment whose TSval is older than
        // TS.Recent is dropped, even in window, and answered with an ACK.
        Params p = *profileDefaults("rfc9293");
        p.timestamps = true;
        EndpointHarness h(p);
        Endpoint& ep = h.bringTo(TcpState::Established); // the peer's SYN,ACK carried TSval 100
        QCOMPARE(ep.tsRecent(), 100u);
        const auto sent = h.inject(withTimestamp(h.peer(kAck | kPsh, 1, 1, 100), 99));
        QCOMPARE(texts(sent), QStringList { "ACK 1001 5001" });
        QCOMPARE(dropReasonOf(h), QStringLiteral("paws"));
        QCOMPARE(ep.bytesDelivered(), 0);
        // The same segment with a fresh timestamp is taken.
        const auto taken = h.inject(withTimestamp(h.peer(kAck | kPsh, 1, 1, 100), 101));
        QCOMPARE(texts(taken), QStringList { "ACK 1001 5101" });
        QCOMPARE(ep.bytesDelivered(), 100);
        QCOMPARE(ep.tsRecent(), 101u);
    }

    void pawsDoesNotApplyToRst()
    {
        Params p = *profileDefaults("rfc9293");
        p.timestamps = true;
        EndpointHarness h(p);
        h.bringTo(TcpState::Established);
        h.inject(withTimestamp(h.peer(kRst, 1, 0), 5));
        QCOMPARE(stateOf(h), QStringLiteral("CLOSED"));
    }

    void synInEstablishedDrawsAChallengeAck()
    {
        // RFC 5961 §4: a SYN in a synchronized state, in window or not, is answered with an ACK
        // and dropped; the connection stays. The drop says why: a challenge ACK, not the
        // acceptability test (Linux: SKB_DROP_REASON_TCP_INVALID_SYN).
        EndpointHarness h;
        Endpoint& ep = h.bringTo(TcpState::Established);
        const auto sent = h.inject(h.peer(kSyn, 1, 0));
        QCOMPARE(texts(sent), QStringList { "ACK 1001 5001" });
        QCOMPARE(stateOf(h), QStringLiteral("ESTABLISHED"));
        QCOMPARE(dropReasonOf(h), QStringLiteral("challenge-ack"));
        QCOMPARE(ep.rcvNxt().value(), EndpointHarness::kPeerIss + 1);
        const auto outside = h.inject(h.peer(kSyn, 200000, 0));
        QCOMPARE(texts(outside), QStringList { "ACK 1001 5001" });
        QCOMPARE(dropReasonOf(h), QStringLiteral("challenge-ack"));
    }

    void rstOutOfWindowInTimeWaitIsIgnored()
    {
        // RFC 9293 §3.10.7.4 first check: an RST outside the window is dropped silently, TIME_WAIT
        // goes on (and no ACK is sent for an RST).
        EndpointHarness h;
        h.bringTo(TcpState::TimeWait);
        const auto sent = h.inject(h.peer(kRst, 200000, 0));
        QVERIFY(sent.empty());
        QCOMPARE(stateOf(h), QStringLiteral("TIME_WAIT"));
        QCOMPARE(dropReasonOf(h), QStringLiteral("unacceptable"));
        QCOMPARE(h.lastDrop()->dropState(), TcpState::TimeWait);
    }

    void rstInWindowEndsTimeWaitUnlessRfc1337()
    {
        EndpointHarness assassinated;
        assassinated.bringTo(TcpState::TimeWait);
        assassinated.inject(assassinated.peer(kRst, 2, 0));
        QCOMPARE(stateOf(assassinated), QStringLiteral("CLOSED"));

        Params p = *profileDefaults("rfc9293");
        p.rfc1337 = true;
        EndpointHarness guarded(p);
        guarded.bringTo(TcpState::TimeWait);
        const auto sent = guarded.inject(guarded.peer(kRst, 2, 0));
        QVERIFY(sent.empty());
        QCOMPARE(stateOf(guarded), QStringLiteral("TIME_WAIT"));
        QCOMPARE(dropReasonOf(guarded), QStringLiteral("ignored"));
    }

    void synInTimeWaitWithoutListenerIsAcked()
    {
        // No listener to take it: TIME_WAIT answers with its own ACK (Linux's TCP_TW_ACK).
        EndpointHarness h;
        h.bringTo(TcpState::TimeWait);
        const auto sent = h.inject(h.peer(kSyn, 100, 0));
        QCOMPARE(texts(sent), QStringList { "ACK 1002 5002" });
        QCOMPARE(dropReasonOf(h), QStringLiteral("time-wait"));
    }

    void synInTimeWaitWithListenerStartsANewIncarnation()
    {
        // RFC 6191: a higher sequence number is accepted; the new connection continues the state
        // line from TIME_WAIT with ISS = old SND.NXT + 65537. A lower one is refused silently.
        EndpointHarness h;
        h.bringTo(TcpState::TimeWait);
        QVERIFY(h.host().listen(EndpointHarness::kLocalPort));
        const auto sent = h.inject(h.peer(kSyn, 100, 0));
        QCOMPARE(texts(sent), QStringList { QStringLiteral("SYN|ACK %1 5101").arg(1002 + 65537) });
        const auto state = h.lastState();
        QVERIFY(state);
        QCOMPARE(state->from, TcpState::TimeWait);
        QCOMPARE(state->to, TcpState::SynReceived);

        EndpointHarness refused;
        refused.bringTo(TcpState::TimeWait);
        QVERIFY(refused.host().listen(EndpointHarness::kLocalPort));
        QVERIFY(refused.inject(refused.peer(kSyn, 0, 0)).empty());
        QCOMPARE(stateOf(refused), QStringLiteral("TIME_WAIT"));
        QCOMPARE(dropReasonOf(refused), QStringLiteral("time-wait"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointGuards)
#include "test_endpoint_guards.moc"
