// tcplab: the GUI. Wiring only: language, the window, the scenario to open, play; or, with
// --render, one picture of the window at an instant, drawn with no display.
#include "language_switcher.h"
#include "main_window.h"
#include "simulation_controller.h"
#include "window_renderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
bool wantsRender(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--render") == 0 || std::strncmp(argv[i], "--render=", 9) == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    // A picture needs no screen, and must not read or write the user's settings (the last
    // scenario, the window's place): offscreen, with settings in a folder of its own.
    std::unique_ptr<QTemporaryDir> scratchSettings;
    if (wantsRender(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        scratchSettings = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", scratchSettings->path().toLocal8Bit());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TCP State Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("tcplab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The menu entry's name (share/applications), so a desktop matches the window to it, and
    // the icon: the installed theme's, else the copy built in.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tcplab.TcpStateLab"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.tcplab.TcpStateLab"), QIcon(QStringLiteral(":/icons/org.tcplab.TcpStateLab.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "TCP State Lab: watch TCP's state machine at work."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main",
            "User interface language (en, zh_CN); without it, the one chosen last time "
            "in View > Language, else the system's."),
        QStringLiteral("language"));
    QCommandLineOption paused(QStringLiteral("paused"), QCoreApplication::translate("main", "Do not start playing."));
    QCommandLineOption render(QStringLiteral("render"),
        QCoreApplication::translate("main",
            "Draw the window at one instant of SCENARIO (FILE.json or builtin:NAME, or "
            "a capture FILE.pcap or FILE.pcapng: its first connection) into the picture "
            "given as the last argument (OUT.png or OUT.svg), with no display, and exit."),
        QStringLiteral("scenario"));
    QCommandLineOption atMs(QStringLiteral("at-ms"),
        QCoreApplication::translate("main", "With --render: the instant, in ms of virtual time (default 0)."),
        QStringLiteral("T"), QStringLiteral("0"));
    QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("main", "With --render: the window's size (default 1920x1080)."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    QCommandLineOption classroom(
        QStringLiteral("classroom"), QCoreApplication::translate("main", "With --render: as in classroom mode (F11)."));
    QCommandLineOption compare(QStringLiteral("compare"),
        QCoreApplication::translate("main",
            "With --render: compare mode, against this other run (FILE.json or "
            "builtin:NAME)."),
        QStringLiteral("other"));
    QCommandLineOption compareSet(QStringLiteral("compare-set"),
        QCoreApplication::translate("main",
            "With --render: compare mode, against the same scenario with key=value "
            "changed (repeatable)."),
        QStringLiteral("key=value"));
    parser.addOptions({ lang, paused, render, atMs, size, classroom, compare, compareSet });
    parser.addPositionalArgument(QStringLiteral("file"),
        QCoreApplication::translate("main",
            "A scenario (FILE.json) or a capture (FILE.pcap, FILE.pcapng) to open; with "
            "--render, the picture to write."));
    parser.process(app);

    // Before the window exists, so it is built in the right language; the menu switches later.
    tcplab::LanguageSwitcher::instance().apply(tcplab::LanguageSwitcher::startupLanguage(parser.value(lang)));

    if (parser.isSet(render)) {
        const auto fail = [](const QString& message) {
            std::fprintf(stderr, "tcplab: %s\n", qPrintable(message));
            return 2;
        };
        tcplab::RenderRequest request;
        request.scenario = parser.value(render);
        request.classroom = parser.isSet(classroom);
        request.compare = parser.value(compare);
        request.compareSet = parser.values(compareSet);
        bool ok = false;
        request.atMs = parser.value(atMs).toLongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("main", "--at-ms: expected a whole number of ms, got \"%1\"")
                            .arg(parser.value(atMs)));
        QString error;
        if (!tcplab::WindowRenderer::parseSize(parser.value(size), request.size, &error))
            return fail(error);
        if (parser.positionalArguments().size() != 1)
            return fail(QCoreApplication::translate("main",
                "--render: expected one picture to write (OUT.png or "
                "OUT.svg) after the options"));
        request.output = parser.positionalArguments().front();
        const int code = tcplab::WindowRenderer::render(request, &error);
        return code == 0 ? 0 : fail(error);
    }

    tcplab::MainWindow window;
    // The window never waits for the core: look-ahead in a worker, long catch-ups in slices.
    window.controller().setResponsive(true);
    window.fitScreen();
    window.show();
    window.openStartupScenario(parser.positionalArguments().value(0));
    if (!parser.isSet(paused))
        window.controller().play();
    return app.exec();
}
