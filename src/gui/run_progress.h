#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;
class QShortcut;
class QToolButton;

namespace tcplab {

class CaptureOpener;
class SimulationController;

// The status bar's note of long work in the window: what runs (a catch-up of the run, or the
// look-ahead that finds the timeline, or a capture being read), how far it got, and Cancel
// (Esc does the same). It appears only once the work has taken longer than the controller's
// showAfterMs (the opener's kShowAfterMs), so quick steps and seeks never flash it; cancelling
// leaves the run where it got to, and a capture being read unopened.
class RunProgress : public QWidget {
    Q_OBJECT
public:
    explicit RunProgress(QWidget* parent = nullptr);
    void watch(SimulationController& controller);
    void watch(CaptureOpener& opener);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setShown();
    bool opening() const;
    void cancel();
    void showProgress(int permille);
    void retranslate();

    SimulationController* controller_ = nullptr;
    CaptureOpener* opener_ = nullptr;
    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancel_;
    QShortcut* escape_;
};

} // namespace tcplab
