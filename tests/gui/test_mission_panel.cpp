// A mission in the window (issue 16): listed under "Missions", opened with its panel; the goal is
// checked while the run plays and at its end; the solution's change made in the Parameters dock
// meets it; hints come one at a time; "Give up" explains; what the mission does not allow is locked.
#include "gui_test_support.h"
#include "language_switcher.h"
#include "main_window.h"
#include "mission_check.h"
#include "mission_panel.h"
#include "params_panel.h"
#include "scenario_library.h"
#include "scenario_loader.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

const QString kMission = QStringLiteral("mission:01-let-an-old-duplicate-in");

void reset(MainWindow& w)
{
    w.findChild<QAction*>(QStringLiteral("actionReset"))->trigger();
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// The mission in classroom mode at a projector's 1280x720 (the offscreen screen would clamp the
// window to 800x600 were it shown on it).
void showInClassroom(MainWindow& w)
{
    w.setAttribute(Qt::WA_DontShowOnScreen);
    QVERIFY(w.openScenario(kMission, false));
    w.applyClassroomLook(true);
    w.resize(1280, 720);
    w.show();
}

} // namespace

class TestMissionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void libraryListsTheMissionsInTheirSection()
    {
        ScenarioLibrary library;
        auto* tree = library.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        QVERIFY(tree);
        QTreeWidgetItem* heading = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(ScenarioLibrary::NumberColumn) == QStringLiteral("Missions"))
                heading = tree->topLevelItem(i);
        QVERIFY(heading);
        QCOMPARE(heading->childCount(), int(ScenarioLoader::missionNames().size()));
        QCOMPARE(library.missionCount(), heading->childCount());
        QCOMPARE(
            heading->child(0)->data(ScenarioLibrary::NumberColumn, ScenarioLibrary::SpecRole).toString(), kMission);
        QCOMPARE(heading->child(0)->text(ScenarioLibrary::NumberColumn), QStringLiteral("M1"));
        // Opening it from the library is opening the mission.
        QSignalSpy opened(&library, &ScenarioLibrary::openRequested);
        tree->setCurrentItem(heading->child(0));
        library.findChild<QPushButton*>(QStringLiteral("openScenario"))->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), kMission);
    }

    void openNotMetThenTheSolutionsChangeMeetsIt()
    {
        MainWindow w;
        QVERIFY(w.openScenario(kMission, false));
        MissionPanel& panel = w.missionPanel();
        QVERIFY(panel.hasMission());
        QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("missionDock"))->isHidden());
        QVERIFY(labelText(w, "missionGoal").contains(QStringLiteral("GET /old-page")));
        QVERIFY(labelText(w, "missionMayChange").contains(QStringLiteral("time_wait_ms")));
        // While it plays: checked so far, not yet decided.
        w.controller().advanceTo(msToUs(500));
        QCOMPARE(panel.verdict(), MissionPanel::Verdict::Playing);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Not yet: ")), qPrintable(panel.statusText()));
        w.controller().runToEnd();
        QCOMPARE(panel.verdict(), MissionPanel::Verdict::NotMet);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Goal not met: ")), qPrintable(panel.statusText()));
        QVERIFY(panel.explanationText().isEmpty());

        // Only what may_change allows is open in the Parameters dock.
        ParamsPanel& params = w.paramsPanel();
        QVERIFY(params.isLocked("msl_ms"));
        QVERIFY(!params.isLocked("time_wait_ms"));
        QVERIFY(!w.findChild<QLineEdit*>(QStringLiteral("param_msl_ms"))->isEnabled());
        QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("param_time_wait_ms"))->isEnabled());
        QVERIFY(!w.findChild<QComboBox*>(QStringLiteral("profileBox"))->isEnabled());

        // The solution's change, made as the student makes it; it applies at the reset.
        const Scenario solution = loadOrFail(kMission + QStringLiteral(".solution"));
        const Scenario mission = loadOrFail(kMission);
        QCOMPARE(scenarioChanges(mission, solution), std::vector<std::string> { "params.time_wait_ms" });
        QVERIFY(params.setValue("time_wait_ms", paramValueText(solution.spec.params, "time_wait_ms")));
        reset(w);
        QVERIFY(w.missionPanel().disallowed().empty());
        w.controller().runToEnd();
        QCOMPARE(panel.verdict(), MissionPanel::Verdict::Met);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Goal met ✓")), qPrintable(panel.statusText()));
        QVERIFY(panel.explanationText().contains(QStringLiteral("2×MSL")));
        // A rewind plays it again: not decided before the end.
        w.controller().seekTo(msToUs(100));
        QCOMPARE(panel.verdict(), MissionPanel::Verdict::Playing);
    }

    void aChangeTheMissionDoesNotAllowIsNamed()
    {
        MainWindow w;
        QVERIFY(w.openScenario(kMission, false));
        w.controller().setPendingParams("rfc9293", { { "msl_ms", "1000" }, { "time_wait_ms", "1000" } });
        reset(w);
        QCOMPARE(w.missionPanel().disallowed(), std::vector<std::string> { "params.msl_ms" });
        QVERIFY(labelText(w, "missionWarning").contains(QStringLiteral("params.msl_ms")));
        w.controller().runToEnd();
        QCOMPARE(w.missionPanel().verdict(), MissionPanel::Verdict::NotMet);
    }

    void hintsOneAtATimeAndGiveUpExplains()
    {
        MainWindow w;
        QVERIFY(w.openScenario(kMission, false));
        MissionPanel& panel = w.missionPanel();
        QCOMPARE(panel.hintCount(), 3);
        auto* hint = w.findChild<QPushButton*>(QStringLiteral("missionHintButton"));
        QVERIFY(hint && hint->isEnabled());
        QCOMPARE(hint->text(), QStringLiteral("Show a hint"));
        hint->click();
        QCOMPARE(panel.hintsShown(), 1);
        QVERIFY(labelText(w, "missionHint").contains(QStringLiteral("Hint 1 of 3")));
        QVERIFY(!labelText(w, "missionHint").contains(QStringLiteral("Hint 2 of 3")));
        QCOMPARE(hint->text(), QStringLiteral("Next hint"));
        hint->click();
        hint->click();
        QVERIFY(labelText(w, "missionHint").contains(QStringLiteral("Hint 3 of 3")));
        QVERIFY(!hint->isEnabled()); // no fourth
        hint->click();
        QCOMPARE(panel.hintsShown(), 3);

        QVERIFY(panel.explanationText().isEmpty());
        w.findChild<QPushButton*>(QStringLiteral("missionGiveUp"))->click();
        QVERIFY(panel.gaveUp());
        const QString explained = panel.explanationText();
        QVERIFY2(explained.contains(QStringLiteral("RFC 9293 §3.6.1")), qPrintable(explained));
        // And what a solution changes.
        QVERIFY2(explained.contains(QStringLiteral("time_wait_ms = 1000")), qPrintable(explained));
    }

    void anImpossibleMissionExplainsWhy()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral("mission:09-old-duplicate-despite-2msl"), false));
        w.controller().runToEnd();
        QCOMPARE(w.missionPanel().verdict(), MissionPanel::Verdict::NotMet);
        w.missionPanel().giveUp();
        QVERIFY(w.missionPanel().explanationText().contains(QStringLiteral("Why it cannot be done")));
        QVERIFY(w.missionPanel().explanationText().contains(QStringLiteral("cannot be done")));
    }

    void aLessonHasNoMissionPanel()
    {
        MainWindow w;
        QVERIFY(w.openScenario(kMission, false));
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        QVERIFY(!w.missionPanel().hasMission());
        QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("missionDock"))->isHidden());
        QVERIFY(!w.paramsPanel().isLocked("msl_ms"));
    }

    // In classroom mode at 1280x720, in both languages, the Mission dock is a one-line strip: the
    // verdict with the first rule that does not hold, whole; the state names keep the 14 px the
    // back row needs (test_true_pictures' classroom goal), painted with the mission open. F10
    // opens the whole panel and closes it again.
    void classroomStripKeepsTheDiagramsReadable_data() { addLanguageRows(); }
    void classroomStripKeepsTheDiagramsReadable()
    {
        QFETCH(QString, language);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            showInClassroom(w);
            w.controller().advanceTo(msToUs(2000));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            MissionPanel& panel = w.missionPanel();
            QVERIFY(panel.isCompact());
            // The strip stays above the status bar: nothing of either is covered.
            auto* dock = w.findChild<QDockWidget*>(QStringLiteral("missionDock"));
            QVERIFY(dock->mapTo(&w, QPoint(0, dock->height())).y() <= w.statusBar()->mapTo(&w, QPoint(0, 0)).y());
            auto* status = panel.findChild<QLabel*>(QStringLiteral("missionStatus"));
            QVERIFY(status->isVisible());
            QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("missionGoal"))->isVisible());
            QVERIFY2(status->height() >= status->heightForWidth(status->width()), qPrintable(status->text()));
            QVERIFY(w.rect().contains(QRect(status->mapTo(&w, QPoint(0, 0)), status->size())));
            for (Peer peer : { Peer::Client, Peer::Server }) {
                StateDiagramView& d = w.diagram(peer);
                d.finishAnimation();
                d.grab(); // painted: the frame holds the fonts it drew with
                QVERIFY2(d.frame().nodeFont.pixelSize() >= 14,
                    qPrintable(QStringLiteral("state names %1 px in a diagram of %2x%3")
                                   .arg(d.frame().nodeFont.pixelSize())
                                   .arg(d.width())
                                   .arg(d.height())));
            }
            const QString dir = QStringLiteral(TCPLAB_SCREENSHOT_DIR);
            QDir().mkpath(dir);
            QVERIFY(screenshotOf(w).save(dir + QStringLiteral("/mission_strip_%1.png").arg(language)));
            auto* full = w.findChild<QAction*>(QStringLiteral("actionMissionInFull"));
            QCOMPARE(full->shortcut(), QKeySequence(Qt::Key_F10));
            full->trigger();
            QVERIFY(!panel.isCompact());
            QVERIFY(panel.findChild<QLabel*>(QStringLiteral("missionGoal"))->isVisible());
            full->trigger();
            QVERIFY(panel.isCompact());
            w.applyClassroomLook(false); // out of classroom mode the whole panel is back
            QVERIFY(!panel.isCompact());
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    // With the whole panel open (F10) in classroom mode at 1280x720, in both languages: the panel
    // is in view and nothing of it is cut (its buttons as wide as they need, its text wrapped inside the window). The
    // pictures are docs/screenshots/mission_en.png and mission_zh_CN.png.
    void fitsTheClassroomScreen_data() { addLanguageRows(); }
    void fitsTheClassroomScreen()
    {
        QFETCH(QString, language);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            showInClassroom(w);
            w.findChild<QAction*>(QStringLiteral("actionMissionInFull"))->trigger(); // F10: the whole panel
            w.missionPanel().showNextHint();
            w.controller().advanceTo(msToUs(2180));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            QCOMPARE(w.size(), QSize(1280, 720));
            auto* dock = w.findChild<QDockWidget*>(QStringLiteral("missionDock"));
            QVERIFY(dock->isVisible());
            const QRect inWindow(dock->mapTo(&w, QPoint(0, 0)), dock->size());
            QVERIFY2(w.rect().contains(inWindow),
                qPrintable(QStringLiteral("%1,%2 %3x%4")
                               .arg(inWindow.x())
                               .arg(inWindow.y())
                               .arg(inWindow.width())
                               .arg(inWindow.height())));
            for (auto* b : w.missionPanel().findChildren<QPushButton*>())
                QVERIFY2(b->width() + 1 >= b->sizeHint().width(), qPrintable(b->text()));
            // The diagrams keep room to be read.
            QVERIFY2(
                w.diagram(Peer::Client).height() >= 200, qPrintable(QString::number(w.diagram(Peer::Client).height())));
            const QString dir = QStringLiteral(TCPLAB_SCREENSHOT_DIR);
            QDir().mkpath(dir);
            QVERIFY(screenshotOf(w).save(dir + QStringLiteral("/mission_%1.png").arg(language)));
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMissionPanel)
#include "test_mission_panel.moc"
