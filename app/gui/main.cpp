// tcplab: the GUI. Wiring only: language, the window, the scenario to open, play.
#include "language_switcher.h"
#include "main_window.h"
#include "simulation_controller.h"

#include <QApplication>
#include <QCommandLineParser>

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
        QCoreApplication::translate("main", "User interface language (en, zh_CN); without it, the one chosen last time "
                                            "in View > Language, else the system's."),
        QStringLiteral("language"));
    QCommandLineOption paused(QStringLiteral("paused"), QCoreApplication::translate("main", "Do not start playing."));
    parser.addOption(lang);
    parser.addOption(paused);
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("main", "A scenario file to open (FILE.json)."));
    parser.process(app);

    // Before the window exists, so it is built in the right language; the menu switches later.
    tcplab::LanguageSwitcher::instance().apply(tcplab::LanguageSwitcher::startupLanguage(parser.value(lang)));

    tcplab::MainWindow window;
    window.show();
    window.openStartupScenario(parser.positionalArguments().value(0));
    if (!parser.isSet(paused))
        window.controller().play();
    return app.exec();
}
