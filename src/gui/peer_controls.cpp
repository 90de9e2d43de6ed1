#include "peer_controls.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace tcplab {

PeerControls::PeerControls(Peer peer, QWidget* parent)
    : QGroupBox(peer == Peer::Client ? tr("Client application") : tr("Server application"), parent)
    , peer_(peer)
{
    setObjectName(peer == Peer::Client ? QStringLiteral("clientControls") : QStringLiteral("serverControls"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(4);
    struct Button {
        ActionKind kind;
        QString text;
        QString tip;
    };
    const Button buttons[] = {
        { ActionKind::Listen, tr("Listen"), tr("listen(): open a passive socket") },
        { ActionKind::Connect, tr("Connect"), tr("connect(): active open, sends a SYN") },
        { ActionKind::Send, tr("Send"), tr("send(): write 100 bytes") },
        { ActionKind::Close, tr("Close"), tr("close(): no more data from us; sends a FIN") },
        { ActionKind::Shutdown, tr("Shutdown"), tr("shutdown(SHUT_WR): send a FIN but keep reading") },
        { ActionKind::Abort, tr("Abort"), tr("abort: send an RST and forget the connection") },
        { ActionKind::Crash, tr("Crash"), tr("the host crashes and forgets everything silently") },
    };
    int i = 0;
    for (const Button& b : buttons) {
        auto* button = new QPushButton(b.text, this);
        button->setToolTip(b.tip);
        button->setObjectName(
            QStringLiteral("%1_%2").arg(objectName(), QString::fromLatin1(actionName(b.kind).data())));
        connect(button, &QPushButton::clicked, this, [this, kind = b.kind] { Q_EMIT actionRequested(kind, peer_); });
        grid->addWidget(button, i / 4, i % 4);
        ++i;
    }
    neverClose_ = new QCheckBox(tr("Never closes"), this);
    neverClose_->setToolTip(
        tr("An application bug: after EOF it never calls close(), so the socket stays in CLOSE_WAIT"));
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
