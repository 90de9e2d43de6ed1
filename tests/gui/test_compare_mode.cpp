// Compare mode from lesson 06a: both runs under one clock, each side exactly its own core
// trace, the divergence marker at the first line where the two traces differ, the stray
// markers on exactly each side's strays, and rewinding drives both sides.
#include "compare_pane.h"
#include "compare_view.h"
#include "gui_test_support.h"
#include "ladder_view.h"
#include "main_window.h"
#include "simulation_controller.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
TimeUs timeOf(const std::string& line)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(line)).object().value(QStringLiteral("t_us")).toInteger();
}
} // namespace

class TestCompareMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void comparesTheOldDuplicateLessons()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:06a-old-duplicate-with-time-wait"), false));
        QVERIFY(w.compareWithCounterpart());
        CompareView* view = w.compareView();
        QVERIFY(view);
        QCOMPARE(w.findChild<QTabWidget*>(QStringLiteral("modeTabs"))->currentWidget(), view);
        // Each side says what differs from the other.
        QVERIFY2(view->side(0).label().contains(QStringLiteral("TIME_WAIT 20 s")), qPrintable(view->side(0).label()));
        QVERIFY2(view->side(1).label().contains(QStringLiteral("TIME_WAIT 1 s")), qPrintable(view->side(1).label()));

        // Play to the end (frames of animation time, no waiting on the clock).
        view->play();
        for (int i = 0; i < 100000 && view->now() < view->endUs(); ++i)
            view->advanceFrame(16);
        QCOMPARE(view->now(), view->endUs());
        const Scenario a = loadOrFail(QStringLiteral("builtin:06a-old-duplicate-with-time-wait"));
        const Scenario b = loadOrFail(QStringLiteral("builtin:06b-old-duplicate-short-time-wait"));
        const auto coreA = coreTrace(a, a.spec.runUntilUs);
        const auto coreB = coreTrace(b, b.spec.runUntilUs);
        QVERIFY(linesOf(view->side(0).controller().records()) == coreA);
        QVERIFY(linesOf(view->side(1).controller().records()) == coreB);

        // The marker sits at the first line where the traces differ.
        std::size_t i = 0;
        while (i < coreA.size() && i < coreB.size() && coreA[i] == coreB[i])
            ++i;
        QVERIFY(i < coreA.size() && i < coreB.size());
        QCOMPARE(view->divergenceUs(), std::min(timeOf(coreA[i]), timeOf(coreB[i])));
        QCOMPARE(view->side(0).ladder().divergence(), view->divergenceUs());

        // Stray markers: exactly the strays of each side's own trace.
        for (int s = 0; s < 2; ++s) {
            int strays = 0, marked = 0;
            for (const TraceRecord& r : view->side(s).controller().records())
                strays += r.event.kind == TraceKind::Stray;
            for (const LadderView::Entry& e : view->side(s).ladder().entries())
                marked += LadderView::markerOf(e) == LadderView::Marker::StrayAccepted
                    || LadderView::markerOf(e) == LadderView::Marker::StrayRejected;
            QCOMPARE(marked, strays);
        }
        int acceptedB = 0;
        for (const TraceRecord& r : view->side(1).controller().records())
            acceptedB += r.event.kind == TraceKind::Stray && r.event.accepted;
        QVERIFY(acceptedB > 0); // 06b: the old request gets in

        // Rewinding drives both sides, to the same instant, exactly.
        const TimeUs back = msToUs(1960);
        view->seek(back);
        QCOMPARE(view->side(0).controller().now(), back);
        QCOMPARE(view->side(1).controller().now(), back);
        QVERIFY(linesOf(view->side(1).controller().records()) == coreTrace(b, back));
        view->stepBack();
        QVERIFY(view->now() < back);
        QCOMPARE(view->side(0).controller().now(), view->now());
        QCOMPARE(view->side(1).controller().now(), view->now());
        view->stepEvent();
        QCOMPARE(view->now(), back);
    }

    void comparesWithEditedParameters()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:01-handshake-client-closes"), false));
        w.controller().setPendingParams("rfc9293", { { "msl_ms", "1000" } });
        w.compareWithPendingParams();
        CompareView* view = w.compareView();
        QVERIFY(view);
        QVERIFY2(view->side(0).label().contains(QStringLiteral("TIME_WAIT 240 s")), qPrintable(view->side(0).label()));
        QVERIFY2(view->side(1).label().contains(QStringLiteral("TIME_WAIT 2 s")), qPrintable(view->side(1).label()));
        QVERIFY(view->divergenceUs() > 0);
    }
};

QTEST_MAIN(TestCompareMode)
#include "test_compare_mode.moc"
