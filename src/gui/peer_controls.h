#pragma once
#include "scenario_spec.h"

#include <QGroupBox>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tcplab {

// "Be the application": one peer's socket calls as buttons, and what its application received.
class PeerControls : public QGroupBox {
    Q_OBJECT
public:
    explicit PeerControls(Peer peer, QWidget* parent = nullptr);
    // What the application received (rich text: a stray's bytes are highlighted).
    void setReceived(const QString& html, bool alarm);
    // Classroom mode puts the buttons away; what was received stays in view.
    void setButtonsShown(bool on);
    bool buttonsShown() const;
    // The "never closes" toggle can only be switched on during a run (the core's bug mode is
    // one-way); a reset clears it.
    void setNeverClose(bool on);

Q_SIGNALS:
    void actionRequested(tcplab::ActionKind kind, tcplab::Peer peer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Peer peer_;
    std::vector<QPushButton*> buttons_; // in the order of the calls they make
    QCheckBox* neverClose_;
    QLabel* received_;
};

} // namespace tcplab
