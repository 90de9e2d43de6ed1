// The window and files: pictures exported, the scenario of last time reopened, a file dropped on
// the window opened, a bad file refused with the current scenario kept.
#include "gui_test_support.h"
#include "main_window.h"
#include "scenario_loader.h"
#include "simulation_controller.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

class TestWindowFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void exportsPngAndSvg()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        w.controller().advanceTo(msToUs(700));
        QVERIFY(w.exportPng(dir.filePath(QStringLiteral("d.png"))));
        QVERIFY(w.exportSvg(dir.filePath(QStringLiteral("d.svg"))));
        QImage png(dir.filePath(QStringLiteral("d.png")));
        QVERIFY(png.width() > 1000);
        QFile svg(dir.filePath(QStringLiteral("d.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("TIME_WAIT"));
    }

    void startsOnTheDefaultThenRemembersTheLastScenario()
    {
        const QStringList names = ScenarioLoader::builtinNames();
        QVERIFY(names.size() >= 2);
        QSettings().remove(QStringLiteral("lastScenario")); // a first start
        {
            MainWindow first;
            first.openStartupScenario(QString());
            QCOMPARE(first.controller().source(), QString::fromLatin1(MainWindow::kDefaultScenario));
            QVERIFY(first.openScenario(QStringLiteral("builtin:") + names[1], false));
        }
        MainWindow second;
        second.openStartupScenario(QString());
        QCOMPARE(second.controller().source(), QStringLiteral("builtin:") + names[1]);
        // A file named on the command line wins over the remembered one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(second.saveScenario(path));
        MainWindow third;
        third.openStartupScenario(path);
        QCOMPARE(third.controller().source(), path);
    }

    void aScenarioFileDroppedOnTheWindowOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.json"));
        {
            MainWindow author;
            QVERIFY(author.openScenario(QStringLiteral("builtin:04-simultaneous-close"), false));
            QVERIFY(author.saveScenario(path));
        }
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.controller().source(), path);
    }

    void badFileKeepsTheCurrentScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "tcplab-scenario/1", "steps": [{"at_ms": 0, "peer": "server", "do": "lisen"}]})");
        f.close();
        MainWindow w;
        QVERIFY(w.openScenario(QString::fromLatin1(MainWindow::kDefaultScenario), false));
        QVERIFY(!w.openScenario(path, false));
        QCOMPARE(w.controller().source(), QString::fromLatin1(MainWindow::kDefaultScenario));
    }
};

QTEST_MAIN(TestWindowFiles)
#include "test_window_files.moc"
