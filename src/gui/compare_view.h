#pragma once
#include "scenario.h"
#include "time_us.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace tcplab {

class ComparePane;
class TimelineSlider;

// Compare mode: two runs side by side (stacked when the window is narrow) under one clock —
// play, step, back and the slider drive both — each side labelled with what differs from the
// other ("TIME_WAIT 240 s" / "TIME_WAIT 1 s"), and a marker on both ladders at the first event
// where the two traces differ. The central lesson at a glance: with TIME_WAIT = 2xMSL the old
// duplicate dies, with a shorter one it gets into the new connection.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    void setRuns(const Scenario& a, const Scenario& b);
    ComparePane& side(int i) { return i == 0 ? *a_ : *b_; }
    // The instant the traces first differ (-1 when they are identical) and the line index.
    TimeUs divergenceUs() const { return divergenceUs_; }
    TimeUs now() const { return nowUs_; }
    TimeUs endUs() const;

    void seek(TimeUs t);
    void stepEvent();
    void stepBack();
    void play();
    void pause();
    bool isPlaying() const { return frames_.isActive(); }
    // One frame of `realMs` real time (the timer calls it; tests call it directly).
    void advanceFrame(qint64 realMs);

    // What differs between two scenarios, said per side: ("TIME_WAIT 240 s", "TIME_WAIT 1 s").
    static std::pair<QString, QString> differences(const Scenario& a, const Scenario& b);

Q_SIGNALS:
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void findDivergence();

    ComparePane* a_;
    ComparePane* b_;
    QSplitter* split_;
    QToolButton* playButton_;
    QToolButton* stepButton_;
    QToolButton* backButton_;
    QToolButton* closeButton_;
    QComboBox* speedBox_;
    TimelineSlider* slider_;
    QLabel* timeLabel_;
    QTimer frames_;
    QElapsedTimer realClock_;
    TimeUs nowUs_ = 0;
    TimeUs divergenceUs_ = -1;
    Scenario scenarioA_, scenarioB_;
    bool updatingSlider_ = false;
};

} // namespace tcplab
