// What the user does by hand (a click on a segment, an application button, a fault rule, a
// parameter) is kept as scenario data: saved and reloaded, it replays the identical trace.
#include "fault_rule_dialog.h"
#include "gui_test_support.h"
#include "ladder_view.h"
#include "main_window.h"
#include "params_panel.h"
#include "scenario_loader.h"
#include "simulation_controller.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {
int countLines(const std::vector<std::string>& lines, const std::vector<std::string>& parts)
{
    int n = 0;
    for (const std::string& line : lines)
        n += std::all_of(
            parts.begin(), parts.end(), [&](const std::string& p) { return line.find(p) != std::string::npos; });
    return n;
}

// Saves the window's run as a scenario, then checks the core alone replays it line for line.
void saveAndReplay(MainWindow& w, const QString& path)
{
    const auto gui = linesOf(w.controller().records());
    QVERIFY(w.saveScenario(path));
    QVERIFY(!w.controller().isDirty());
    const LoadResult loaded = ScenarioLoader::fromFile(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    const auto replay = coreTrace(loaded.scenario, w.controller().now());
    QCOMPARE(replay.size(), gui.size());
    for (std::size_t i = 0; i < gui.size(); ++i)
        QCOMPARE(QString::fromStdString(replay[i]), QString::fromStdString(gui[i]));
    // And the window itself, reopening the file, shows the same run.
    MainWindow again;
    QVERIFY(again.openScenario(path, false));
    again.controller().advanceTo(w.controller().now());
    QCOMPARE(linesOf(again.controller().records()), gui);
}
} // namespace

class TestHandEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void clickASegmentInFlightAndDropIt()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(35)); // the SYN (segment 1) is half-way across
        const auto tip = w.ladder().segmentTip(1);
        QVERIFY(tip.has_value());
        QTest::mouseClick(&w.ladder(), Qt::LeftButton, {}, tip->toPoint());
        QMenu& menu = w.segmentMenu();
        QVERIFY(menu.isVisible());
        auto* drop = menu.findChild<QAction*>(QStringLiteral("dropSegment"));
        QVERIFY(drop);
        drop->trigger();
        menu.hide();
        QVERIFY(w.controller().isDirty());
        w.controller().runToEnd();

        const auto lines = linesOf(w.controller().records());
        QCOMPARE(countLines(lines, { "\"ev\":\"drop\"", "\"id\":1,", "\"reason\":\"fault\"" }), 1);
        // The retransmission appears: the same SYN again, one RTO (1 s) later.
        QCOMPARE(countLines(lines, { "\"ev\":\"send\"", "\"peer\":\"client\"", "\"flags\":\"SYN\",\"seq\":1000" }), 2);
        QCOMPARE(countLines(lines, { "{\"t_us\":1010000,\"ev\":\"send\"", "\"flags\":\"SYN\"" }), 1);
        const auto& entries = w.ladder().entries();
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const LadderView::Entry& e) {
            return e.id == 1 && e.fate == LadderView::Fate::Dropped && e.reason == DropReason::Fault;
        }));

        QTemporaryDir dir;
        saveAndReplay(w, dir.filePath(QStringLiteral("dropped-syn.json")));
    }

    void applicationButtonsAreReplayed()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(300));
        auto* send = w.findChild<QPushButton*>(QStringLiteral("serverControls_send"));
        QVERIFY(send);
        QTest::mouseClick(send, Qt::LeftButton);
        w.controller().runToEnd();
        const auto lines = linesOf(w.controller().records());
        QCOMPARE(countLines(lines, { "\"ev\":\"send\"", "\"peer\":\"server\"", "\"len\":100," }), 1);
        QCOMPARE(countLines(lines, { "\"ev\":\"app\"", "\"peer\":\"client\"", "\"bytes\":100" }), 1);
        QTemporaryDir dir;
        saveAndReplay(w, dir.filePath(QStringLiteral("server-sends.json")));
    }

    void faultRuleFromTheDialog()
    {
        FaultRuleDialog dialog;
        dialog.findChild<QComboBox*>(QStringLiteral("peerBox"))->setCurrentIndex(0);
        dialog.findChild<QComboBox*>(QStringLiteral("matchBox"))->setCurrentText(QStringLiteral("ACK"));
        dialog.findChild<QSpinBox*>(QStringLiteral("nthBox"))->setValue(3);
        const FaultSpec rule = dialog.rule();
        QCOMPARE(rule.match, SegmentClass::PureAck);
        QCOMPARE(rule.nth, 3);
        QCOMPARE(rule.action, FaultAction::Drop);

        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().addFaultRule(rule);
        w.controller().runToEnd();
        const auto lines = linesOf(w.controller().records());
        // The client's 3rd pure ACK is the last ACK of the close: the server resends its FIN.
        QCOMPARE(countLines(lines, { "\"ev\":\"drop\"", "\"reason\":\"fault\"" }), 1);
        QVERIFY(countLines(lines, { "\"ev\":\"send\"", "\"peer\":\"server\"", "\"flags\":\"ACK|FIN\"" }) >= 2);
        QTemporaryDir dir;
        saveAndReplay(w, dir.filePath(QStringLiteral("lost-last-ack.json")));
    }

    void parametersApplyAtTheNextReset()
    {
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        QVERIFY(w.paramsPanel().setValue("msl_ms", "1000"));
        QCOMPARE(w.controller().params().msl_ms, 120'000); // the run on screen is unchanged
        QCOMPARE(w.paramsPanel().overrides().count("msl_ms"), std::size_t(1));
        w.findChild<QAction*>(QStringLiteral("actionReset"))->trigger();
        QCOMPARE(w.controller().params().msl_ms, 1000);
        w.controller().runToEnd();
        const auto lines = linesOf(w.controller().records());
        // TIME_WAIT = 2×MSL = 2 s after entering it at 630 ms.
        QCOMPARE(countLines(lines, { "{\"t_us\":2630000,\"ev\":\"timer\"", "\"TIME_WAIT\"", "\"fire\"" }), 1);
        QTemporaryDir dir;
        saveAndReplay(w, dir.filePath(QStringLiteral("short-msl.json")));
    }

    void segmentClicksOnlyHitSegmentsInFlight()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(200)); // segment 1 arrived long ago
        const auto tip = w.ladder().segmentTip(1);
        QVERIFY(tip.has_value());
        QTest::mouseClick(&w.ladder(), Qt::LeftButton, {}, tip->toPoint());
        QVERIFY(!w.segmentMenu().isVisible());
        QVERIFY(!w.controller().isDirty());
    }
};

QTEST_MAIN(TestHandEdits)
#include "test_hand_edits.moc"
