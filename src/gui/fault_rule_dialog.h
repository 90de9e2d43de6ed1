#pragma once
#include "scenario_spec.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FaultRuleDialog;
}

namespace tcplab {

// "Drop the client's 2nd pure ACK": a fault rule as the scenario format writes it (DESIGN.md §3).
class FaultRuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit FaultRuleDialog(QWidget* parent = nullptr);
    ~FaultRuleDialog() override;
    FaultSpec rule() const;

private:
    void updatePreview();
    std::unique_ptr<Ui::FaultRuleDialog> ui_;
};

} // namespace tcplab
