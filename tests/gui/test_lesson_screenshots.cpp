// One screenshot per built-in lesson, taken at the lesson's key moment (docs/lessons.md shows the
// copies in docs/lessons/, which scripts/pictures.sh renders with `tcplab --render` at the
// instants of this table). A picture alone proves nothing, so each row also checks
// that the window at that instant is in the state the golden trace says it is, and that the
// event the picture is meant to show has already happened by then.
#include "gui_test_support.h"
#include "main_window.h"
#include "scenario_loader.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <array>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

struct Lesson {
    const char* name;
    int atMs; // the key moment, as in docs/lessons.md
    // A piece of a trace line that must have happened by the key moment: what the picture shows.
    const char* shows;
};

constexpr std::array kLessons {
    Lesson { "01-handshake-client-closes", 630, R"j("peer":"client","sock":1,"from":"FIN_WAIT_2","to":"TIME_WAIT")j" },
    Lesson { "02-server-closes-first", 500, R"j("peer":"server","sock":2,"from":"FIN_WAIT_2","to":"TIME_WAIT")j" },
    Lesson { "03-simultaneous-open", 110, R"j("peer":"client","sock":1,"from":"SYN_RECEIVED","to":"ESTABLISHED")j" },
    Lesson { "03b-listener-sends-first", 60, R"j("peer":"server","sock":1,"from":"LISTEN","to":"SYN_SENT")j" },
    Lesson { "03c-close-during-simultaneous-open", 80,
        R"j("peer":"client","sock":1,"from":"SYN_RECEIVED","to":"FIN_WAIT_1")j" },
    Lesson { "03d-reset-during-simultaneous-open", 110, R"j("cause":"rcv RST in SYN_RECEIVED")j" },
    Lesson { "04-simultaneous-close", 550, R"j("peer":"client","sock":1,"from":"FIN_WAIT_1","to":"CLOSING")j" },
    Lesson { "05a-lost-last-ack-with-time-wait", 1580,
        R"j("peer":"server","sock":2,"from":"LAST_ACK","to":"CLOSED","cause":"rcv ACK of FIN")j" },
    Lesson { "05b-lost-last-ack-without-time-wait", 980, R"j("from":"LAST_ACK","to":"CLOSED","cause":"rcv RST")j" },
    Lesson { "06a-old-duplicate-with-time-wait", 2010, R"j("text":"GET /old-page"},"reason":"no-socket")j" },
    Lesson { "06b-old-duplicate-short-time-wait", 1960, R"j("ev":"stray","peer":"server","sock":3)j" },
    Lesson { "06c-old-duplicate-expires", 10110, R"j("text":"GET /old-page"},"reason":"expired")j" },
    Lesson { "07a-close-wait-leak-late-write", 90050, R"j("text":"late reply"},"reason":"no-socket")j" },
    Lesson { "07b-close-wait-leak-late-close", 60400, R"j("from":"FIN_WAIT_2","to":"CLOSED")j" },
    Lesson { "08a-fin-timeout-60s", 5390, R"j("timer":"FIN_WAIT_2","what":"start","due_us":65390000)j" },
    Lesson { "08b-fin-timeout-5s", 5390, R"j("timer":"FIN_WAIT_2","what":"start","due_us":10390000)j" },
    Lesson { "09a-half-open-without-keepalive", 1000, R"j("cause":"host crashed: connection forgotten")j" },
    Lesson { "09b-keepalive-meets-reset", 60380,
        R"j("from":"ESTABLISHED","to":"CLOSED","cause":"rcv RST: connection reset")j" },
    Lesson { "09c-keepalive-no-answer", 90280, R"j("detail":"keepalive: peer did not answer (ETIMEDOUT)")j" },
    Lesson { "09d-keepalive-close-wait", 120510,
        R"j("from":"CLOSE_WAIT","to":"CLOSED","cause":"rcv RST: connection reset")j" },
    Lesson { "09e-crash-during-handshake-reset", 3160, R"j("cause":"rcv RST: return to LISTEN")j" },
    Lesson { "09f-crash-during-handshake-timeout", 63060,
        R"j("from":"SYN_RECEIVED","to":"CLOSED","cause":"retransmission limit reached")j" },
    Lesson { "09g-data-retries-give-up", 995300,
        R"j("from":"ESTABLISHED","to":"CLOSED","cause":"retransmission limit reached")j" },
    Lesson { "10-connection-refused", 110,
        R"j("from":"SYN_SENT","to":"CLOSED","cause":"rcv RST in SYN_SENT: connection refused")j" },
    Lesson { "11a-lost-syn-retransmitted", 3110, R"j("peer":"client","sock":1,"what":"connected")j" },
    Lesson { "11b-syn-timeout-classic", 127000, R"j("detail":"connection timed out (ETIMEDOUT)")j" },
    Lesson { "11c-syn-timeout-linux-linear", 131000, R"j("detail":"connection timed out (ETIMEDOUT)")j" },
    Lesson { "11d-connect-cancelled", 600, R"j("cause":"app close in SYN_SENT")j" },
    Lesson { "12a-syn-flood-backlog-full", 550,
        R"j("tsval":501,"tsecr":0,"src":"192.0.2.1:49152","dst":"198.51.100.2:80"},"reason":"backlog")j" },
    Lesson {
        "12b-syn-flood-syn-cookies", 650, R"j("text":"valid SYN cookie: connection created from the final ACK")j" },
    Lesson { "13a-tw-reuse-on", 2530, R"j("peer":"server","sock":3,"from":"LISTEN","to":"SYN_RECEIVED")j" },
    Lesson { "13b-tw-reuse-off", 2480,
        R"j("detail":"connect: no ephemeral port left for this destination (EADDRNOTAVAIL)")j" },
    Lesson { "13c-tw-reuse-without-timestamps", 2480,
        R"j("detail":"connect: no ephemeral port left for this destination (EADDRNOTAVAIL)")j" },
    Lesson { "13d-bind-reuseaddr", 2580,
        R"j("text":"SO_REUSEADDR: bind() to the port of a TIME_WAIT connection, which a new connection takes over")j" },
    Lesson { "14a-rfc6191-higher-isn-accepted", 1030, R"j("from":"TIME_WAIT","to":"SYN_RECEIVED")j" },
    Lesson { "14b-rfc6191-lower-isn-refused", 1030, R"j("reason":"time-wait")j" },
    Lesson { "14c-rfc6191-newer-timestamp-accepted", 1030, R"j("from":"TIME_WAIT","to":"SYN_RECEIVED")j" },
    Lesson { "15a-time-wait-assassination", 6230, R"j("ev":"stray","peer":"client","sock":2)j" },
    Lesson { "15b-time-wait-rfc1337-protected", 3330, R"j("reason":"ignored")j" },
    Lesson { "16a-tw-recycle-nat-drops-syns", 2050, R"j("reason":"paws")j" },
    Lesson {
        "16b-tw-recycle-off-nat-works", 2050, R"j("peer":"server","sock":3,"from":"LISTEN","to":"SYN_RECEIVED")j" },
    Lesson { "17-abort", 300, R"j("text":"more of the file"},"reason":"no-socket")j" },
};

// The golden trace of a lesson up to `atUs` (inclusive: the picture shows the events of that
// instant), as the command line wrote it; test_cli keeps these files equal to the core's output.
QStringList goldenUntil(const QString& name, TimeUs atUs)
{
    QFile file(QStringLiteral(TCPLAB_SOURCE_DIR "/tests/scenario/golden/%1.jsonl").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QStringList lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (QJsonDocument::fromJson(line).object().value(QLatin1String("t_us")).toInteger() > atUs)
            break; // the trace is in time order
        lines << QString::fromUtf8(line);
    }
    return lines;
}

// The state a peer's diagram must show: the "to" of its last state event, CLOSED before any.
// Parsed from the golden file itself rather than with the helpers the window shares, so a
// wrong diagram cannot agree with a wrong helper.
TcpState goldenState(const QStringList& golden, Peer peer)
{
    TcpState state = TcpState::Closed;
    for (const QString& line : golden) {
        const QJsonObject e = QJsonDocument::fromJson(line.toUtf8()).object();
        if (e.value(QLatin1String("ev")).toString() != QLatin1String("state")
            || e.value(QLatin1String("peer")).toString() != QLatin1String(peerName(peer).data(), peerName(peer).size()))
            continue;
        const auto to = parseState(e.value(QLatin1String("to")).toString().toStdString());
        if (!to)
            qFatal("unknown state in %s", qPrintable(line));
        state = *to;
    }
    return state;
}

} // namespace

class TestLessonScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        // The committed pictures are the English ones, whatever the machine's locale.
        QVERIFY(translator_.load(QStringLiteral(":/i18n/tcplab_en.qm")));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/lessons")));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&translator_); }

    // A new lesson without a row (and so without a picture) fails here.
    void everyLessonHasARow()
    {
        QStringList rows;
        for (const Lesson& lesson : kLessons)
            rows << QString::fromLatin1(lesson.name);
        QCOMPARE(rows, ScenarioLoader::builtinNames());
    }

    // docs/lessons.md quotes each key moment and shows its picture; the two must not drift apart.
    void docsShowEveryKeyMoment()
    {
        QFile file(QStringLiteral(TCPLAB_SOURCE_DIR "/docs/lessons.md"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString doc = QString::fromUtf8(file.readAll());
        for (const Lesson& lesson : kLessons) {
            const QString name = QString::fromLatin1(lesson.name);
            const qsizetype start = doc.indexOf(QStringLiteral("\n## `%1`").arg(name));
            QVERIFY2(start >= 0, qPrintable(name));
            const qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + 1);
            const QString section = doc.mid(start, end < 0 ? -1 : end - start);
            const QRegularExpression keyMoment(QStringLiteral(
                "\\*\\*Key moment:\\*\\* t = [0-9.]+ s \\(`--at-ms %1`\\)\n+!\\[[^\\]]+\\]\\(lessons/%2\\.png\\)")
                                                   .arg(lesson.atMs)
                                                   .arg(QRegularExpression::escape(name)));
            QVERIFY2(keyMoment.match(section).hasMatch(), qPrintable(name));
            QVERIFY2(
                QFile::exists(QStringLiteral(TCPLAB_SOURCE_DIR "/docs/lessons/%1.png").arg(name)), qPrintable(name));
        }
    }

    void keyMoment_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("atMs");
        QTest::addColumn<QString>("shows");
        for (const Lesson& lesson : kLessons)
            QTest::newRow(lesson.name) << QString::fromLatin1(lesson.name) << lesson.atMs
                                       << QString::fromLatin1(lesson.shows);
    }

    void keyMoment()
    {
        QFETCH(QString, name);
        QFETCH(int, atMs);
        QFETCH(QString, shows);
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openScenario(QStringLiteral("builtin:") + name, false));
        const TimeUs atUs = msToUs(atMs);
        w.controller().advanceTo(atUs);
        QCOMPARE(w.controller().now(), atUs);

        // The window ran exactly the golden trace up to the key moment...
        const QStringList golden = goldenUntil(name, atUs);
        QStringList shown;
        for (const std::string& line : linesOf(w.controller().records()))
            shown << QString::fromStdString(line);
        QCOMPARE(shown, golden);
        // ...its diagrams are lit where that trace leaves each peer...
        QCOMPARE(w.diagram(Peer::Client).litState(), goldenState(golden, Peer::Client));
        QCOMPARE(w.diagram(Peer::Server).litState(), goldenState(golden, Peer::Server));
        // ...and the moment the picture is about has happened (a key moment set too early fails).
        QVERIFY2(std::any_of(golden.begin(), golden.end(), [&](const QString& l) { return l.contains(shows); }),
            qPrintable(shows));

        // 1280×800, a common classroom projector, unless the window cannot be that narrow (its
        // layout needs a little more: two peer panels, the ladder's minimum and the library
        // dock); a window cut off at the right would not be the one a student sees.
        const QSize size = QSize(1280, 800).expandedTo(w.minimumSizeHint());
        w.resize(size);
        // While playing the window keeps the newest log row in view, but a jump to a time leaves
        // the log at its top; scroll it as a viewer would, so the rows of the key moment show.
        auto* log = w.findChild<QTableView*>(QStringLiteral("eventLog"));
        QVERIFY(log);
        log->scrollToBottom();
        const QImage shot = screenshotOf(w);
        QCOMPARE(shot.size(), size);
        QVERIFY(shot.save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/lessons/%1.png").arg(name)));
    }

private:
    QTranslator translator_;
};

QTEST_MAIN(TestLessonScreenshots)
#include "test_lesson_screenshots.moc"
