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
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tcplab_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        {
            MainWindow w;
            w.resize(1600, 1000);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
            // The server's FIN is answered: the last ACK is in flight and the client's
            // TIME_WAIT has just started counting down.
            w.controller().advanceTo(msToUs(655));
            const QString play = w.findChild<QAction*>(QStringLiteral("actionPlay"))->text();
            if (language == QStringLiteral("zh_CN"))
                QVERIFY2(play != QStringLiteral("Play"), qPrintable(play));
            else
                QCOMPARE(play, QStringLiteral("Play"));
            QDir().mkpath(QStringLiteral(TCPLAB_SCREENSHOT_DIR));
            const QString path = QStringLiteral(TCPLAB_SCREENSHOT_DIR "/main_%1.png").arg(language);
            const QImage shot = w.grab().toImage();
            QVERIFY(shot.width() >= 1600);
            QVERIFY(shot.save(path));
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
