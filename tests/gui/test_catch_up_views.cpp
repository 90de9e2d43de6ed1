// Issue 14: the views take in a long catch-up's records a few slices at a time, and what they
// keep of hundreds of thousands of records is bounded: the ladder places labels page by page
// (never on one another, a crowded page only tries its first segments), the event log writes a
// row's words when it is shown, the received text shows the first and last pieces and every
// stray. Slices and news are bounded by counts here, never by the clock.
#include "event_log_model.h"
#include "label_placer.h"
#include "ladder_view.h"
#include "main_window.h"
#include "received_stream.h"
#include "responsive_test_support.h"
#include "timeline_slider.h"
#include "view_theme.h"
#include <set>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

// 50 events a slice, the views told after every fourth slice.
constexpr SliceLimits kToldEveryFourSlices { 50, 0, 0, 0, 4 };

QStringList logTexts(EventLogModel& log)
{
    QStringList texts;
    for (int row = 0; row < log.rowCount(); ++row)
        for (int column = 0; column < EventLogModel::ColumnCount; ++column)
            texts << log.data(log.index(row, column), Qt::DisplayRole).toString();
    return texts;
}

QString more(std::size_t pieces)
{
    return QStringLiteral("… %1 …").arg(ReceivedStream::tr("%n more piece(s)", nullptr, int(pieces)));
}

QString scenarioFile(const QTemporaryDir& dir, const QByteArray& json)
{
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCatchUpViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void aLongCatchUpTellsTheViewsAsItGoes()
    {
        const Scenario scenario = heavyScenario(5000);
        SimulationController c;
        QVERIFY(loadCounted(c, scenario, kToldEveryFourSlices));
        const std::vector<std::string> whole = coreTrace(scenario, c.endUs());
        std::vector<std::size_t> sizes;
        int duringCatchUp = 0;
        connect(&c, &SimulationController::advanced, this, [&] {
            sizes.push_back(c.records().size());
            duringCatchUp += c.isCatchingUp() ? 1 : 0;
            // What the views are told is always a prefix of the run, up to the instant reached.
            const std::vector<std::string> lines = linesOf(c.records());
            QVERIFY(std::equal(lines.begin(), lines.end(), whole.begin()));
        });
        c.seekTo(c.endUs());
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        const int slices = c.slicedRunner().slicesRun();
        QVERIFY(slices > 20);
        QCOMPARE(duringCatchUp, (slices - 1) / 4); // after every fourth slice, then once at the end
        QCOMPARE(int(sizes.size()), duringCatchUp + 1);
        QVERIFY(std::is_sorted(sizes.begin(), sizes.end()));
        QCOMPARE(sizes.back(), whole.size());
        compareLines(linesOf(c.records()), whole);
    }

    void aReplayFromTheStartSaysSoBeforeItsFirstNews()
    {
        const Scenario scenario = heavyScenario(5000);
        SimulationController c;
        QVERIFY(loadCounted(c, scenario, kToldEveryFourSlices));
        c.seekTo(c.endUs());
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        QString heard;
        connect(&c, &SimulationController::rebuilt, this, [&] { heard += QLatin1Char('r'); });
        connect(&c, &SimulationController::advanced, this, [&] { heard += QLatin1Char('a'); });
        c.seekTo(c.endUs() - msToUs(1)); // back: replayed from time 0
        QVERIFY(spinUntil([&] { return !c.isCatchingUp(); }));
        QVERIFY2(heard.startsWith(QLatin1String("ra")), qPrintable(heard));
        QCOMPARE(heard.count(QLatin1Char('r')), 1);
        QVERIFY(heard.count(QLatin1Char('a')) > 2);
        compareLines(linesOf(c.records()), coreTrace(scenario, c.endUs() - msToUs(1)));
    }

    void theWindowsViewsEndAsIfTheyHadBeenToldOnce()
    {
        // Told along the way (and the log written lazily), the window ends where a window told
        // once ends: the same rows, the same ladder.
        QTemporaryDir dir;
        const QString path = scenarioFile(dir, heavyInstantsJson(1500));
        MainWindow told, once;
        for (MainWindow* w : { &told, &once }) {
            w->resize(1280, 720);
            w->show();
            w->controller().setResponsive(true);
            w->controller().setSliceLimits(w == &told ? kToldEveryFourSlices : kCountedSlices);
            QVERIFY(w->openScenario(path, false));
            w->controller().pause();
            QVERIFY(waitForLookahead(w->controller()));
            w->controller().seekTo(msToUs(40));
            QVERIFY(spinUntil([&] { return !w->controller().isCatchingUp(); }));
        }
        QVERIFY(told.controller().slicedRunner().slicesRun() > 8);
        QCOMPARE(told.eventLog().rowCount(), once.eventLog().rowCount());
        QCOMPARE(logTexts(told.eventLog()), logTexts(once.eventLog()));
        QCOMPARE(told.ladder().entries().size(), once.ladder().entries().size());
        const double width = told.ladder().width();
        const auto a = told.ladder().labels(width), b = once.ladder().labels(width);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].shape, b[i].shape);
        }
    }

    void aCrowdedLadderPrintsNoLabelOnAnother()
    {
        // 3000 one-byte segments sent in a few instants: every arrow of an instant on top of the
        // others, far more than a page tries to label.
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openScenario(scenarioFile(dir, heavyInstantsJson(3000)), false));
        w.controller().pause();
        w.controller().seekTo(w.controller().endUs());
        LadderView& ladder = w.ladder();
        QVERIFY(ladder.entries().size() > 2 * LadderView::kMaxLabelsTriedPerPage);
        const double width = ladder.width();
        const auto labels = ladder.labels(width);
        // Only the segments a page tries get a label (shown or not); the rest are told by their
        // hover: a flood's 100,000 empty labels were copied on every paint.
        QVERIFY(labels.size() < ladder.entries().size());
        std::set<std::uint64_t> labelled;
        for (const auto& l : labels)
            QVERIFY2(labelled.insert(l.id).second, "one label per segment at most");
        std::vector<QPolygonF> shown;
        for (const auto& l : labels) {
            if (!l.shown)
                continue;
            // Each label lies wholly in one page of the axis: pages cannot print on each other.
            const QRectF box = l.shape.boundingRect();
            QCOMPARE(LadderView::pageOf(box.top()), LadderView::pageOf(box.bottom()));
            shown.push_back(l.shape);
        }
        QVERIFY(shown.size() > 20);
        for (std::size_t i = 0; i < shown.size(); ++i)
            for (std::size_t j = i + 1; j < shown.size(); ++j)
                QVERIFY2(!LabelPlacer::overlaps(shown[i], shown[j]), qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        for (const QRectF& box : ladder.stateBoxes(width))
            for (const QPolygonF& s : shown)
                QVERIFY(!LabelPlacer::overlaps(s, QPolygonF(box)));
    }

    void aSliderWithMoreInstantsThanPixelsShowsEveryStateChange()
    {
        // 100,000 instants on a slider 400 pixels wide: ticks are drawn one per column, and a
        // state change is never covered by the events that share its column.
        TimelineSlider slider;
        slider.resize(400, 28);
        std::vector<TimelineMark> marks;
        for (TimeUs t = 1; t <= 100'000; ++t)
            marks.push_back({ t * 1000, t == 50'000 });
        slider.setMarks(marks, 100'001'000);
        const QImage picture = slider.grab().toImage();
        const QColor lit = ViewTheme::current().lit;
        const int row = picture.height() - 2; // both kinds of tick reach the bottom rows
        int litColumns = 0, mutedColumns = 0;
        for (int x = 0; x < picture.width(); ++x) {
            const QColor c = picture.pixelColor(x, row);
            litColumns += c == lit;
            mutedColumns += c != lit && c != picture.pixelColor(x, 0); // a (translucent) event tick
        }
        QVERIFY2(litColumns >= 1 && litColumns <= 3, qPrintable(QString::number(litColumns)));
        QVERIFY(mutedColumns > 100); // the events fill the groove's columns
        // The state change stands higher than the events: 7 pixels against 4.
        bool tall = false;
        for (int x = 0; x < picture.width(); ++x)
            tall = tall || picture.pixelColor(x, picture.height() - 7) == lit;
        QVERIFY(tall);
    }

    void aPlacerFarDownIndexesItsOwnPiece()
    {
        // A page millions of pixels down (a month of keepalive): obstacles there are found by
        // their bands, as at the top.
        const double top = 8'000'000;
        LabelPlacer placer;
        placer.setBounds(QRectF(0, top, 400, LadderView::kLabelPagePx));
        for (int i = 0; i < 200; ++i)
            placer.addObstacle(QRectF(10, top + i * 5.0, 30, 4));
        QVERIFY(!placer.isFree(QRectF(20, top + 101, 5, 2)));
        QVERIFY(placer.isFree(QRectF(50, top + 101, 20, 10)));
        QVERIFY(!placer.isFree(QRectF(50, top - 20, 20, 10))); // outside its bounds
        QVERIFY(placer.isFree(QRectF(10, top + 1000, 30, 10))); // below the obstacles
    }

    void theReceivedTextShowsTheEndsAndEveryStray()
    {
        SimulationController c;
        const LoadResult loaded
            = ScenarioLoader::fromJson(heavyInstantsJson(500), QStringLiteral("i.json"), QStringLiteral("i"));
        QVERIFY(loaded.ok);
        c.loadScenario(loaded.scenario, QStringLiteral("i.json"));
        c.runToEnd();
        ReceivedStream s;
        s.follow(c.records(), Peer::Server);
        QCOMPARE(s.chunks.size(), std::size_t(500));
        // 500 anonymous one-byte pieces in a row on one connection: written as one.
        QString html = s.html();
        QVERIFY2(html.contains(ReceivedStream::tr("[%1 bytes in %n pieces]", nullptr, 500).arg(500)),
            qPrintable(html.left(400)));
        QVERIFY(!html.contains(QStringLiteral("more piece")));
        // 500 pieces of text: the first and last ones are written, a count stands for the rest.
        for (std::size_t i = 0; i < s.chunks.size(); ++i) {
            s.chunks[i].anonymous = false;
            s.chunks[i].text = QStringLiteral("p%1").arg(i);
        }
        const std::size_t hidden = 500 - ReceivedStream::kShownFirst - ReceivedStream::kShownLast;
        html = s.html();
        QVERIFY2(html.contains(more(hidden)), qPrintable(html.left(400)));
        QVERIFY(html.contains(QStringLiteral("«p0»")) && html.contains(QStringLiteral("«p499»")));
        QVERIFY(!html.contains(QStringLiteral("«p200»")));
        QVERIFY(html.size() < 1000);
        s.chunks[200].stray = true; // a stray in the middle is written whatever else is left out
        html = s.html();
        QVERIFY(html.contains(QStringLiteral("(stray from the old connection!)")));
        QVERIFY(html.contains(QStringLiteral("«p200»")));
        QVERIFY(html.contains(more(200 - ReceivedStream::kShownFirst)));
        QVERIFY(html.contains(more(hidden - 1 - (200 - ReceivedStream::kShownFirst))));
        ReceivedStream few;
        few.follow(c.records(), Peer::Client);
        QVERIFY(!few.html().contains(QStringLiteral("more piece")));
    }
};

QTEST_MAIN(TestCatchUpViews)
#include "test_catch_up_views.moc"
