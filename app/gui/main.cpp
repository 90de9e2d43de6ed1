// tcplab: the GUI. Wiring only: language, the window, the scenario to open, play.
#include "main_window.h"
#include "simulation_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TCP State Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "TCP State Lab: watch TCP's state machine at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (en, zh_CN)."), QStringLiteral("language"));
    QCommandLineOption paused(QStringLiteral("paused"), QCoreApplication::translate("main", "Do not start playing."));
    parser.addOption(lang);
    parser.addOption(paused);
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("main", "A scenario file to open (FILE.json)."));
    parser.process(app);

    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator ours, qt;
    if (ours.load(locale, QStringLiteral("tcplab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&ours);
    if (qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);

    tcplab::MainWindow window;
    window.show();
    window.openStartupScenario(parser.positionalArguments().value(0));
    if (!parser.isSet(paused))
        window.controller().play();
    return app.exec();
}
