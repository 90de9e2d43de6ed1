#include "fault_rule_dialog.h"

#include "ui_fault_rule_dialog.h"

namespace tcplab {

namespace {
const SegmentClass kClasses[] = { SegmentClass::Syn, SegmentClass::SynAck, SegmentClass::PureAck, SegmentClass::Data,
    SegmentClass::Fin, SegmentClass::Rst, SegmentClass::Any };
const FaultAction kActions[] = { FaultAction::Drop, FaultAction::Delay, FaultAction::Duplicate };
} // namespace

FaultRuleDialog::FaultRuleDialog(QWidget* parent)
    : QDialog(parent)
    , ui_(std::make_unique<Ui::FaultRuleDialog>())
{
    ui_->setupUi(this);
    ui_->peerBox->addItem(tr("client"));
    ui_->peerBox->addItem(tr("server"));
    for (SegmentClass c : kClasses)
        ui_->matchBox->addItem(QString::fromLatin1(segmentClassName(c)));
    ui_->actionBox->addItem(tr("drop"));
    ui_->actionBox->addItem(tr("delay"));
    ui_->actionBox->addItem(tr("duplicate"));
    for (auto* box : { ui_->peerBox, ui_->matchBox, ui_->actionBox })
        connect(box, &QComboBox::currentIndexChanged, this, &FaultRuleDialog::updatePreview);
    for (auto* spin : { ui_->nthBox, ui_->delayBox })
        connect(spin, &QSpinBox::valueChanged, this, &FaultRuleDialog::updatePreview);
    updatePreview();
}

FaultRuleDialog::~FaultRuleDialog() = default;

FaultSpec FaultRuleDialog::rule() const
{
    FaultSpec r;
    r.peer = ui_->peerBox->currentIndex() == 0 ? Peer::Client : Peer::Server;
    r.match = kClasses[ui_->matchBox->currentIndex()];
    r.nth = ui_->nthBox->value();
    r.action = kActions[ui_->actionBox->currentIndex()];
    r.delayMs = r.action == FaultAction::Drop ? 0 : ui_->delayBox->value();
    return r;
}

void FaultRuleDialog::updatePreview()
{
    const FaultSpec r = rule();
    ui_->delayBox->setEnabled(r.action != FaultAction::Drop);
    ui_->preview->setText(tr("The %1's segment #%2 of kind %3 will be: %4. The rule applies from the start of the run.")
                              .arg(ui_->peerBox->currentText())
                              .arg(r.nth)
                              .arg(ui_->matchBox->currentText(), ui_->actionBox->currentText()));
}

} // namespace tcplab
