#pragma once
#include "scenario.h"
#include "trace_record.h"

#include <string>
#include <vector>

class QImage;
class QString;
class QWidget;

namespace tcplab::testing {

// The trace of a scenario run by the core alone, as JSON Lines, stopped at `untilUs` (the same
// path the command line takes, without the end-of-run notes, so it compares with a GUI run).
std::vector<std::string> coreTrace(const Scenario& scenario, TimeUs untilUs);
// The GUI controller's records as JSON Lines.
std::vector<std::string> linesOf(const std::vector<TraceRecord>& records);
// The last state each peer's trace entered ("to" of its last state event), or CLOSED.
TcpState lastState(const std::vector<std::string>& lines, Peer peer);
Scenario loadOrFail(const QString& spec);
// The window as it looks once pending layouts are done (a label whose text just grew is laid
// out on the next pass of the event loop; a screenshot taken before would show it cut).
QImage screenshotOf(QWidget& window);
// True when the views' cached pictures (state diagrams, ladder) show what a fresh drawing
// shows: grabs them, makes every cache stale (a new theme generation), grabs again and compares.
// Names the first view that differs in `which`. Animations must be finished first.
bool cachesAreFresh(QWidget& window, QString* which);
// Settings go to a scratch place so tests never touch the user's.
void isolateSettings();
// The text of the QLabel named `name` under `root`, or "(no label NAME)".
QString labelText(QWidget& root, const char* name);
// What a language switch sends each widget (LanguageSwitcher), without loading a translation.
void sendLanguageChange(QWidget& w);
// screenshotOf(w) as TCPLAB_SCREENSHOT_DIR/name.
void savePicture(QWidget& w, const QString& name);

} // namespace tcplab::testing
