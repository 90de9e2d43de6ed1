// The help window on its own: its index (every state, parameter and lesson), its search, its
// language, its lesson links, and Esc wherever the focus is.
#include "gui_test_support.h"
#include "help_window.h"
#include "teaching_text.h"

#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace tcplab;
using namespace tcplab::testing;

class TestHelpWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void helpHasAnIndexASearchAndClosesOnEsc()
    {
        QPointer<HelpWindow> help = new HelpWindow;
        help->setAttribute(Qt::WA_DeleteOnClose);
        help->show();
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QCOMPARE(help->objectName(), QStringLiteral("helpWindow"));
        auto* index = help->findChild<QTreeWidget*>(QStringLiteral("helpIndex"));
        auto* search = help->findChild<QLineEdit*>(QStringLiteral("helpSearch"));
        auto* text = help->findChild<QTextBrowser*>(QStringLiteral("helpText"));
        QVERIFY(index && search && text);

        // The index: four parts; every state, every parameter and every lesson has its entry.
        QCOMPARE(index->topLevelItemCount(), 4);
        QStringList anchors;
        for (QTreeWidgetItemIterator it(index); *it; ++it)
            anchors << (*it)->data(0, HelpWindow::AnchorRole).toString();
        QCOMPARE(index->topLevelItem(0)->childCount(), kTcpStateCount);
        for (int i = 0; i < kTcpStateCount; ++i)
            QVERIFY2(anchors.contains(TeachingText::stateAnchor(TcpState(i))),
                qPrintable(TeachingText::stateName(TcpState(i))));
        for (const ParamInfo& info : paramTable())
            QVERIFY(anchors.contains(QStringLiteral("param-") + QString::fromStdString(info.key)));
        QCOMPARE(index->topLevelItem(3)->childCount(), 42);
        QVERIFY(anchors.contains(QStringLiteral("lesson-05b")));

        // Every entry of the index is a place in the text.
        for (const QString& anchor : anchors) {
            help->showAnchor(anchor);
            QCOMPARE(help->currentAnchor(), anchor);
        }

        // Choosing an entry shows it at the top of the text.
        for (QTreeWidgetItemIterator it(index); *it; ++it)
            if ((*it)->data(0, HelpWindow::AnchorRole) == QStringLiteral("state-TIME_WAIT"))
                index->setCurrentItem(*it);
        QVERIFY(text->verticalScrollBar()->value() > 0);
        QVERIFY2(text->cursorForPosition(QPoint(4, 4)).block().text().contains(QStringLiteral("TIME_WAIT")),
            qPrintable(text->cursorForPosition(QPoint(4, 4)).block().text()));
        QCOMPARE(help->currentAnchor(), QStringLiteral("state-TIME_WAIT"));

        // Typing finds and selects a match, marks them all; Enter goes on, Shift+Enter back.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("TIME_WAIT"));
        QVERIFY2(help->matchCount() > 20, qPrintable(QString::number(help->matchCount())));
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("TIME_WAIT"));
        QCOMPARE(text->extraSelections().size(), help->matchCount());
        const int first = text->textCursor().selectionStart();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("TIME_WAIT"));
        QVERIFY(text->textCursor().selectionStart() > first);
        QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(text->textCursor().selectionStart(), first);
        QVERIFY(labelText(*help, "helpMatches").contains(QString::number(help->matchCount())));
        savePicture(*help, QStringLiteral("help_search.png"));

        // The index keeps only the entries that mention the words.
        auto entry = [index](const QString& anchor) -> QTreeWidgetItem* {
            for (QTreeWidgetItemIterator it(index); *it; ++it)
                if ((*it)->data(0, HelpWindow::AnchorRole) == anchor)
                    return *it;
            return nullptr;
        };
        const int recycle = help->search(QStringLiteral("tw_recycle"));
        QVERIFY(recycle > 0 && recycle == help->matchCount());
        QVERIFY(!entry(QStringLiteral("param-tw_recycle"))->isHidden());
        QVERIFY(!entry(QStringLiteral("lesson-16a"))->isHidden());
        QVERIFY(entry(QStringLiteral("state-SYN_SENT"))->isHidden());
        QVERIFY(entry(QStringLiteral("param-msl_ms"))->isHidden());
        QCOMPARE(help->search(QStringLiteral("no such words here")), 0);
        QCOMPARE(labelText(*help, "helpMatches"), QStringLiteral("no match"));
        QVERIFY(index->topLevelItem(0)->isHidden());
        help->search(QString());
        QVERIFY(!entry(QStringLiteral("param-msl_ms"))->isHidden());

        // Esc closes it.
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!help || !help->isVisible());
        QTRY_VERIFY(!help); // deleted on close
    }

    void helpClosesOnEscWhereverTheFocusIs()
    {
        HelpWindow help;
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        for (const char* name : { "helpText", "helpIndex" }) {
            help.show();
            auto* w = help.findChild<QWidget*>(QLatin1String(name));
            QVERIFY(w);
            w->setFocus();
            QTest::keyClick(w, Qt::Key_Escape);
            QVERIFY2(!help.isVisible(), name);
        }
    }

    void helpFollowsTheLanguage()
    {
        HelpWindow help;
        help.showAnchor(QStringLiteral("lesson-13b"));
        auto* index = help.findChild<QTreeWidget*>(QStringLiteral("helpIndex"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        sendLanguageChange(help);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString chinese
            = QString::fromStdString(loadOrFail(QStringLiteral("builtin:13b-tw-reuse-off")).title.zh_CN);
        QCOMPARE(help.currentAnchor(), QStringLiteral("lesson-13b"));
        QVERIFY2(index->currentItem()->text(0).contains(chinese), qPrintable(index->currentItem()->text(0)));
        auto* text = help.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        QVERIFY(text->toPlainText().contains(chinese));
        sendLanguageChange(help);
        QVERIFY(!text->toPlainText().contains(chinese));
    }

    void helpLessonLinksOpenTheScenario()
    {
        HelpWindow help;
        QSignalSpy requested(&help, &HelpWindow::openScenarioRequested);
        auto* text = help.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        Q_EMIT text->anchorClicked(QUrl(QStringLiteral("scenario:builtin:05b-lost-last-ack-without-time-wait")));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("builtin:05b-lost-last-ack-without-time-wait"));
        QVERIFY(text->toHtml().contains(QStringLiteral("scenario:builtin:05b-lost-last-ack-without-time-wait")));
    }
};

QTEST_MAIN(TestHelpWindow)
#include "test_help_window.moc"
