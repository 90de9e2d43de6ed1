// The window's look beyond the run itself: the Explorer and Help within reach, the pictures the
// views cache kept fresh, a state's tooltip, the ladder's marks, classroom mode and the theme.
#include "event_explainer.h"
#include "gui_test_support.h"
#include "ladder_view.h"
#include "main_window.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"
#include "view_theme.h"

#include <QAction>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>

using namespace tcplab;
using namespace tcplab::testing;

class TestWindowLook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void explorerAndHelpAreInTheWindow()
    {
        MainWindow w;
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("modeTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(
            QString::fromLatin1(tabs->widget(1)->metaObject()->className()), QStringLiteral("tcplab::ExplorerTab"));
        auto* help = w.findChild<QAction*>(QStringLiteral("actionHelp"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
    }

    void cachedPicturesFollowTheRun_data()
    {
        QTest::addColumn<QString>("scenario");
        // Strays, drops and expired copies; a TIME_WAIT taken over (a transition off the RFC
        // figure, drawn dashed with its cause); an abort ending both sides off the figure.
        QTest::newRow("06b") << QStringLiteral("builtin:06b-old-duplicate-short-time-wait");
        QTest::newRow("13a") << QStringLiteral("builtin:13a-tw-reuse-on");
        QTest::newRow("17") << QStringLiteral("builtin:17-abort");
    }

    void cachedPicturesFollowTheRun()
    {
        // The views keep pictures of what does not move; each must change exactly when what it
        // shows does: checked after every step of the run, then scrolled back to the top.
        QFETCH(QString, scenario);
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openScenario(scenario, false));
        for (int step = 0; step < 400 && !w.controller().atEnd(); ++step) {
            w.controller().stepEvent();
            for (Peer peer : { Peer::Client, Peer::Server })
                w.diagram(peer).finishAnimation();
            QString which;
            QVERIFY2(cachesAreFresh(w, &which),
                qPrintable(QStringLiteral("%1 at %2").arg(which, EventExplainer::formatTime(w.controller().now()))));
        }
        QVERIFY(w.controller().atEnd()); // every step of the run was checked
        auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("ladderScroll"));
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(0);
        QString which;
        QVERIFY2(cachesAreFresh(w, &which), qPrintable(which + QStringLiteral(" after scrolling up")));
    }

    void hoveringAStateExplainsIt()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StateDiagramView& d = w.diagram(Peer::Client);
        QTest::mouseMove(&d, d.nodeCenter(10).toPoint()); // TIME_WAIT
        QVERIFY2(QToolTip::text().contains(QStringLiteral("2×MSL")), qPrintable(QToolTip::text()));
    }

    void ladderMarksDuplicatesStraysAndExpiredSegments()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("builtin:06b-old-duplicate-short-time-wait"), false));
        w.controller().runToEnd();
        const auto& e = w.ladder().entries();
        QVERIFY(std::any_of(
            e.begin(), e.end(), [](const LadderView::Entry& x) { return x.stray && x.segment.copyOf != 0; }));
        QVERIFY(w.openScenario(QStringLiteral("builtin:06c-old-duplicate-expires"), false));
        w.controller().runToEnd();
        const auto& f = w.ladder().entries();
        QVERIFY(std::any_of(f.begin(), f.end(), [](const LadderView::Entry& x) {
            return x.fate == LadderView::Fate::Dropped && x.reason == DropReason::Expired;
        }));
    }

    void classroomModeEnlargesAndContrasts()
    {
        MainWindow w;
        w.setClassroomMode(true);
        QVERIFY(ViewTheme::current().highContrast);
        QVERIFY(ViewTheme::current().fontScale > 1.0);
        w.setClassroomMode(false);
        QVERIFY(!ViewTheme::current().highContrast);
    }

    void themeFollowsTheDarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        const ViewTheme t = ViewTheme::fromPalette(dark, false);
        QVERIFY(t.dark);
        QVERIFY(t.background.lightness() < 60);
        QVERIFY(t.text.lightness() > 180);
        const ViewTheme contrast = ViewTheme::fromPalette(dark, true);
        QCOMPARE(contrast.background, QColor(Qt::black));
        QCOMPARE(contrast.text, QColor(Qt::white));
    }
};

QTEST_MAIN(TestWindowLook)
#include "test_window_look.moc"
