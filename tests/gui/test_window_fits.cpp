// The window on a classroom projector: at 1280x720 (maximised under a window manager leaves
// about 1280x701) and 1366x768, in classroom mode and not, in English and Chinese, nothing is
// cut — every button shows its whole text, every label fits, the time readout and the event
// log's last column are in view — and the layout never asks for more than the screen.
#include "event_log_model.h"
#include "gui_test_support.h"
#include "language_switcher.h"
#include "main_window.h"
#include "simulation_controller.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

// A widget is shown when it is visible and some of it is on screen (not in a tab behind
// another, not scrolled away).
bool shownIn(const QWidget* w, const QWidget* window)
{
    return w->isVisibleTo(window) && !w->visibleRegion().isEmpty();
}

// Whether `w` lies wholly inside the window (not pushed off its right or bottom edge); what
// sits in a scroll area may extend beyond it, the scroll bar reaches it.
bool inside(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(p))
            return true;
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->rect().adjusted(-1, -1, 1, 1).contains(r);
}

QStringList clipped(QWidget& window)
{
    QStringList found;
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
        if (!shownIn(b, &window) || b->text().isEmpty())
            continue;
        if (b->width() + 1 < b->sizeHint().width() || !inside(b, &window))
            found << QStringLiteral("button \"%1\" %2 < %3").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
    }
    for (QLabel* l : window.findChildren<QLabel*>()) {
        if (!shownIn(l, &window) || l->text().isEmpty() || l->wordWrap() || l->textFormat() == Qt::RichText)
            continue;
        const int need = l->fontMetrics().horizontalAdvance(l->text());
        if (need > l->contentsRect().width() + 1 || !inside(l, &window))
            found << QStringLiteral("label \"%1\" %2 < %3").arg(l->text()).arg(l->contentsRect().width()).arg(need);
    }
    for (QComboBox* c : window.findChildren<QComboBox*>())
        if (shownIn(c, &window) && (c->width() + 1 < c->minimumSizeHint().width() || !inside(c, &window)))
            found << QStringLiteral("combo box %1").arg(c->objectName());
    return found;
}

} // namespace

class TestWindowFits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("classroom");
        for (const char* lang : { "en", "zh_CN" }) {
            const QString l = QString::fromLatin1(lang);
            QTest::newRow(qPrintable(l + QStringLiteral(" 1280x701 maximised"))) << l << QSize(1280, 701) << false;
            QTest::newRow(qPrintable(l + QStringLiteral(" 1366x749 maximised"))) << l << QSize(1366, 749) << false;
            QTest::newRow(qPrintable(l + QStringLiteral(" 1280x720 classroom"))) << l << QSize(1280, 720) << true;
            QTest::newRow(qPrintable(l + QStringLiteral(" 1920x1080 classroom"))) << l << QSize(1920, 1080) << true;
        }
    }

    void nothingIsCut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, classroom);
        LanguageSwitcher::instance().apply(language);
        {
            MainWindow w;
            w.setAttribute(Qt::WA_DontShowOnScreen); // the offscreen screen is only 800x600
            QVERIFY(w.openScenario(QStringLiteral("builtin:06b-old-duplicate-short-time-wait"), false));
            w.applyClassroomLook(classroom);
            w.resize(size);
            w.show();
            w.controller().advanceTo(msToUs(2180));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            QVERIFY2(
                w.minimumSizeHint().width() <= size.width(), qPrintable(QString::number(w.minimumSizeHint().width())));
            QVERIFY2(w.minimumSizeHint().height() <= size.height(),
                qPrintable(QString::number(w.minimumSizeHint().height())));
            QCOMPARE(w.size(), size);
            const QStringList cut = clipped(w);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
            auto* time = w.findChild<QLabel*>(QStringLiteral("timeLabel"));
            QVERIFY(time && shownIn(time, &w) && inside(time, &w));
            if (!classroom) {
                // Every column of the event log, the rule (RFC section) last, is in view.
                auto* log = w.findChild<QTableView*>(QStringLiteral("eventLog"));
                QVERIFY(log && shownIn(log, &w));
                const QHeaderView* header = log->horizontalHeader();
                const int right = header->sectionViewportPosition(EventLogModel::RfcColumn)
                    + header->sectionSize(EventLogModel::RfcColumn);
                QVERIFY2(right <= log->viewport()->width() + 1,
                    qPrintable(QStringLiteral("%1 > %2").arg(right).arg(log->viewport()->width())));
            }
        }
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    // F11 and back: the panels put away come back exactly as they were.
    void classroomModeRestoresThePanels()
    {
        MainWindow w;
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1280, 701);
        w.show();
        auto* log = w.findChild<QWidget*>(QStringLiteral("logDock"));
        auto* params = w.findChild<QWidget*>(QStringLiteral("paramsDock"));
        QVERIFY(log && params);
        const bool paramsShown = !params->isHidden();
        w.applyClassroomLook(true);
        QVERIFY(log->isHidden());
        auto* connect = w.findChild<QWidget*>(QStringLiteral("clientControls_connect"));
        QVERIFY(connect && connect->isHidden());
        // What the application received stays in view: it is what the lessons are about.
        QVERIFY(!w.findChild<QWidget*>(QStringLiteral("clientControls_received"))->isHidden());
        w.applyClassroomLook(false);
        QVERIFY(!log->isHidden());
        QCOMPARE(!params->isHidden(), paramsShown);
        QVERIFY(!connect->isHidden());
    }
};

QTEST_MAIN(TestWindowFits)
#include "test_window_fits.moc"
