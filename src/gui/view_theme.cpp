#include "view_theme.h"

namespace tcplab {

namespace {
ViewTheme& storage()
{
    static ViewTheme theme = ViewTheme::fromPalette(QPalette(), false);
    return theme;
}
} // namespace

ViewTheme ViewTheme::fromPalette(const QPalette& palette, bool highContrast)
{
    ViewTheme t;
    t.highContrast = highContrast;
    t.dark = palette.color(QPalette::Window).lightness() < 128;
    if (highContrast) {
        t.background = t.dark ? Qt::black : Qt::white;
        t.text = t.dark ? Qt::white : Qt::black;
        t.muted = t.dark ? QColor(210, 210, 210) : QColor(60, 60, 60);
    } else {
        t.background = palette.color(QPalette::Base);
        t.text = palette.color(QPalette::Text);
        t.muted = palette.color(QPalette::PlaceholderText);
    }
    t.grid = t.dark ? QColor(90, 90, 90) : QColor(200, 200, 200);
    t.stateFill = t.dark ? QColor(45, 48, 56) : QColor(246, 247, 250);
    t.stateBorder = t.text;
    t.lit = QColor(0x00, 0x72, 0xB2); // blue
    t.litText = Qt::white;
    t.visited = t.dark ? QColor(40, 80, 110) : QColor(0xD6, 0xE8, 0xF5);
    t.glow = QColor(0xE6, 0x9F, 0x00); // orange
    t.secondary = QColor(0x00, 0x9E, 0x73); // bluish green
    t.normal = t.dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
    t.dataSeg = QColor(0x00, 0x9E, 0x73);
    t.delayed = QColor(0xE6, 0x9F, 0x00);
    t.duplicate = QColor(0xCC, 0x79, 0xA7);
    t.expired = QColor(0x99, 0x99, 0x99);
    t.stray = QColor(0xD5, 0x5E, 0x00);
    t.dropped = QColor(0xD5, 0x00, 0x00);
    t.timerBar = QColor(0xE6, 0x9F, 0x00);
    t.timerBack = t.dark ? QColor(60, 60, 60) : QColor(225, 225, 225);
    t.fontScale = highContrast ? 1.5 : 1.0;
    t.lineWidth = highContrast ? 3.0 : 1.5;
    return t;
}

const ViewTheme& ViewTheme::current()
{
    return storage();
}

namespace {
int& generationCounter()
{
    static int generation = 0;
    return generation;
}
} // namespace

void ViewTheme::setCurrent(const ViewTheme& theme)
{
    storage() = theme;
    ++generationCounter();
}

int ViewTheme::generation()
{
    return generationCounter();
}

} // namespace tcplab
