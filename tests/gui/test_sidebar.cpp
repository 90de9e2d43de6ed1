// The sidebar's widgets, each on its own at the size it has in the window:
// the scenario library (numbered, grouped by lesson, in lesson order, titles in full), the
// parameters' MSL slider (value, TIME_WAIT, the undeliverable warning) and the question before
// a profile switch discards edits (the help window: test_help_window.cpp).
#include "gui_test_support.h"
#include "params_panel.h"
#include "scenario_library.h"
#include "scenario_loader.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

// The dock's width at 1280×720 is about 260-320 px.
constexpr int kDockWidth = 280;

// Lesson order written out independently of the library: the number, then the variant letter.
bool lessonOrder(const QString& a, const QString& b)
{
    auto key = [](const QString& name) {
        qsizetype digits = 0;
        while (digits < name.size() && name.at(digits).isDigit())
            ++digits;
        return std::make_pair(name.left(digits).toInt(), name.mid(digits));
    };
    return key(a) < key(b);
}

// The lessons listed (the missions' section is test_mission_panel's).
QList<QTreeWidgetItem*> scenarioItems(QTreeWidget& tree)
{
    QList<QTreeWidgetItem*> out;
    for (QTreeWidgetItemIterator it(&tree); *it; ++it)
        if ((*it)
                ->data(ScenarioLibrary::NumberColumn, ScenarioLibrary::SpecRole)
                .toString()
                .startsWith(QStringLiteral("builtin:")))
            out << *it;
    return out;
}

QTreeWidgetItem* itemNumbered(QTreeWidget& tree, const QString& number)
{
    for (QTreeWidgetItem* item : scenarioItems(tree))
        if (item->text(ScenarioLibrary::NumberColumn) == number)
            return item;
    return nullptr;
}

QString englishTitle(const QString& spec)
{
    return QString::fromStdString(loadOrFail(spec).title.en);
}

} // namespace

class TestSidebar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void libraryListsEveryLessonInLessonOrder()
    {
        ScenarioLibrary library;
        library.resize(kDockWidth, 700);
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        auto* tree = library.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        QVERIFY(tree);

        QStringList expected = ScenarioLoader::builtinNames();
        std::sort(expected.begin(), expected.end(), lessonOrder);
        QCOMPARE(expected.size(), 42);
        QCOMPARE(library.count(), 42);
        QStringList listed;
        for (QTreeWidgetItem* item : scenarioItems(*tree))
            listed << item->data(ScenarioLibrary::NumberColumn, ScenarioLibrary::SpecRole).toString();
        QStringList expectedSpecs;
        for (const QString& name : expected)
            expectedSpecs << QStringLiteral("builtin:") + name;
        QCOMPARE(listed, expectedSpecs);

        // Numbered as the files are, and grouped: a lesson with variants is one heading with its
        // variants under it; a lesson of one scenario is a row of its own.
        for (QTreeWidgetItem* item : scenarioItems(*tree)) {
            const QString name = item->toolTip(ScenarioLibrary::NumberColumn);
            const QString number = item->text(ScenarioLibrary::NumberColumn);
            QVERIFY2(name.startsWith(number + QLatin1Char('-')), qPrintable(name));
            const QString lesson = number.left(2);
            const auto variants = std::count_if(
                expected.begin(), expected.end(), [&](const QString& n) { return n.startsWith(lesson); });
            if (variants > 1) {
                QVERIFY2(item->parent(), qPrintable(number));
                QCOMPARE(item->parent()->childCount(), int(variants));
                QVERIFY(item->parent()->text(0).contains(lesson));
                QVERIFY(!(item->parent()->flags() & Qt::ItemIsSelectable));
            } else {
                QVERIFY2(!item->parent(), qPrintable(number));
            }
        }
        QCOMPARE(
            itemNumbered(*tree, QStringLiteral("05b"))->parent()->text(0), QStringLiteral("Lesson 05 · 2 variants"));
        QCOMPARE(itemNumbered(*tree, QStringLiteral("09d"))->parent()->childCount(), 7);
        QCOMPARE(tree->topLevelItemCount(), 17 + 1); // and the heading of the missions' section

        // Every title in full: the item's text is the whole title, wrapped, and its row is as
        // tall as the wrapped text needs at this width (two lines or more for the long ones).
        QVERIFY(tree->wordWrap());
        QCOMPARE(tree->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
        const int textWidth = tree->columnWidth(ScenarioLibrary::TitleColumn) - 2 * margin;
        QVERIFY2(textWidth > 120 && tree->columnWidth(ScenarioLibrary::NumberColumn) < 80,
            qPrintable(QStringLiteral("%1 %2").arg(textWidth).arg(tree->columnWidth(0))));
        const QFontMetrics metrics(tree->font());
        int wrapped = 0;
        for (QTreeWidgetItem* item : scenarioItems(*tree)) {
            const QString spec = item->data(ScenarioLibrary::NumberColumn, ScenarioLibrary::SpecRole).toString();
            QCOMPARE(item->text(ScenarioLibrary::TitleColumn), englishTitle(spec));
            const QRect needed = metrics.boundingRect(
                QRect(0, 0, textWidth, 10'000), Qt::TextWordWrap, item->text(ScenarioLibrary::TitleColumn));
            const QRect row = tree->visualItemRect(item);
            QVERIFY2(row.height() >= needed.height(),
                qPrintable(
                    QStringLiteral("%1: row %2 px, text %3 px").arg(spec).arg(row.height()).arg(needed.height())));
            if (needed.height() > metrics.height())
                ++wrapped;
        }
        QVERIFY2(wrapped >= 10, qPrintable(QString::number(wrapped))); // the test does test wrapping
        savePicture(library, QStringLiteral("sidebar_library.png"));
    }

    void activatingAScenarioOpensIt()
    {
        ScenarioLibrary library;
        library.resize(kDockWidth, 700);
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        auto* tree = library.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        auto* open = library.findChild<QPushButton*>(QStringLiteral("openScenario"));
        auto* summary = library.findChild<QTextBrowser*>(QStringLiteral("scenarioSummary"));
        QVERIFY(tree && open && summary);
        QSignalSpy requested(&library, &ScenarioLibrary::openRequested);

        // Enter on the current item.
        tree->setFocus();
        tree->setCurrentItem(itemNumbered(*tree, QStringLiteral("05b")));
        QVERIFY(summary->toPlainText().contains(
            englishTitle(QStringLiteral("builtin:05b-lost-last-ack-without-time-wait"))));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().at(0).toString(), QStringLiteral("builtin:05b-lost-last-ack-without-time-wait"));

        // A double click on a row.
        QTreeWidgetItem* item = itemNumbered(*tree, QStringLiteral("09c"));
        tree->scrollToItem(item);
        const QPoint at = tree->visualItemRect(item).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().at(0).toString(), QStringLiteral("builtin:09c-keepalive-no-answer"));

        // The button opens what setCurrent() chose.
        library.setCurrent(QStringLiteral("builtin:17-abort"));
        QCOMPARE(library.currentSpec(), QStringLiteral("builtin:17-abort"));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().at(0).toString(), QStringLiteral("builtin:17-abort"));

        // A lesson heading is not a scenario: Enter opens nothing and the button is off.
        tree->setCurrentItem(itemNumbered(*tree, QStringLiteral("06a"))->parent());
        QVERIFY(library.currentSpec().isEmpty());
        QVERIFY(!open->isEnabled());
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(requested.size(), 0);

        // A file that is not built in: nothing is selected.
        library.setCurrent(QStringLiteral("builtin:06c-old-duplicate-expires"));
        QVERIFY(tree->currentItem()->isSelected());
        library.setCurrent(QStringLiteral("/tmp/mine.json"));
        QVERIFY(tree->selectedItems().isEmpty());
        // Nothing open yet (the window at start): nothing chosen, not a lesson heading either.
        library.setCurrent(QStringLiteral("builtin:01-handshake-client-closes"));
        library.setCurrent(QString());
        QVERIFY(tree->selectedItems().isEmpty());
        QCOMPARE(library.currentSpec(), QStringLiteral("builtin:01-handshake-client-closes"));
    }

    void theOpenScenarioIsInViewWhenShown()
    {
        // The window opens its scenario before it is shown, and a file that is no lesson after.
        ScenarioLibrary library;
        library.resize(kDockWidth, 500);
        library.setCurrent(QStringLiteral("builtin:03-simultaneous-open"));
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        auto* tree = library.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        QCOMPARE(tree->verticalScrollBar()->value(), 0); // 01 and 02 above it stay in view
        library.setCurrent(QStringLiteral("builtin:16b-tw-recycle-off-nat-works"));
        const QRect row = tree->visualItemRect(tree->currentItem());
        // In view (QTreeView's scrollTo may leave the row's last pixel line below the edge).
        QVERIFY2(tree->viewport()->rect().intersected(row).height() >= row.height() - 1,
            qPrintable(QStringLiteral("row %1..%2, view %3")
                           .arg(row.top())
                           .arg(row.bottom())
                           .arg(tree->viewport()->height())));
    }

    void libraryFollowsTheLanguage()
    {
        ScenarioLibrary library;
        library.resize(kDockWidth, 700);
        library.show();
        auto* tree = library.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        library.setCurrent(QStringLiteral("builtin:13b-tw-reuse-off"));
        tree->topLevelItem(0)->setExpanded(true);
        itemNumbered(*tree, QStringLiteral("05a"))->parent()->setExpanded(false);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        sendLanguageChange(library);
        const QString chinese
            = QString::fromStdString(loadOrFail(QStringLiteral("builtin:13b-tw-reuse-off")).title.zh_CN);
        QCOMPARE(tree->currentItem()->text(ScenarioLibrary::TitleColumn), chinese);
        QCOMPARE(library.currentSpec(), QStringLiteral("builtin:13b-tw-reuse-off"));
        QVERIFY(!itemNumbered(*tree, QStringLiteral("05a"))->parent()->isExpanded());
        QCOMPARE(library.count(), 42);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        sendLanguageChange(library);
        QCOMPARE(tree->currentItem()->text(ScenarioLibrary::TitleColumn), englishTitle(library.currentSpec()));
    }

    void mslSliderSaysWhatTimeWaitBecomes()
    {
        ParamsPanel panel;
        panel.resize(kDockWidth, 1000);
        panel.load("rfc9293", *profileDefaults("rfc9293"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* slider = panel.findChild<QSlider*>(QStringLiteral("mslSlider"));
        auto* field = panel.findChild<QLineEdit*>(QStringLiteral("param_msl_ms"));
        QVERIFY(slider && field);
        auto value = [&panel] { return labelText(panel, "mslValue"); };
        QCOMPARE(value(), QStringLiteral("MSL 120 s → TIME_WAIT 240 s (2×MSL)"));

        // A stop per key press: 120 s → 60 s → 30 s, never a jump to milliseconds.
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(field->text(), QStringLiteral("60000"));
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(field->text(), QStringLiteral("30000"));
        QCOMPARE(value(), QStringLiteral("MSL 30 s → TIME_WAIT 60 s (2×MSL)"));
        QCOMPARE(panel.overrides().at("msl_ms"), std::string("30000"));
        QCOMPARE(ParamsPanel::mslStopsMs().front(), std::int64_t(10));
        QCOMPARE(ParamsPanel::mslStopsMs().back(), std::int64_t(600'000));

        // A fixed TIME_WAIT: the profile's (Linux, whatever MSL is), or an edit of time_wait_ms.
        QVERIFY(panel.setValue("time_wait_ms", "1000"));
        QCOMPARE(value(), QStringLiteral("MSL 30 s → TIME_WAIT 1 s (fixed by time_wait_ms)"));
        panel.load("linux", *profileDefaults("linux"));
        QCOMPARE(value(), QStringLiteral("MSL 30 s → TIME_WAIT 60 s (fixed by the linux profile, whatever MSL is)"));
        QVERIFY(panel.setValue("msl_ms", "120000"));
        QCOMPARE(value(), QStringLiteral("MSL 120 s → TIME_WAIT 60 s (fixed by the linux profile, whatever MSL is)"));
        savePicture(panel, QStringLiteral("sidebar_params.png"));
    }

    void mslBelowTheDelayIsFlagged()
    {
        ParamsPanel panel;
        panel.resize(kDockWidth, 1000);
        panel.load("rfc9293", *profileDefaults("rfc9293")); // one-way delay 50 ms
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* slider = panel.findChild<QSlider*>(QStringLiteral("mslSlider"));
        auto* field = panel.findChild<QLineEdit*>(QStringLiteral("param_msl_ms"));
        auto* warningLabel = panel.findChild<QLabel*>(QStringLiteral("mslWarning"));
        QVERIFY(warningLabel);
        QLabel& warning = *warningLabel;
        QVERIFY(!warning.isVisibleTo(&panel));

        slider->setValue(1); // the 20 ms stop
        QCOMPARE(field->text(), QStringLiteral("20"));
        QVERIFY(warning.isVisibleTo(&panel));
        QVERIFY2(warning.text().contains(QStringLiteral("20 ms")) && warning.text().contains(QStringLiteral("50 ms")),
            qPrintable(warning.text()));
        QVERIFY2(warning.toolTip().contains(QStringLiteral("older than MSL")), qPrintable(warning.toolTip()));
        QVERIFY(!field->styleSheet().isEmpty());
        QCOMPARE(field->toolTip(), warning.toolTip());
        savePicture(panel, QStringLiteral("sidebar_params_warning.png"));

        // A segment as slow as MSL still arrives (it dies only when older than MSL).
        QVERIFY(panel.setValue("msl_ms", "50"));
        QVERIFY(!warning.isVisibleTo(&panel));
        QVERIFY(field->styleSheet().isEmpty());
        // A longer delay makes the same MSL undeliverable.
        QVERIFY(panel.setValue("delay_ms", "100"));
        QVERIFY(warning.isVisibleTo(&panel));
        QVERIFY(warning.text().contains(QStringLiteral("100 ms")));
    }

    void profileSwitchAsksBeforeDiscardingEdits()
    {
        ParamsPanel panel;
        panel.load("rfc9293", *profileDefaults("rfc9293"));
        auto* box = panel.findChild<QComboBox*>(QStringLiteral("profileBox"));
        auto* field = panel.findChild<QLineEdit*>(QStringLiteral("param_msl_ms"));
        QVERIFY(box && field);
        QList<ParamsPanel::ProfileSwitch> asked;
        ParamsPanel::KeepEdits answer = ParamsPanel::KeepEdits::Keep;
        panel.setAskKeepEdits([&](const ParamsPanel::ProfileSwitch& change) {
            asked << change;
            return answer;
        });
        QSignalSpy edited(&panel, &ParamsPanel::edited);
        auto text = [&panel](const char* key) {
            return panel.findChild<QLineEdit*>(QStringLiteral("param_") + QLatin1String(key))->text();
        };

        // No edits: nothing to ask, the new profile's values.
        box->setCurrentText(QStringLiteral("linux"));
        QVERIFY(asked.isEmpty());
        QCOMPARE(field->text(), QStringLiteral("30000"));
        QVERIFY(panel.overrides().empty());

        // Keep my edited values: the edits stay, everything else is the new profile's.
        QVERIFY(panel.setValue("msl_ms", "5000"));
        QVERIFY(panel.setValue("delay_ms", "20"));
        edited.clear();
        box->setCurrentText(QStringLiteral("windows"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().from, QStringLiteral("linux"));
        QCOMPARE(asked.first().to, QStringLiteral("windows"));
        QCOMPARE(asked.first().editedKeys, QStringList({ QStringLiteral("delay_ms"), QStringLiteral("msl_ms") }));
        QCOMPARE(panel.profile(), std::string("windows"));
        QCOMPARE(field->text(), QStringLiteral("5000"));
        QCOMPARE(text("delay_ms"), QStringLiteral("20"));
        QCOMPARE(text("time_wait_ms"), QStringLiteral("120000")); // the Windows profile's
        QCOMPARE(text("rto_initial_ms"), QStringLiteral("3000"));
        const std::map<std::string, std::string> kept { { "delay_ms", "20" }, { "msl_ms", "5000" } };
        QCOMPARE(panel.overrides(), kept);
        QCOMPARE(edited.size(), 1);

        // Cancel: the profile and the values stay as they were, nothing is reported.
        answer = ParamsPanel::KeepEdits::Cancel;
        edited.clear();
        box->setCurrentText(QStringLiteral("rfc9293"));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(box->currentText(), QStringLiteral("windows"));
        QCOMPARE(panel.overrides(), kept);
        QCOMPARE(edited.size(), 0);

        // Use the profile's values: the edits go.
        answer = ParamsPanel::KeepEdits::UseProfile;
        box->setCurrentText(QStringLiteral("rfc9293"));
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.last().from, QStringLiteral("windows"));
        QCOMPARE(panel.profile(), std::string("rfc9293"));
        QCOMPARE(field->text(), QStringLiteral("120000"));
        QCOMPARE(text("delay_ms"), QStringLiteral("50"));
        QVERIFY(panel.overrides().empty());
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(0).value<std::string>(), std::string("rfc9293"));
    }
};

QTEST_MAIN(TestSidebar)
#include "test_sidebar.moc"
