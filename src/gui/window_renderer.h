#pragma once
#include <QSize>
#include <QString>
#include <QStringList>

namespace tcplab {

// `tcplab --render`: the window at one instant of a run, drawn with no display, for slides,
// the README's pictures and the lesson pages. Everything a teacher sees is what a test sees:
// the same MainWindow, sized to the projector, in classroom mode or not, in either language.
struct RenderRequest {
    QString scenario; // FILE.json, builtin:NAME, or a capture FILE.pcap|FILE.pcapng (its first connection)
    qint64 atMs = 0;
    QSize size { 1920, 1080 };
    bool classroom = false;
    QString output; // OUT.png or OUT.svg
    // Compare mode: the other run (FILE.json or builtin:NAME), or the same scenario with these
    // key=value changes; with neither, the window as usual.
    QString compare;
    QStringList compareSet;
};

class WindowRenderer {
public:
    // "1280x720" -> QSize; false (and `error` says why) for anything else.
    static bool parseSize(const QString& text, QSize& size, QString* error);
    // Renders and writes the picture; returns 0, or 2 with `error` naming what was wrong.
    static int render(const RenderRequest& request, QString* error);
};

} // namespace tcplab
