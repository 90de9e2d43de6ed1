// Writes PNGs of the main window in English and Chinese to the build tree (the README shows
// the committed copies in docs/screenshots/), and checks the Chinese one is really translated.
#include "gui_test_support.h"
#include "main_window.h"
#include "simulation_controller.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace tcplab;
using namespace tcplab::testing;

class TestScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("atMs"); // -1: the end of the run
        QTest::addColumn<QString>("file");
        const QString main = QString::fromLatin1(MainWindow::kDefaultScenario);
        // The server's FIN is answered: the last ACK is in flight and the client's TIME_WAIT
        // has just started counting down.
        QTest::newRow("en") << QStringLiteral("en") << main << 655 << QStringLiteral("main_en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << main << 655 << QStringLiteral("main_zh_CN");
        // A lesson with a delayed old duplicate reaching a new incarnation.
        QTest::newRow("old duplicate") << QStringLiteral("en")
                                       << QStringLiteral("builtin:06b-old-duplicate-short-time-wait") << 2080
                                       << QStringLiteral("lesson_old_duplicate_en");
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, scenario);
        QFETCH(int, atMs);
        QFETCH(QString, file);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tcplab_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        {
            MainWindow w;
            w.resize(1600, 1000);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openScenario(scenario, false));
            w.controller().advanceTo(atMs < 0 ? w.controller().endUs() : msToUs(atMs));
            const QString play = w.findChild<QAction*>(QStringLiteral("actionPlay"))->text();
            if (language == QStringLiteral("zh_CN"))
                QVERIFY2(play != QStringLiteral("Play"), qPrintable(play));
            else
                QCOMPARE(play, QStringLiteral("Play"));
            QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR));
            const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/%1.png").arg(file);
            const QImage shot = screenshotOf(w);
            QVERIFY(shot.width() >= 1600);
            QVERIFY(shot.save(path));
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
