#pragma once
// What the question tests (test_question_panel.cpp, test_question_classroom.cpp) share: a lesson
// with questions, playing frame by frame to its next pause, the window at a projector's size.
#include "main_window.h"
#include "question_panel.h"
#include "simulation_controller.h"

#include <QCoreApplication>
#include <QString>

namespace tcplab::testing {

inline const QString kLesson = QStringLiteral("builtin:01-handshake-client-closes");
constexpr int kMaxFrames = 20'000;

// Plays frame by frame (no clock: each frame says how long it took) until the run pauses.
inline void playUntilPaused(SimulationController& c)
{
    c.play();
    for (int i = 0; i < kMaxFrames && c.isPlaying(); ++i)
        c.advanceFrame(16);
}

inline void showWindow(MainWindow& w, bool classroom = false)
{
    w.setAttribute(Qt::WA_DontShowOnScreen); // the offscreen screen would clamp it to 800x600
    w.applyClassroomLook(classroom);
    w.resize(1280, 720);
    w.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

inline ChoiceButton* button(MainWindow& w, int i)
{
    return w.questionPanel().choiceButtons().at(std::size_t(i));
}

} // namespace tcplab::testing
