// Every segment open to inspection, and the stray at a glance: the packet detail shows exactly
// the trace's fields, its acceptability numbers are the receiver's own at arrival and give the
// verdict the core gave, and the ladder marks exactly the strays the trace reports.
#include "gui_test_support.h"
#include "ladder_view.h"
#include "main_window.h"
#include "received_stream.h"
#include "segment_inspector.h"
#include "simulation_controller.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
struct TraceSegment {
    QJsonObject seg;
    QString firstEvent;
    QString dropReason; // of its drop event, if any
    bool arrived = false;
};

std::map<std::uint64_t, TraceSegment> segmentsOf(const std::vector<std::string>& lines)
{
    std::map<std::uint64_t, TraceSegment> out;
    for (const std::string& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        if (!o.contains(QStringLiteral("seg")))
            continue;
        const QJsonObject seg = o.value(QStringLiteral("seg")).toObject();
        const auto id = std::uint64_t(seg.value(QStringLiteral("id")).toInteger());
        auto [it, fresh] = out.try_emplace(id);
        if (fresh) {
            it->second.seg = seg;
            it->second.firstEvent = o.value(QStringLiteral("ev")).toString();
        }
        if (o.value(QStringLiteral("ev")).toString() == QStringLiteral("drop"))
            it->second.dropReason = o.value(QStringLiteral("reason")).toString();
        if (o.value(QStringLiteral("ev")).toString() == QStringLiteral("arrive"))
            it->second.arrived = true;
    }
    return out;
}
} // namespace

class TestSegmentDetail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void detailEqualsTheTrace_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("01") << QStringLiteral("builtin:01-handshake-client-closes");
        QTest::newRow("06b") << QStringLiteral("builtin:06b-old-duplicate-short-time-wait");
        QTest::newRow("15a") << QStringLiteral("builtin:15a-time-wait-assassination");
    }

    void detailEqualsTheTrace()
    {
        QFETCH(QString, spec);
        const Scenario scenario = loadOrFail(spec);
        MainWindow w;
        QVERIFY(w.openScenario(spec, false));
        w.controller().runToEnd();
        const auto core = coreTrace(scenario, w.controller().endUs());
        const auto segments = segmentsOf(core);
        QVERIFY(segments.size() > 5);
        int judged = 0;
        for (const auto& [id, t] : segments) {
            const auto d = SegmentInspector::inspect(w.controller().effectiveScenario(), w.controller().records(), id);
            QVERIFY2(d, qPrintable(QString::number(id)));
            const QJsonObject& s = t.seg;
            QCOMPARE(qint64(d->segment.seq.value()), s.value(QStringLiteral("seq")).toInteger());
            QCOMPARE(qint64(d->segment.ack.value()), s.value(QStringLiteral("ack")).toInteger());
            QCOMPARE(
                QString::fromStdString(flagsToString(d->segment.flags)), s.value(QStringLiteral("flags")).toString());
            QCOMPARE(qint64(d->segment.len), s.value(QStringLiteral("len")).toInteger());
            QCOMPARE(qint64(d->segment.incarnation), s.value(QStringLiteral("inc")).toInteger());
            if (s.contains(QStringLiteral("text")))
                QVERIFY(
                    SegmentInspector::html(*d).contains(s.value(QStringLiteral("text")).toString().toHtmlEscaped()));
            QCOMPARE(d->droppedUs.has_value(), !t.dropReason.isEmpty());
            QCOMPARE(d->sentUs < 0, t.firstEvent != QStringLiteral("send") && s.contains(QStringLiteral("copy_of")));
            // The acceptability verdict written out agrees with what the core did: data that
            // fails it was dropped (unacceptable), data the receiver took passes it.
            if (t.arrived && d->receiver && isSynchronized(d->receiver->state) && d->segment.len > 0) {
                const QStringList lines = SegmentInspector::acceptability(d->segment, *d->receiver);
                QVERIFY(lines.front().contains(QString::number(d->receiver->rcvNxt)));
                const bool verdict = lines.back().endsWith(QStringLiteral("true"));
                if (!verdict) // dropped (as unacceptable, or by TIME_WAIT's own rules)
                    QVERIFY2(!t.dropReason.isEmpty(), qPrintable(QString::number(id) + lines.join(QLatin1Char('|'))));
                if (t.dropReason.isEmpty())
                    QVERIFY2(verdict, qPrintable(QString::number(id) + lines.join(QLatin1Char('|'))));
                ++judged;
            }
        }
        QVERIFY(judged > 0);
    }

    // The lesson's own numbers: in 06b the new request is dropped by the acceptability test
    // because the old one already advanced RCV.NXT past it.
    void theNewRequestFailsTheTestIn06b()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:06b-old-duplicate-short-time-wait"), false));
        w.controller().runToEnd();
        const auto d = SegmentInspector::inspect(w.controller().effectiveScenario(), w.controller().records(), 20);
        QVERIFY(d && d->receiver);
        QCOMPARE(d->segment.seq.value(), 1001u);
        QCOMPARE(d->receiver->rcvNxt, 1014u); // the stray's 13 bytes were taken
        const QStringList lines = SegmentInspector::acceptability(d->segment, *d->receiver);
        QVERIFY2(lines.front().contains(QStringLiteral("1014 ≤ 1001 <")), qPrintable(lines.front()));
        QVERIFY(lines.back().endsWith(QStringLiteral("false")));
        w.showSegment(20);
        QVERIFY(w.segmentDetailHtml().contains(QStringLiteral("GET /new-page")));
    }

    // File > Export the ladder as text: the same text as `tcplab-cli export-ladder`, one message
    // per segment of the run so far.
    void exportsTheLadderAsText()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:06b-old-duplicate-short-time-wait"), false));
        w.controller().runToEnd();
        QTemporaryDir dir;
        const QString mmd = dir.filePath(QStringLiteral("ladder.mmd"));
        const QString puml = dir.filePath(QStringLiteral("ladder.puml"));
        QVERIFY(w.exportLadderText(mmd));
        QVERIFY(w.exportLadderText(puml));
        QFile m(mmd), p(puml);
        QVERIFY(m.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly));
        const QString mermaid = QString::fromUtf8(m.readAll());
        const QString plant = QString::fromUtf8(p.readAll());
        QVERIFY(mermaid.startsWith(QStringLiteral("sequenceDiagram")));
        QVERIFY(plant.startsWith(QStringLiteral("@startuml")) && plant.trimmed().endsWith(QStringLiteral("@enduml")));
        const auto segments = segmentsOf(linesOf(w.controller().records()));
        int messages = 0;
        for (const QString& line : mermaid.split(QLatin1Char('\n')))
            messages += line.contains(QStringLiteral("->>")) || line.contains(QStringLiteral("-x"));
        QCOMPARE(std::size_t(messages), segments.size());
        QVERIFY(mermaid.contains(QStringLiteral("GET /old-page")));
    }

    void strayMarkersMatchTheTrace_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("06a") << QStringLiteral("builtin:06a-old-duplicate-with-time-wait");
        QTest::newRow("06b") << QStringLiteral("builtin:06b-old-duplicate-short-time-wait");
        QTest::newRow("06c") << QStringLiteral("builtin:06c-old-duplicate-expires");
        QTest::newRow("15a") << QStringLiteral("builtin:15a-time-wait-assassination");
    }

    void strayMarkersMatchTheTrace()
    {
        QFETCH(QString, spec);
        MainWindow w;
        QVERIFY(w.openScenario(spec, false));
        w.controller().runToEnd();
        std::map<std::uint64_t, bool> strays; // from the trace: id -> accepted
        std::map<std::uint64_t, bool> expired;
        for (const TraceRecord& r : w.controller().records()) {
            if (r.event.kind == TraceKind::Stray && r.segment)
                strays[r.segment->id] = r.event.accepted;
            if (r.event.kind == TraceKind::Drop && r.event.reason == DropReason::Expired && r.segment)
                expired[r.segment->id] = true;
        }
        int marked = 0;
        for (const LadderView::Entry& e : w.ladder().entries()) {
            const auto m = LadderView::markerOf(e);
            const auto stray = strays.find(e.id);
            if (stray != strays.end())
                QCOMPARE(m, stray->second ? LadderView::Marker::StrayAccepted : LadderView::Marker::StrayRejected);
            else if (expired.count(e.id))
                QCOMPARE(m, LadderView::Marker::Expired);
            else
                QCOMPARE(m, LadderView::Marker::None);
            marked += m != LadderView::Marker::None;
        }
        QCOMPARE(std::size_t(marked), strays.size() + expired.size());
        // What the server's application received shows the stray's bytes, marked as such.
        const ReceivedStream received = ReceivedStream::of(w.controller().records(), Peer::Server);
        int strayChunks = 0;
        for (const auto& c : received.chunks) {
            strayChunks += c.stray;
            if (c.stray && spec.contains(QStringLiteral("06b")))
                QCOMPARE(c.text, QStringLiteral("GET /old-page"));
        }
        QCOMPARE(strayChunks > 0, received.strayAccepted > 0);
        if (spec.contains(QStringLiteral("06b")))
            QVERIFY(received.html().contains(QStringLiteral("GET /old-page")));
    }
};

QTEST_MAIN(TestSegmentDetail)
#include "test_segment_detail.moc"
