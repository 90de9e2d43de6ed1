// A lesson's questions on a projector (issue 16): keys 1-4 answer in classroom mode, every
// built-in lesson's question fits on the card at 1280x720 in both languages, and the score the
// status bar says at the end of the questions is whole there.
#include "gui_test_support.h"
#include "language_switcher.h"
#include "main_window.h"
#include "question_director.h"
#include "question_panel.h"
#include "question_test_support.h"
#include "simulation_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

void openInClassroom(MainWindow& w, const QString& lesson)
{
    showWindow(w, true);
    QVERIFY(w.openScenario(lesson, false));
}

} // namespace

class TestQuestionClassroom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { QSettings().setValue(QStringLiteral("askQuestions"), true); }

    void keysAnswerInClassroomMode()
    {
        MainWindow w;
        w.applyClassroomLook(true);
        w.resize(1280, 720);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // shortcuts go to the active window
        QVERIFY(w.openScenario(kLesson, false));
        playUntilPaused(w.controller());
        QVERIFY(w.questionPanel().isVisible());
        const Question q = w.controller().effectiveScenario().questions[0];
        // Large choices, readable from the back row.
        for (ChoiceButton* b : w.questionPanel().choiceButtons())
            if (b->isVisible())
                QVERIFY2(QFontInfo(b->findChild<QLabel*>(QStringLiteral("choiceText"))->font()).pixelSize() >= 14,
                    qPrintable(
                        QStringLiteral("%1: %2 px")
                            .arg(b->choiceText())
                            .arg(QFontInfo(b->findChild<QLabel*>(QStringLiteral("choiceText"))->font()).pixelSize())));
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + q.answer));
        QVERIFY(w.questionPanel().isAnswered());
        QCOMPARE(w.questionPanel().chosen(), q.answer);
        QCOMPARE(button(w, q.answer)->verdict(), QStringLiteral("right"));
        QTest::keyClick(&w, Qt::Key_Return); // Continue
        QVERIFY(w.controller().isPlaying());
        QVERIFY(!w.questionPanel().isVisible());
    }

    // Every built-in lesson's question, asked and answered, fits on the card over the ladder
    // at a projector's 1280x720 in classroom mode, in both languages.
    void everyLessonsQuestionFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        const QDir dir(QStringLiteral(":/scenarios"));
        const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY(names.size() > 30);
        for (const char* lang : { "en", "zh_CN" })
            for (const QString& name : names)
                if (!loadOrFail(QStringLiteral("builtin:") + QFileInfo(name).completeBaseName()).questions.empty())
                    QTest::newRow(qPrintable(QString::fromLatin1(lang) + QLatin1Char(' ') + name))
                        << QString::fromLatin1(lang) << QStringLiteral("builtin:") + QFileInfo(name).completeBaseName();
    }

    void everyLessonsQuestionFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            openInClassroom(w, lesson);
            w.controller().setSpeed(1);
            playUntilPaused(w.controller());
            QuestionPanel& card = w.questionPanel();
            QVERIFY2(card.isVisible(), qPrintable(lesson));
            QCOMPARE(w.controller().now(), *w.questions().askTimes().at(0));
            auto* inner = card.findChild<QScrollArea*>();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCOMPARE(inner->verticalScrollBar()->maximum(), 0);
            const Question q = w.controller().effectiveScenario().questions[0];
            QTest::mouseClick(button(w, (q.answer + 1) % int(q.choices.size())), Qt::LeftButton);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCOMPARE(inner->verticalScrollBar()->maximum(), 0);
            QVERIFY(w.rect().contains(QRect(card.mapTo(&w, QPoint(0, 0)), card.size())));
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    // docs/screenshots/question_classroom_*.png: a question on a projector, nothing cut.
    void classroomPicture_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void classroomPicture()
    {
        QFETCH(QString, language);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            showWindow(w, true);
            QVERIFY(w.openScenario(QStringLiteral("builtin:05b-lost-last-ack-without-time-wait"), false));
            playUntilPaused(w.controller());
            QuestionPanel& card = w.questionPanel();
            QVERIFY(card.isVisible());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            // The whole card fits over the ladder: nothing scrolled away, nothing cut.
            auto* inner = card.findChild<QScrollArea*>();
            QVERIFY(inner);
            QCOMPARE(inner->verticalScrollBar()->maximum(), 0);
            const QRect cardRect(card.mapTo(&w, QPoint(0, 0)), card.size());
            QVERIFY(w.rect().contains(cardRect));
            for (ChoiceButton* b : card.choiceButtons())
                if (b->isVisible())
                    QVERIFY(b->height() >= b->heightForWidth(b->width()));
            QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR));
            QVERIFY(
                screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/question_classroom_%1.png").arg(language)));
            // Answered (wrong): the verdict, the explanation and Continue fit as well.
            const Question q = w.controller().effectiveScenario().questions[0];
            QTest::mouseClick(button(w, (q.answer + 1) % int(q.choices.size())), Qt::LeftButton);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            QVERIFY(card.explanationShown());
            QCOMPARE(inner->verticalScrollBar()->maximum(), 0);
            QVERIFY(w.rect().contains(QRect(card.mapTo(&w, QPoint(0, 0)), card.size())));
            QVERIFY(screenshotOf(w).save(
                QStringLiteral(TCPLAB_SCREENSHOT_DIR "/question_answered_classroom_%1.png").arg(language)));
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    // The score the status bar says once every question is answered is whole at 1280x720 in
    // classroom mode's font, in both languages, beside a long lesson name too.
    void scoreMessageIsWholeInClassroomMode_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        for (const char* lang : { "en", "zh_CN" })
            for (const QString& lesson : { kLesson, QStringLiteral("builtin:05b-lost-last-ack-without-time-wait") })
                QTest::newRow(qPrintable(QString::fromLatin1(lang) + QLatin1Char(' ') + lesson))
                    << QString::fromLatin1(lang) << lesson;
    }

    void scoreMessageIsWholeInClassroomMode()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            openInClassroom(w, lesson);
            const int questions = w.questions().askableCount();
            QVERIFY(questions > 0);
            for (int i = 0; i < questions; ++i) {
                playUntilPaused(w.controller());
                QVERIFY2(w.questionPanel().isVisible(), qPrintable(QString::number(i)));
                const int answer = w.controller().effectiveScenario().questions[std::size_t(i)].answer;
                QTest::mouseClick(button(w, answer), Qt::LeftButton);
                QTest::mouseClick(w.questionPanel().continueButton(), Qt::LeftButton);
            }
            QStatusBar* bar = w.statusBar();
            const QString message = bar->currentMessage();
            QVERIFY2(message.contains(w.questions().scoreText()), qPrintable(message));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            // QStatusBar draws the message from its left edge up to its first widget shown,
            // clipped, in one line.
            int right = bar->width();
            for (QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                if (child->isVisible())
                    right = std::min(right, child->x());
            const int needs = bar->fontMetrics().horizontalAdvance(message)
                + 2 * bar->style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
            QVERIFY2(needs <= right, qPrintable(QStringLiteral("%1: %2 px of %3").arg(message).arg(needs).arg(right)));
            QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR));
            QVERIFY(screenshotOf(w).save(QStringLiteral(TCPLAB_SCREENSHOT_DIR "/question_score_classroom_%1_%2.png")
                                             .arg(language, lesson.section(QLatin1Char(':'), -1).left(3))));
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestQuestionClassroom)
#include "test_question_classroom.moc"
