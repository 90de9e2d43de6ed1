// Every transition of the RFC 9293 diagram (§3.3.2), one row each: the state sequence of the
// peer that takes it and the segments it sends (flags, seq, ack).
#include "transition_harness.h"

#include <QtTest>

#include <functional>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

constexpr Peer C = Peer::Client;
constexpr Peer S = Peer::Server;
using A = ActionKind;
using St = TcpState;

struct Row {
    const char* name;
    std::function<ScenarioSpec()> build;
    long long untilMs;
    Peer peer;
    const char* states;
    std::vector<std::string> segments;
};

ScenarioSpec withSteps(std::vector<Step> steps, const char* profile = "rfc9293")
{
    ScenarioSpec spec = baseSpec(profile);
    spec.steps = std::move(steps);
    return spec;
}

// Listen, connect, exchange nothing, client closes at 500 ms, server closes on EOF.
ScenarioSpec normalClose()
{
    return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(500, C, A::Close),
        afterApp(S, AppEventKind::Eof, S, A::Close, 100) });
}

const std::vector<Row>& rows()
{
    static const std::vector<Row> table = {
        { "CLOSED + passive OPEN → LISTEN", [] { return withSteps({ at(0, S, A::Listen) }); }, 100, S, "CLOSED LISTEN",
            {} },
        { "CLOSED + active OPEN → SYN_SENT", [] { return withSteps({ at(0, C, A::Connect) }); }, 40, C,
            "CLOSED SYN_SENT", { "SYN 1000 0" } },
        { "LISTEN + SYN → SYN_RECEIVED",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect) });
            },
            100, S, "CLOSED LISTEN SYN_RECEIVED", { "SYN|ACK 5000 1001" } },
        { "SYN_SENT + SYN,ACK → ESTABLISHED",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect) });
            },
            200, C, "CLOSED SYN_SENT ESTABLISHED", { "SYN 1000 0", "ACK 1001 5001" } },
        { "SYN_RECEIVED + ACK → ESTABLISHED",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect) });
            },
            200, S, "CLOSED LISTEN SYN_RECEIVED ESTABLISHED", { "SYN|ACK 5000 1001" } },
        { "SYN_SENT + SYN → SYN_RECEIVED (simultaneous open)",
            [] {
                return withSteps({ at(0, C, A::Connect), at(0, S, A::Connect) });
            },
            300, C, "CLOSED SYN_SENT SYN_RECEIVED ESTABLISHED", { "SYN 1000 0", "SYN|ACK 1000 5001" } },
        { "SYN_RECEIVED + RST → LISTEN",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(20, C, A::Crash) });
            },
            300, S, "CLOSED LISTEN SYN_RECEIVED LISTEN", { "SYN|ACK 5000 1001" } },
        { "SYN_SENT + RST,ACK → CLOSED (refused)", [] { return withSteps({ at(0, C, A::Connect) }); }, 300, C,
            "CLOSED SYN_SENT CLOSED", { "SYN 1000 0" } },
        { "no listener: SYN answered by RST,ACK", [] { return withSteps({ at(0, C, A::Connect) }); }, 300, S, "",
            { "ACK|RST 0 1001" } },
        { "LISTEN + SEND → SYN_SENT",
            [] {
                return withSteps({ at(0, C, A::Listen), at(0, S, A::Listen), sendBytes(at(10, S, A::Send), 100) });
            },
            1000, S, "CLOSED LISTEN SYN_SENT ESTABLISHED",
            { "SYN 5000 0", "ACK 5001 1001", "ACK|PSH 5001 1001 len=100" } },
        { "SYN_SENT + CLOSE → CLOSED",
            [] {
                return withSteps({ at(0, C, A::Connect), at(20, C, A::Close) });
            },
            300, C, "CLOSED SYN_SENT CLOSED", { "SYN 1000 0" } },
        { "LISTEN + CLOSE → CLOSED",
            [] {
                return withSteps({ at(0, S, A::Listen), at(20, S, A::Close) });
            },
            300, S, "CLOSED LISTEN CLOSED", {} },
        { "SYN_RECEIVED + CLOSE → FIN_WAIT_1",
            [] {
                return withSteps(
                    { at(0, S, A::Listen), at(10, C, A::Connect), after(S, St::SynReceived, S, A::Close) });
            },
            300, S, "CLOSED LISTEN SYN_RECEIVED FIN_WAIT_1 FIN_WAIT_2", { "SYN|ACK 5000 1001", "ACK|FIN 5001 1001" } },
        { "ESTABLISHED + CLOSE → FIN_WAIT_1 → FIN_WAIT_2 → TIME_WAIT → CLOSED", normalClose, 400'000, C,
            "CLOSED SYN_SENT ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT CLOSED",
            { "SYN 1000 0", "ACK 1001 5001", "ACK|FIN 1001 5001", "ACK 1002 5002" } },
        { "ESTABLISHED + FIN → CLOSE_WAIT → LAST_ACK → CLOSED", normalClose, 400'000, S,
            "CLOSED LISTEN SYN_RECEIVED ESTABLISHED CLOSE_WAIT LAST_ACK CLOSED",
            { "SYN|ACK 5000 1001", "ACK 5001 1002", "ACK|FIN 5001 1002" } },
        { "FIN_WAIT_1 + FIN → CLOSING → TIME_WAIT (simultaneous close)",
            [] {
                return withSteps(
                    { at(0, S, A::Listen), at(10, C, A::Connect), at(500, C, A::Close), at(500, S, A::Close) });
            },
            1000, C, "CLOSED SYN_SENT ESTABLISHED FIN_WAIT_1 CLOSING TIME_WAIT",
            { "SYN 1000 0", "ACK 1001 5001", "ACK|FIN 1001 5001", "ACK 1002 5002" } },
        // RFC 9293 §3.10.7.4, fifth step: "enter FIN-WAIT-2 and continue processing in that state".
        { "FIN_WAIT_1 + FIN,ACK → FIN_WAIT_2 → TIME_WAIT",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(500, C, A::Close),
                                     afterApp(S, AppEventKind::Eof, S, A::Close) },
                    "linux");
            },
            1000, C, "CLOSED SYN_SENT ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT",
            { "SYN 1000 0", "ACK 1001 5001", "ACK|FIN 1001 5001", "ACK 1002 5002" } },
        { "ESTABLISHED + RST → CLOSED (peer aborts)",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(500, C, A::Abort) });
            },
            1000, S, "CLOSED LISTEN SYN_RECEIVED ESTABLISHED CLOSED", { "SYN|ACK 5000 1001" } },
        { "ESTABLISHED + ABORT → CLOSED (snd RST)",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(500, C, A::Abort) });
            },
            1000, C, "CLOSED SYN_SENT ESTABLISHED CLOSED", { "SYN 1000 0", "ACK 1001 5001", "RST 1001 0" } },
        { "CLOSE_WAIT + RST → CLOSED",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(20, S, A::NeverClose),
                    at(500, C, A::Close), at(2000, C, A::Abort) });
            },
            3000, S, "CLOSED LISTEN SYN_RECEIVED ESTABLISHED CLOSE_WAIT CLOSED",
            { "SYN|ACK 5000 1001", "ACK 5001 1002" } },
        { "FIN_WAIT_2 + ABORT → CLOSED",
            [] {
                return withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(20, S, A::NeverClose),
                    at(500, C, A::Close), at(2000, C, A::Abort) });
            },
            3000, C, "CLOSED SYN_SENT ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 CLOSED",
            { "SYN 1000 0", "ACK 1001 5001", "ACK|FIN 1001 5001", "RST 1002 0" } },
        { "TIME_WAIT + RST → CLOSED (assassination)",
            [] {
                ScenarioSpec spec = normalClose();
                // The server's ACK of the client's FIN is duplicated and arrives late, while the
                // client sits in TIME_WAIT and the server has forgotten the connection.
                spec.faults.push_back({ S, SegmentClass::PureAck, 1, FaultAction::Duplicate, 2000 });
                return spec;
            },
            5000, C, "CLOSED SYN_SENT ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT CLOSED",
            { "SYN 1000 0", "ACK 1001 5001", "ACK|FIN 1001 5001", "ACK 1002 5002", "ACK 1002 5002" } },
        { "TIME_WAIT + SYN → SYN_RECEIVED (RFC 6191)",
            [] {
                ScenarioSpec spec = withSteps({ at(0, S, A::Listen), at(10, C, A::Connect), at(500, S, A::Close),
                    afterApp(C, AppEventKind::Eof, C, A::Close, 100), at(2000, C, A::Connect) });
                spec.steps.back().action.isn = 90000;
                return spec;
            },
            3000, S, "CLOSED LISTEN SYN_RECEIVED ESTABLISHED FIN_WAIT_1 FIN_WAIT_2 TIME_WAIT SYN_RECEIVED ESTABLISHED",
            { "SYN|ACK 5000 1001", "ACK|FIN 5001 1001", "ACK 5002 1002", "SYN|ACK 70539 90001" } },
    };
    return table;
}

} // namespace

class TestTransitions : public QObject {
    Q_OBJECT
private slots:
    void transition_data()
    {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < rows().size(); ++i)
            QTest::newRow(rows()[i].name) << static_cast<int>(i);
    }

    void transition()
    {
        QFETCH(int, row);
        const Row& r = rows()[static_cast<std::size_t>(row)];
        RecordingSink trace = run(r.build(), r.untilMs);
        QCOMPARE(QString::fromStdString(statesText(trace.states(r.peer))), QString::fromLatin1(r.states));
        QStringList sent, expected;
        for (const auto& s : trace.sent(r.peer))
            sent << QString::fromStdString(s);
        for (const auto& s : r.segments)
            expected << QString::fromStdString(s);
        QCOMPARE(sent, expected);
    }

    void everyStateChangeIsADiagramEdge()
    {
        for (const Row& r : rows()) {
            RecordingSink trace = run(r.build(), r.untilMs);
            for (const RecordedEvent& e : trace.events) {
                if (e.event.kind == TraceKind::State)
                    QVERIFY2(isDiagramEdge(e.event.from, e.event.to),
                        qPrintable(QStringLiteral("%1: %2 -> %3")
                                       .arg(QLatin1String(r.name), QLatin1String(stateName(e.event.from).data()),
                                           QLatin1String(stateName(e.event.to).data()))));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestTransitions)
#include "test_transitions.moc"
