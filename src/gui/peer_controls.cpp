#include "peer_controls.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace tcplab {

PeerControls::PeerControls(Peer peer, QWidget* parent)
    : QGroupBox(parent)
    , peer_(peer)
{
    setObjectName(peer == Peer::Client ? QStringLiteral("clientControls") : QStringLiteral("serverControls"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(4);
    int i = 0;
    for (ActionKind kind : { ActionKind::Listen, ActionKind::Connect, ActionKind::Send, ActionKind::Close,
             ActionKind::Shutdown, ActionKind::Abort, ActionKind::Crash }) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("%1_%2").arg(objectName(), QString::fromLatin1(actionName(kind).data())));
        connect(button, &QPushButton::clicked, this, [this, kind] { Q_EMIT actionRequested(kind, peer_); });
        grid->addWidget(button, i / 4, i % 4);
        buttons_.emplace_back(kind, button);
        ++i;
    }
    neverClose_ = new QCheckBox(this);
    connect(neverClose_, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            neverClose_->setEnabled(false);
            Q_EMIT actionRequested(ActionKind::NeverClose, peer_);
        }
    });
    grid->addWidget(neverClose_, i / 4, i % 4);
    received_ = new QLabel(this);
    received_->setObjectName(objectName() + QStringLiteral("_received"));
    received_->setWordWrap(true);
    received_->setMinimumHeight(received_->fontMetrics().height() * 2 + 4); // room for a stray alarm
    grid->addWidget(received_, 2, 0, 1, 4);
    retranslate();
}

void PeerControls::retranslate()
{
    setTitle(peer_ == Peer::Client ? tr("Client application") : tr("Server application"));
    for (auto& [kind, button] : buttons_) {
        switch (kind) {
        case ActionKind::Listen:
            button->setText(tr("Listen"));
            button->setToolTip(tr("listen(): open a passive socket"));
            break;
        case ActionKind::Connect:
            button->setText(tr("Connect"));
            button->setToolTip(tr("connect(): active open, sends a SYN"));
            break;
        case ActionKind::Send:
            button->setText(tr("Send"));
            button->setToolTip(tr("send(): write 100 bytes"));
            break;
        case ActionKind::Close:
            button->setText(tr("Close"));
            button->setToolTip(tr("close(): no more data from us; sends a FIN"));
            break;
        case ActionKind::Shutdown:
            button->setText(tr("Shutdown"));
            button->setToolTip(tr("shutdown(SHUT_WR): send a FIN but keep reading"));
            break;
        case ActionKind::Abort:
            button->setText(tr("Abort"));
            button->setToolTip(tr("abort: send an RST and forget the connection"));
            break;
        case ActionKind::Crash:
            button->setText(tr("Crash"));
            button->setToolTip(tr("the host crashes and forgets everything silently"));
            break;
        default:
            break;
        }
    }
    neverClose_->setText(tr("Never closes"));
    neverClose_->setToolTip(
        tr("An application bug: after EOF it never calls close(), so the socket stays in CLOSE_WAIT"));
}

void PeerControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PeerControls::setReceived(const QString& text, bool alarm)
{
    received_->setText(text);
    received_->setStyleSheet(alarm ? QStringLiteral("color: #D50000; font-weight: bold;") : QString());
}

void PeerControls::setNeverClose(bool on)
{
    const QSignalBlocker block(neverClose_);
    neverClose_->setChecked(on);
    neverClose_->setEnabled(!on);
}

} // namespace tcplab
