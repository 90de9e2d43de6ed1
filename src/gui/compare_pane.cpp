#include "compare_pane.h"

#include "ladder_view.h"
#include "received_stream.h"
#include "simulation_controller.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace tcplab {

ComparePane::ComparePane(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , controller_(new SimulationController(this))
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    title_ = new QLabel(this);
    title_->setObjectName(objectName + QStringLiteral("_title"));
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    title_->setFont(big);
    states_ = new QLabel(this);
    states_->setWordWrap(true);
    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    holder_ = new QWidget(scroll_);
    auto* holderLayout = new QVBoxLayout(holder_);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    ladder_ = new LadderView(holder_);
    ladder_->setObjectName(objectName + QStringLiteral("_ladder"));
    holderLayout->addWidget(ladder_);
    scroll_->setWidget(holder_);
    connect(scroll_->verticalScrollBar(), &QScrollBar::valueChanged, ladder_, [this] { ladder_->update(); });
    receivedClient_ = new QLabel(this);
    receivedServer_ = new QLabel(this);
    for (QLabel* l : { receivedClient_, receivedServer_ }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
    }
    receivedClient_->setObjectName(objectName + QStringLiteral("_receivedClient"));
    receivedServer_->setObjectName(objectName + QStringLiteral("_receivedServer"));
    layout->addWidget(title_);
    layout->addWidget(states_);
    layout->addWidget(scroll_, 1);
    layout->addWidget(receivedClient_);
    layout->addWidget(receivedServer_);
    ladder_->watch(*controller_);
    connect(controller_, &SimulationController::rebuilt, this, [this] {
        const Scenario& s = controller_->effectiveScenario();
        ladder_->setPeerAddresses(s.spec.client.addr, s.spec.server.addr);
        ladder_->clear();
        received_[0] = received_[1] = ReceivedStream();
    });
}

void ComparePane::load(const Scenario& scenario, const QString& label)
{
    title_->setText(label);
    controller_->loadScenario(scenario, QString::fromStdString(scenario.name));
    refresh();
}

QString ComparePane::label() const
{
    return title_->text();
}

void ComparePane::refresh()
{
    const auto& records = controller_->records();
    TcpState last[2] = { TcpState::Closed, TcpState::Closed };
    for (const TraceRecord& r : records)
        if (r.event.kind == TraceKind::State)
            last[int(r.event.peer)] = r.event.to;
    states_->setText(
        tr("Client: %1 · Server: %2")
            .arg(QString::fromLatin1(stateName(last[0]).data()), QString::fromLatin1(stateName(last[1]).data())));
    for (Peer peer : { Peer::Client, Peer::Server })
        received_[int(peer)].follow(records, peer);
    receivedClient_->setText(tr("Client %1").arg(received_[int(Peer::Client)].html()));
    receivedServer_->setText(tr("Server %1").arg(received_[int(Peer::Server)].html()));
    // Keep "now" in view while the run moves.
    ladder_->keepNowInView(*scroll_, *holder_);
}

} // namespace tcplab
