// A capture's connections and their replay (capture_connections.h, capture_replay.h): a real
// tcpdump capture of loopback sockets (tests/fixtures/loopback.pcap, and the same packets as
// pcapng), and captures the simulation writes, whose true timings are known.
#include "capture_connections.h"
#include "capture_replay.h"
#include "pcap_export.h"
#include "pcap_import.h"
#include "scenario_loader.h"
#include "scenario_runner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace tcplab;

namespace {
const std::string kFixture = TCPLAB_FIXTURE_DIR "/loopback.pcap";
const std::string kFixtureNg = TCPLAB_FIXTURE_DIR "/loopback.pcapng";

class Log : public TraceSink {
public:
    void onTrace(const TraceEvent& e) override
    {
        TraceEvent copy = e;
        copy.segment = nullptr;
        events.push_back(copy);
        segmentIds.push_back(e.segment ? e.segment->id : 0);
        if (e.kind == TraceKind::State)
            states[e.peer == Peer::Client ? 0 : 1].push_back(e.to);
    }
    std::vector<TraceEvent> events;
    std::vector<std::uint64_t> segmentIds;
    std::vector<TcpState> states[2];
};

struct FlightTimes {
    Peer from = Peer::Client;
    TimeUs sentUs = -1;
    TimeUs arrivedUs = -1;
    // When the client's capture sees it: ours leaving, theirs arriving.
    TimeUs seenAtClientUs() const { return from == Peer::Client ? sentUs : arrivedUs; }
};

// The send and arrival instants of each segment, in the order a capture at the client saw them.
std::vector<FlightTimes> flightTimes(const Log& log)
{
    std::map<std::uint64_t, FlightTimes> byId;
    for (std::size_t i = 0; i < log.events.size(); ++i) {
        const TraceEvent& e = log.events[i];
        if (e.kind == TraceKind::Send) {
            byId[log.segmentIds[i]].sentUs = e.t_us;
            byId[log.segmentIds[i]].from = e.peer;
        }
        if (e.kind == TraceKind::Arrive)
            byId[log.segmentIds[i]].arrivedUs = e.t_us;
    }
    std::vector<FlightTimes> times;
    for (const auto& [id, t] : byId)
        times.push_back(t);
    std::stable_sort(times.begin(), times.end(),
        [](const FlightTimes& a, const FlightTimes& b) { return a.seenAtClientUs() < b.seenAtClientUs(); });
    return times;
}

Scenario builtin(const char* name)
{
    LoadResult loaded = ScenarioLoader::load(QString::fromLatin1(name));
    if (!loaded.ok)
        qFatal("%s", qPrintable(loaded.error));
    return loaded.scenario;
}

// The run's capture at the client, read back.
PcapImportResult exportedCapture(const Scenario& scenario, const QTemporaryDir& dir)
{
    PcapExport capture(Peer::Client);
    const std::string path = dir.filePath(QStringLiteral("run.pcap")).toStdString();
    if (!capture.open(path).empty())
        qFatal("cannot write %s", path.c_str());
    runScenario(scenario, scenario.spec.runUntilUs, {}, { &capture });
    if (!capture.close().empty())
        qFatal("cannot write %s", path.c_str());
    return importPcap(path);
}

using S = TcpState;
} // namespace

class TestCaptureReplay : public QObject {
    Q_OBJECT
private slots:
    void listsTheConnectionsOfARealCapture()
    {
        const PcapImportResult capture = importPcap(kFixture);
        QVERIFY2(capture.ok, capture.error.c_str());
        const auto connections = listConnections(capture);
        QCOMPARE(connections.size(), std::size_t(2));
        const CaptureConnection& web = connections[0];
        QCOMPARE(addressToString(web.clientAddr), std::string("127.0.0.1"));
        QCOMPARE(web.serverPort, std::uint16_t(8080));
        QCOMPARE(web.packets, std::size_t(11));
        QCOMPARE(web.payloadBytes, std::uint64_t(23 + 24)); // "GET /hello HTTP/1.0\r\n\r\n", the response
        QVERIFY(web.sawHandshake);
        QCOMPARE(web.clientFirst, S::SynSent);
        QCOMPARE(web.serverFirst, S::Listen);
        QCOMPARE(web.clientLast, S::TimeWait); // the client closed first
        QCOMPARE(web.serverLast, S::Closed);
        QVERIFY(web.durationUs() > 400'000 && web.durationUs() < 2'000'000);
        const CaptureConnection& refused = connections[1];
        QCOMPARE(refused.serverPort, std::uint16_t(8081));
        QCOMPARE(refused.packets, std::size_t(2));
        QCOMPARE(refused.clientLast, S::Closed);
        QVERIFY(refused.firstUs > web.lastUs);
        QCOMPARE(connectionSegments(capture, refused).front().t_us, TimeUs(0));
    }

    void pcapngReadsTheSame()
    {
        const PcapImportResult classic = importPcap(kFixture);
        const PcapImportResult ng = importPcap(kFixtureNg);
        QVERIFY2(ng.ok, ng.error.c_str());
        QCOMPARE(ng.allSegments.size(), classic.allSegments.size());
        for (std::size_t i = 0; i < ng.allSegments.size(); ++i) {
            QCOMPARE(ng.allSegments[i].t_us, classic.allSegments[i].t_us);
            QCOMPARE(ng.allSegments[i].segment.seq.value(), classic.allSegments[i].segment.seq.value());
            QCOMPARE(ng.allSegments[i].segment.flags, classic.allSegments[i].segment.flags);
        }
        QCOMPARE(listConnections(ng).size(), std::size_t(2));
    }

    void replaysARealCaptureInOrder()
    {
        const PcapImportResult capture = importPcap(kFixture);
        const CaptureConnection web = listConnections(capture).front();
        CaptureReplay replay(web, connectionSegments(capture, web));
        Log log;
        replay.addSink(&log);
        replay.runUntil(replay.endUs());
        QCOMPARE(log.states[0], (std::vector<S> { S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait }));
        QCOMPARE(log.states[1],
            (std::vector<S> { S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed }));
        // Time never runs backwards, and each segment arrives one delay after it left.
        for (std::size_t i = 1; i < log.events.size(); ++i)
            QVERIFY(log.events[i - 1].t_us <= log.events[i].t_us);
        const auto times = flightTimes(log);
        QCOMPARE(times.size(), std::size_t(11));
        for (const FlightTimes& t : times)
            QCOMPARE(t.arrivedUs - t.sentUs, replay.oneWayDelayUs());
        QVERIFY(replay.oneWayDelayUs() > 0);
        QCOMPARE(replay.retransmissionCount(), std::size_t(0));
        QVERIFY(!replay.nextEventTime());
        // What each application could read: the request at the server, the response at the client.
        std::vector<std::pair<Peer, std::int64_t>> reads;
        for (const TraceEvent& e : log.events)
            if (e.kind == TraceKind::App && e.app == AppEventKind::Data)
                reads.emplace_back(e.peer, e.bytes);
        QCOMPARE(reads, (std::vector<std::pair<Peer, std::int64_t>> { { Peer::Server, 23 }, { Peer::Client, 24 } }));
    }

    void timingsOfAnExportedRunComeBack()
    {
        // Lesson 01 seen at the client, 50 ms each way and no processing time: the replay
        // finds the capture point and the delay, and every instant of the run, both ends'.
        const QTemporaryDir dir;
        const Scenario scenario = builtin("builtin:01-handshake-client-closes");
        Log truth;
        runScenario(scenario, scenario.spec.runUntilUs, {}, { &truth });
        const PcapImportResult capture = exportedCapture(scenario, dir);
        QVERIFY2(capture.ok, capture.error.c_str());
        const auto connections = listConnections(capture);
        QCOMPARE(connections.size(), std::size_t(1));
        CaptureReplay replay(connections[0], connectionSegments(capture, connections[0]));
        QCOMPARE(replay.capturePoint(), Peer::Client);
        QCOMPARE(replay.oneWayDelayUs(), msToUs(50));
        Log log;
        replay.addSink(&log);
        replay.runUntil(replay.endUs());
        // The true instants, in the order the client's capture saw the segments.
        const std::vector<FlightTimes> expected = flightTimes(truth);
        const std::vector<FlightTimes> replayed = flightTimes(log);
        QCOMPARE(replayed.size(), expected.size());
        const TimeUs shift = expected.front().sentUs - replayed.front().sentUs;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(replayed[i].from, expected[i].from);
            QCOMPARE(replayed[i].sentUs + shift, expected[i].sentUs);
            QCOMPARE(replayed[i].arrivedUs + shift, expected[i].arrivedUs);
        }
        QCOMPARE(log.states[0].back(), S::TimeWait);
        QCOMPARE(log.states[1].back(), S::Closed);
    }

    void retransmissionsImplyTheirTimer()
    {
        // Lesson 11a: the first two SYNs are lost; the capture at the client shows three, 1 s
        // and then 2 s apart (RFC 6298 §5.5: the timer backs off). Those gaps are all the
        // capture says about the timer.
        const QTemporaryDir dir;
        const PcapImportResult capture = exportedCapture(builtin("builtin:11a-lost-syn-retransmitted"), dir);
        const CaptureConnection connection = listConnections(capture).front();
        const auto segments = connectionSegments(capture, connection);
        for (int i = 0; i < 3; ++i)
            QVERIFY(segments[std::size_t(i)].segment.has(kSyn) && !segments[std::size_t(i)].segment.has(kAck));
        CaptureReplay replay(connection, segments);
        QCOMPARE(replay.retransmissionCount(), std::size_t(2));
        Log log;
        replay.addSink(&log);
        replay.runUntil(replay.endUs());
        std::vector<TraceEvent> timers;
        for (const TraceEvent& e : log.events)
            if (e.kind == TraceKind::Timer)
                timers.push_back(e);
        QCOMPARE(timers.size(), std::size_t(4));
        const TimerAction expected[] = { TimerAction::Start, TimerAction::Fire, TimerAction::Start, TimerAction::Fire };
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(timers[i].timer, TimerKind::SynRetry);
            QCOMPARE(timers[i].timerAction, expected[i]);
            QCOMPARE(timers[i].peer, Peer::Client);
        }
        QCOMPARE(timers[0].due_us - timers[0].t_us, segments[1].t_us - segments[0].t_us);
        QCOMPARE(timers[0].due_us - timers[0].t_us, msToUs(1000));
        QCOMPARE(timers[1].t_us, timers[0].due_us);
        QCOMPARE(timers[2].t_us, timers[1].t_us);
        QCOMPARE(timers[2].due_us - timers[2].t_us, msToUs(2000));
        QCOMPARE(timers[3].backoff, 2);
        // Half-way through the second wait the snapshot shows it running on the client.
        CaptureReplay again(connection, segments);
        again.runUntil(timers[2].t_us + msToUs(1000));
        const Snapshot snapshot = again.snapshot();
        QCOMPARE(snapshot.sockets[0].timers.size(), std::size_t(1));
        QCOMPARE(snapshot.sockets[0].timers[0].dueUs, timers[2].due_us);
        QCOMPARE(snapshot.sockets[0].retransmissions, 1);
        QVERIFY(snapshot.sockets[1].timers.empty());
    }

    void snapshotShowsSegmentsInFlight()
    {
        const PcapImportResult capture = importPcap(kFixture);
        const CaptureConnection web = listConnections(capture).front();
        CaptureReplay replay(web, connectionSegments(capture, web));
        const TimeUs firstSendUs = [&] {
            CaptureReplay whole(web, connectionSegments(capture, web));
            Log log;
            whole.addSink(&log);
            whole.runUntil(whole.endUs());
            return flightTimes(log).front().sentUs;
        }();
        replay.runUntil(firstSendUs + replay.oneWayDelayUs() / 2);
        const Snapshot first = replay.snapshot();
        QCOMPARE(first.inFlight.size(), std::size_t(1));
        QVERIFY(first.inFlight[0].segment.has(kSyn));
        QCOMPARE(first.sockets[0].state, S::SynSent);
        QCOMPARE(first.sockets[1].state, S::Listen);
        QCOMPARE(first.sockets[0].tuple.remotePort, std::uint16_t(8080));
        replay.runUntil(replay.endUs());
        const Snapshot last = replay.snapshot();
        QVERIFY(last.inFlight.empty());
        QCOMPARE(last.sockets[0].state, S::TimeWait);
        QCOMPARE(last.sockets[1].bytesDelivered, std::int64_t(23));
    }

    void aCaptureBegunMidConnectionAssumesEstablished()
    {
        const PcapImportResult capture = importPcap(kFixture);
        PcapImportResult late = capture;
        late.allSegments.erase(late.allSegments.begin(), late.allSegments.begin() + 3); // no handshake
        const auto connections = listConnections(late);
        const CaptureConnection& web = connections.front();
        QVERIFY(!web.sawHandshake);
        QCOMPARE(web.clientFirst, S::Established);
        QCOMPARE(web.serverFirst, S::Established);
        QCOMPARE(web.clientLast, S::TimeWait);
        CaptureReplay replay(web, connectionSegments(late, web));
        Log log;
        replay.addSink(&log);
        replay.runUntil(0);
        QCOMPARE(log.states[0], std::vector<S> { S::Established });
        QCOMPARE(log.states[1], std::vector<S> { S::Established });
    }
};

QTEST_GUILESS_MAIN(TestCaptureReplay)
#include "test_capture_replay.moc"
