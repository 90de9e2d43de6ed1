// The transition map (issue 16): what the user has seen of RFC 9293's Figure 5 over everything
// run in the window, remembered in the settings, shown as the figure with seen arrows marked,
// and for an arrow not yet seen a built-in lesson that really walks it.
#include "gui_test_support.h"
#include "language_switcher.h"
#include "main_window.h"
#include "scenario_runner.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"
#include "transition_catalog.h"
#include "transition_coverage.h"
#include "transition_lessons.h"
#include "transition_map_dialog.h"
#include "transition_map_store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

int edgeIndex(std::string_view id)
{
    for (int i = 0; i < kFigureEdgeCount; ++i)
        if (figureEdges()[std::size_t(i)].id == id)
            return i;
    qFatal("no figure edge %s", std::string(id).c_str());
}

int offIndex(std::string_view id)
{
    for (int i = 0; i < int(offFigureTransitions().size()); ++i)
        if (offFigureTransitions()[std::size_t(i)].id == id)
            return i;
    qFatal("no off-figure transition %s", std::string(id).c_str());
}

void playToEnd(MainWindow& w, const QString& spec)
{
    QVERIFY(w.openScenario(spec, false));
    w.controller().runToEnd();
    QVERIFY(w.controller().atEnd());
}

// What the map's labels and buttons need at the size it is shown: nothing cut.
QStringList clipped(QWidget& dialog)
{
    QStringList found;
    for (QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
        if (b->isVisibleTo(&dialog) && !b->text().isEmpty() && b->width() + 1 < b->sizeHint().width())
            found << b->text();
    for (QLabel* l : dialog.findChildren<QLabel*>()) {
        if (!l->isVisibleTo(&dialog) || l->text().isEmpty())
            continue;
        const int need = l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
        if (need > l->height() + 1 || (!l->wordWrap() && l->sizeHint().width() > l->width() + 1))
            found << l->text();
    }
    return found;
}

} // namespace

class TestTransitionMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        isolateSettings(); // fresh settings for every test: nothing seen
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    void freshSettingsSeeNothing()
    {
        MainWindow w;
        QCOMPARE(w.transitionMap().figureEdgesSeen(), 0);
        QCOMPARE(w.transitionMap().offFigureSeen(), 0);
        TransitionMapDialog& map = w.showTransitionMap();
        QCOMPARE(map.findChild<QLabel*>(QStringLiteral("transitionMapCount"))->text(),
            QStringLiteral("0 of 20 figure edges · 0 of %1 resets and timeouts").arg(offFigureTransitions().size()));
        QVERIFY(map.diagram().isMap());
        QVERIFY(map.diagram().mapSeen().empty());
        // The menu has it, with its key.
        auto* action = w.findChild<QAction*>(QStringLiteral("actionTransitionMap"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    }

    void lessonOneMarksHandshakeAndClose()
    {
        MainWindow w;
        playToEnd(w, QStringLiteral("builtin:01-handshake-client-closes"));
        // Every arrow the run's trace walked is marked, and only those.
        TransitionCoverage walked;
        for (const TraceRecord& r : w.controller().records())
            walked.onTrace(r.event);
        TransitionMapStore& store = w.transitionMap();
        for (int i = 0; i < kFigureEdgeCount; ++i)
            QCOMPARE(store.figureEdgeSeen(i), walked.figureEdges().count(i) == 1);
        for (const char* id :
            { "CLOSED-LISTEN", "CLOSED-SYN_SENT", "LISTEN-SYN_RECEIVED", "SYN_SENT-ESTABLISHED",
                "SYN_RECEIVED-ESTABLISHED", "ESTABLISHED-FIN_WAIT_1", "ESTABLISHED-CLOSE_WAIT", "FIN_WAIT_1-FIN_WAIT_2",
                "CLOSE_WAIT-LAST_ACK", "FIN_WAIT_2-TIME_WAIT", "LAST_ACK-CLOSED", "TIME_WAIT-CLOSED" })
            QVERIFY2(store.figureEdgeSeen(edgeIndex(id)), id);
        QVERIFY(!store.figureEdgeSeen(edgeIndex("LISTEN-SYN_SENT")));
        const int seen = store.figureEdgesSeen();
        QCOMPARE(seen, int(walked.figureEdges().size()));
        TransitionMapDialog& map = w.showTransitionMap();
        QVERIFY(map.findChild<QLabel*>(QStringLiteral("transitionMapCount"))
                    ->text()
                    .startsWith(QStringLiteral("%1 of 20 figure edges · ").arg(seen)));
        QCOMPARE(map.diagram().mapSeen(), walked.figureEdges());
        // Seen arrows carry a tick on their label; the others do not.
        map.resize(1180, 660);
        map.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const DiagramFrame& f = map.diagram().frame();
        for (int i = 0; i < kFigureEdgeCount; ++i)
            QCOMPARE(f.edges[std::size_t(i)].label.fullText.startsWith(QStringLiteral("✓ ")),
                walked.figureEdges().count(i) == 1);

        // Rewinding and playing again adds nothing; it is the same run.
        w.controller().seekTo(0);
        w.controller().runToEnd();
        QCOMPARE(store.figureEdgesSeen(), seen);
    }

    void storeSurvivesANewWindow()
    {
        int seen = 0;
        {
            MainWindow w;
            playToEnd(w, QStringLiteral("builtin:10-connection-refused"));
            seen = w.transitionMap().figureEdgesSeen();
            QVERIFY(seen > 0);
            QVERIFY(w.transitionMap().offFigureSeen(offIndex("reset-refused")));
        }
        QVERIFY(!QSettings().value(QLatin1String(TransitionMapStore::kSettingsKey)).toStringList().isEmpty());
        MainWindow again;
        QCOMPARE(again.transitionMap().figureEdgesSeen(), seen);
        QVERIFY(again.transitionMap().offFigureSeen(offIndex("reset-refused")));
        // What the next window runs is added to what the first one saw.
        playToEnd(again, QStringLiteral("builtin:17-abort"));
        QVERIFY(again.transitionMap().offFigureSeen(offIndex("abort")));
        QVERIFY(again.transitionMap().offFigureSeen(offIndex("reset-refused")));
    }

    // Each arrow and each row not yet seen offers a lesson, and that lesson really walks it.
    void unseenEdgeOffersALessonThatWalksIt()
    {
        MainWindow w;
        TransitionMapDialog& map = w.showTransitionMap();
        for (int i = 0; i < kFigureEdgeCount; ++i) {
            map.selectFigureEdge(i);
            const QString lesson = map.offeredLesson();
            QVERIFY2(!lesson.isEmpty(), figureEdges()[std::size_t(i)].id.data());
            const Scenario s = loadOrFail(QStringLiteral("builtin:") + lesson);
            TransitionCoverage coverage;
            runScenario(s, s.spec.runUntilUs, {}, { &coverage });
            QVERIFY2(coverage.figureEdges().count(i), qPrintable(lesson));
            QVERIFY(map.findChild<QPushButton*>(QStringLiteral("transitionMapOpenLesson"))->isEnabled());
        }
        for (int i = 0; i < int(offFigureTransitions().size()); ++i) {
            map.findChild<QTreeWidget*>(QStringLiteral("transitionMapList"))
                ->setCurrentItem(map.findChild<QTreeWidget*>(QStringLiteral("transitionMapList"))->topLevelItem(i));
            const QString lesson = map.offeredLesson();
            if (lesson.isEmpty())
                continue; // an extension no lesson shows; the offer says so
            const Scenario s = loadOrFail(QStringLiteral("builtin:") + lesson);
            TransitionCoverage coverage;
            runScenario(s, s.spec.runUntilUs, {}, { &coverage });
            QVERIFY2(coverage.offFigure().count(i), qPrintable(lesson));
        }

        // The example of the issue: SEND in LISTEN is walked in lesson 03b, and the button opens it.
        const int send = edgeIndex("LISTEN-SYN_SENT");
        map.selectFigureEdge(send);
        QCOMPARE(map.offeredLesson(), QStringLiteral("03b-listener-sends-first"));
        const QString offer = map.findChild<QLabel*>(QStringLiteral("transitionMapOffer"))->text();
        QVERIFY2(offer.contains(QStringLiteral("Walk it in lesson 03b — ")), qPrintable(offer));
        QCOMPARE(map.diagram().selectedMapEdge(), send);
        map.findChild<QPushButton*>(QStringLiteral("transitionMapOpenLesson"))->click();
        QCOMPARE(w.controller().source(), QStringLiteral("builtin:03b-listener-sends-first"));
        w.controller().runToEnd();
        QVERIFY(w.transitionMap().figureEdgeSeen(send));
    }

    // A click on an arrow of the map picks it.
    void clickOnAnArrowPicksIt()
    {
        MainWindow w;
        TransitionMapDialog& map = w.showTransitionMap();
        map.resize(1180, 660);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        StateDiagramView& view = map.diagram();
        const int edge = edgeIndex("SYN_SENT-CLOSED");
        const DiagramLabel& label = view.frame().edges[std::size_t(edge)].label;
        QVERIFY(label.shown);
        QTest::mouseClick(&view, Qt::LeftButton, {}, label.box.center().toPoint());
        QCOMPARE(view.selectedMapEdge(), edge);
        QCOMPARE(map.offeredLesson(), QStringLiteral("11d-connect-cancelled"));
    }

    void forgetStartsFromNothing()
    {
        MainWindow w;
        playToEnd(w, QStringLiteral("builtin:01-handshake-client-closes"));
        QVERIFY(w.transitionMap().figureEdgesSeen() > 0);
        TransitionMapDialog& map = w.showTransitionMap();
        // The button asks first; Cancel keeps everything.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        map.findChild<QPushButton*>(QStringLiteral("transitionMapForget"))->click();
        QVERIFY(w.transitionMap().figureEdgesSeen() > 0);
        answer(QMessageBox::Yes);
        map.findChild<QPushButton*>(QStringLiteral("transitionMapForget"))->click();
        QCOMPARE(w.transitionMap().figureEdgesSeen(), 0);
        QCOMPARE(w.transitionMap().offFigureSeen(), 0);
        QVERIFY(map.findChild<QLabel*>(QStringLiteral("transitionMapCount"))
                    ->text()
                    .startsWith(QStringLiteral("0 of 20 figure edges")));
        QVERIFY(map.diagram().mapSeen().empty());
        MainWindow again;
        QCOMPARE(again.transitionMap().figureEdgesSeen(), 0);
    }

    // At a projector's 1280x720 (the dialog as big as that screen leaves it), in both languages:
    // nothing cut, every arrow labelled; the pictures for the docs.
    void fitsAt1280x720_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("classroom");
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
        QTest::newRow("en classroom") << QStringLiteral("en") << true;
        QTest::newRow("zh_CN classroom") << QStringLiteral("zh_CN") << true;
    }

    void fitsAt1280x720()
    {
        QFETCH(QString, language);
        QFETCH(bool, classroom);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            w.applyClassroomLook(classroom); // large high-contrast text: the map must still fit
            for (const char* lesson : { "01-handshake-client-closes", "03-simultaneous-open", "04-simultaneous-close",
                     "10-connection-refused", "17-abort" })
                playToEnd(w, QStringLiteral("builtin:") + QLatin1String(lesson));
            TransitionMapDialog& map = w.showTransitionMap();
            map.setAttribute(Qt::WA_DontShowOnScreen); // the offscreen screen is only 800x600
            map.selectFigureEdge(edgeIndex("LISTEN-SYN_SENT"));
            map.resize(1180, 660);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            QVERIFY(map.minimumSizeHint().width() <= 1180);
            QVERIFY(map.minimumSizeHint().height() <= 660);
            QCOMPARE(map.size(), QSize(1180, 660));
            QVERIFY(QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR)));
            QVERIFY(screenshotOf(map).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/transition_map_%1%2.png")
                                               .arg(language, classroom ? QStringLiteral("_classroom") : QString())));
            const QStringList cut = clipped(map);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
            // Every row of the list in full: each of its lines fits the column.
            auto* list = map.findChild<QTreeWidget*>(QStringLiteral("transitionMapList"));
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                QTreeWidgetItem* item = list->topLevelItem(i);
                for (int c = 0; c < 2; ++c)
                    for (const QString& line : item->text(c).split(QLatin1Char('\n')))
                        QVERIFY2(list->fontMetrics().horizontalAdvance(line) <= list->columnWidth(c), qPrintable(line));
                QVERIFY(list->visualItemRect(item).height()
                    >= list->fontMetrics().lineSpacing() * (item->text(1).count(QLatin1Char('\n')) + 1));
            }
            const DiagramFrame& f = map.diagram().frame();
            for (const DiagramEdgePicture& e : f.edges)
                QVERIFY2(e.label.shown, qPrintable(e.label.fullText));
            QVERIFY(f.labelFont.pixelSize() >= 9);
            w.applyClassroomLook(false);
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    // The catalog's summaries are all translated (they are English in the core).
    void summariesAreTranslated()
    {
        LanguageSwitcher::instance().apply(QStringLiteral("zh_CN"));
        for (const OffFigureTransition& t : offFigureTransitions()) {
            const std::string summary(t.summary);
            QVERIFY2(QCoreApplication::translate("TransitionMap", summary.c_str()) != QString::fromStdString(summary),
                summary.c_str());
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTransitionMap)
#include "test_transition_map.moc"
