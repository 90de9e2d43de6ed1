#pragma once
#include <QColor>
#include <QPalette>

namespace tcplab {

// Colours and sizes every painted view reads. Segment colours come from the Okabe–Ito palette,
// which colour-blind viewers tell apart, and each kind also has its own line style so nothing
// depends on colour alone. High contrast (classroom mode) thickens lines and enlarges text so
// the picture survives a projector.
struct ViewTheme {
    QColor background, text, muted, grid;
    QColor stateFill, stateBorder, lit, litText, visited, glow, secondary;
    QColor normal, delayed, duplicate, expired, stray, dropped, dataSeg;
    QColor timerBar, timerBack;
    double fontScale = 1.0;
    double lineWidth = 1.5;
    bool highContrast = false;
    bool dark = false;

    static ViewTheme fromPalette(const QPalette& palette, bool highContrast);
    static const ViewTheme& current();
    static void setCurrent(const ViewTheme& theme);
    // Counts setCurrent() calls: views that cache drawings redraw them when it changes.
    static int generation();
};

} // namespace tcplab
