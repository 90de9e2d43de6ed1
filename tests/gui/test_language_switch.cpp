// The language switches while the program runs: every text already shown follows, the choice
// is remembered, and in Chinese no English prose is left (RFC identifiers and numbers may stay).
#include "event_log_model.h"
#include "explorer_params_form.h"
#include "explorer_plot.h"
#include "explorer_tab.h"
#include "gui_test_support.h"
#include "language_switcher.h"
#include "main_window.h"
#include "simulation_controller.h"
#include "state_diagram_view.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

// Two English words in a row, the second in lower case ("Open this", "no timer"): prose. RFC
// identifiers and notation ("rcv FIN", "SYN_SENT", "TCP State Lab", "tcp_fin_timeout") do not
// match, and neither do single tokens such as "EOF" or "msl_ms".
bool looksEnglish(const QString& text)
{
    static const QRegularExpression prose(QStringLiteral("\\b[A-Za-z][a-z]+ [a-z]{2,}\\b"));
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text: tags are not shown
    return prose.match(plain).hasMatch();
}

// "where: text" for everything the window shows as widget text: buttons, labels, group boxes, tabs, docks, menus,
// actions, list items, table headers and tooltips.
QStringList visibleTexts(QWidget& root)
{
    QStringList out;
    auto add = [&out](const QString& where, const QString& text) {
        if (!text.isEmpty())
            out << where + QStringLiteral(": ") + text;
    };
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (w->objectName() == QStringLiteral("qtooltip_label"))
            continue; // a tooltip shown a moment ago: the tooltip is checked on its own
        const QString name
            = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        add(name + QStringLiteral(" tooltip"), w->toolTip());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(name, b->text());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(name, l->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            add(name, g->title());
        if (auto* d = qobject_cast<QDockWidget*>(w))
            add(name, d->windowTitle());
        if (auto* m = qobject_cast<QMenu*>(w))
            add(name, m->title());
        if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                add(name, t->tabText(i));
        if (auto* list = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < list->count(); ++i)
                add(name, list->item(i)->text());
        if (auto* tree = qobject_cast<QTreeWidget*>(w))
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    add(name, (*it)->text(c));
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                add(name, h->model()->headerData(i, h->orientation()).toString());
    }
    for (QAction* a : root.findChildren<QAction*>()) {
        add(a->objectName(), a->text());
        add(a->objectName() + QStringLiteral(" tooltip"), a->toolTip());
    }
    return out;
}

QString svgTexts(MainWindow& w)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagrams.svg"));
    if (!w.exportSvg(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The painted views (state diagrams, ladder, legend) as the SVG's text elements.
    QStringList texts;
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (const auto& m : text.globalMatch(QString::fromUtf8(file.readAll())))
        texts << m.captured(1).trimmed();
    return texts.join(QLatin1Char('\n'));
}

void switchTo(MainWindow& w, const QString& code)
{
    QAction* action = w.findChild<QAction*>(QStringLiteral("language_") + code);
    QVERIFY(action);
    action->trigger();
    // The translator change is posted to the application, which posts it to each window.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    void switchesWhileRunningAndBack()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(655));
        auto* fileMenu = w.findChild<QMenu*>(QStringLiteral("menuFile"));
        auto* listen = w.findChild<QAbstractButton*>(QStringLiteral("clientControls_listen"));
        QAbstractButton* runA = nullptr; // the Explorer tab's first button
        for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
            if (b->text() == QStringLiteral("Run A"))
                runA = b;
        auto* explorer = w.findChild<ExplorerTab*>();
        QVERIFY(fileMenu && listen && runA && explorer);
        // A short Explorer run, so its charts have titles and series names to translate.
        QVERIFY(explorer->params().setKey(QStringLiteral("duration_ms"), QStringLiteral("5000")).isEmpty());
        QSignalSpy ran(explorer, &ExplorerTab::runFinished);
        explorer->run(ExplorerTab::Slot::A);
        QVERIFY(ran.wait(120'000)); // generous: a worker thread on a busy machine; nothing is timed
        const QString englishChart = explorer->populationsPlot().title();
        const QStringList englishSeries = explorer->populationsPlot().seriesNames();
        QCOMPARE(englishChart, QStringLiteral("Client sockets per state"));
        StateDiagramView& diagram = w.diagram(Peer::Client);
        auto tooltip = [&diagram] {
            QTest::mouseMove(&diagram, diagram.nodeCenter(10).toPoint()); // TIME_WAIT
            return QToolTip::text();
        };
        const QStringList english = visibleTexts(w);
        const QString englishTooltip = tooltip();
        const QString englishLog = w.eventLog().index(0, 2).data().toString();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(listen->text(), QStringLiteral("Listen"));
        // The detector below finds English where there is English.
        const auto prose = std::count_if(english.begin(), english.end(),
            [](const QString& entry) { return looksEnglish(entry.section(QStringLiteral(": "), 1)); });
        QVERIFY2(prose > 50, qPrintable(QString::number(prose)));

        switchTo(w, QStringLiteral("zh_CN"));
        QCOMPARE(LanguageSwitcher::instance().current(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(fileMenu->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(listen->text(), QStringLiteral("监听"));
        QVERIFY2(runA->text() != QStringLiteral("Run A"), qPrintable(runA->text()));
        const QString chineseTooltip = tooltip();
        QVERIFY2(chineseTooltip != englishTooltip && chineseTooltip.contains(QStringLiteral("TIME_WAIT")),
            qPrintable(chineseTooltip));
        QVERIFY(!looksEnglish(chineseTooltip));
        const QString chineseLog = w.eventLog().index(0, 2).data().toString();
        QVERIFY2(chineseLog != englishLog && !looksEnglish(chineseLog), qPrintable(chineseLog));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("language_zh_CN"))->isChecked());
        const QString chineseChart = explorer->populationsPlot().title();
        QVERIFY2(chineseChart != englishChart && !looksEnglish(chineseChart), qPrintable(chineseChart));
        QCOMPARE(explorer->populationsPlot().seriesNames().size(), englishSeries.size());
        QVERIFY(explorer->populationsPlot().seriesNames() != englishSeries);

        // For a person to look at: the window and its Explorer tab switched at run time.
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("modeTabs"));
        QVERIFY(tabs && QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR)));
        tabs->setCurrentIndex(1);
        QVERIFY(screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/switched_zh_CN_explorer.png")));
        tabs->setCurrentIndex(0);
        QVERIFY(screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/switched_zh_CN.png")));

        // The views' cached pictures were drawn again in Chinese, not kept from before.
        for (Peer peer : { Peer::Client, Peer::Server })
            w.diagram(peer).finishAnimation();
        QString stale;
        QVERIFY2(cachesAreFresh(w, &stale), qPrintable(stale));

        // Nothing English is left, neither in widget texts nor in what the views paint.
        QStringList leftovers;
        for (const QString& entry : visibleTexts(w))
            if (looksEnglish(entry.section(QStringLiteral(": "), 1)))
                leftovers << entry;
        for (const QString& text : svgTexts(w).split(QLatin1Char('\n')))
            if (looksEnglish(text))
                leftovers << QStringLiteral("painted: ") + text;
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));

        switchTo(w, QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(visibleTexts(w), english);
        QCOMPARE(tooltip(), englishTooltip);
        QCOMPARE(explorer->populationsPlot().title(), englishChart);
        QCOMPARE(explorer->populationsPlot().seriesNames(), englishSeries);
        QCOMPARE(w.eventLog().index(0, 2).data().toString(), englishLog);
    }

    void startsInTheRememberedLanguage()
    {
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageSwitcher::startupLanguage(QString()), QStringLiteral("zh_CN"));
        // The command line wins over the remembered choice, and any Chinese locale means ours.
        QCOMPARE(LanguageSwitcher::startupLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(LanguageSwitcher::startupLanguage(QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
        QSettings().remove(QStringLiteral("language"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "test_language_switch.moc"
