#include "peer_controls.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace tcplab {

namespace {
// The socket calls a peer's application can make, with their label and what they do: source
// texts (translated where they are shown, so a language change can show them again).
struct Call {
    ActionKind kind;
    const char* label;
    const char* tip;
};
constexpr Call kCalls[] = {
    { ActionKind::Listen, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Listen"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "listen(): open a passive socket") },
    { ActionKind::Connect, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Connect"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "connect(): active open, sends a SYN") },
    { ActionKind::Send, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Send"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "send(): write 100 bytes") },
    { ActionKind::Close, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Close"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "close(): no more data from us; sends a FIN") },
    { ActionKind::Shutdown, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Shutdown"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "shutdown(SHUT_WR): send a FIN but keep reading") },
    { ActionKind::Abort, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Abort"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "abort: send an RST and forget the connection") },
    { ActionKind::Crash, QT_TRANSLATE_NOOP("tcplab::PeerControls", "Crash"),
        QT_TRANSLATE_NOOP("tcplab::PeerControls", "the host crashes and forgets everything silently") },
};
} // namespace

PeerControls::PeerControls(Peer peer, QWidget* parent)
    : QGroupBox(parent)
    , peer_(peer)
{
    setObjectName(peer == Peer::Client ? QStringLiteral("clientControls") : QStringLiteral("serverControls"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    int i = 0;
    for (const Call& call : kCalls) {
        auto* button = new QPushButton(this);
        button->setObjectName(
            QStringLiteral("%1_%2").arg(objectName(), QString::fromLatin1(actionName(call.kind).data())));
        connect(button, &QPushButton::clicked, this, [this, kind = call.kind] { Q_EMIT actionRequested(kind, peer_); });
        grid->addWidget(button, i / 4, i % 4);
        buttons_.push_back(button);
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
    received_->setTextFormat(Qt::RichText);
    received_->setMinimumHeight(received_->fontMetrics().height() * 2 + 4); // room for a stray alarm
    grid->addWidget(received_, 2, 0, 1, 4);
    retranslate();
}

void PeerControls::retranslate()
{
    setTitle(peer_ == Peer::Client ? tr("Client application") : tr("Server application"));
    for (std::size_t i = 0; i < buttons_.size(); ++i) {
        buttons_[i]->setText(tr(kCalls[i].label));
        buttons_[i]->setToolTip(tr(kCalls[i].tip));
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

void PeerControls::setReceived(const QString& html, bool alarm)
{
    // Called every frame: a rich-text label lays itself out again on every setText, and a
    // style sheet is resolved again on every setStyleSheet, so only what changed is set.
    if (received_->text() != html)
        received_->setText(html);
    const QString style = alarm ? QStringLiteral("color: #D50000;") : QString();
    if (received_->styleSheet() != style)
        received_->setStyleSheet(style);
}

void PeerControls::setButtonsShown(bool on)
{
    for (QPushButton* b : buttons_)
        b->setVisible(on);
    neverClose_->setVisible(on);
}

bool PeerControls::buttonsShown() const
{
    return !neverClose_->isHidden();
}

void PeerControls::setNeverClose(bool on)
{
    const QSignalBlocker block(neverClose_);
    neverClose_->setChecked(on);
    neverClose_->setEnabled(!on);
}

} // namespace tcplab
