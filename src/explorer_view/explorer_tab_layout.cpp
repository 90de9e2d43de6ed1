// ExplorerTab: its widgets, laid out and connected (the runs and the exports: explorer_tab.cpp).
#include "explorer_tab.h"

#include "explorer_params_form.h"
#include "explorer_plot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tcplab {

void ExplorerTab::buildLayout()
{
    form_ = new ExplorerParamsForm;
    auto* scroll = new QScrollArea;
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);

    runA_ = new QPushButton;
    runB_ = new QPushButton;
    connect(runA_, &QPushButton::clicked, this, [this] { run(Slot::A); });
    connect(runB_, &QPushButton::clicked, this, [this] { run(Slot::B); });
    auto* runButtons = new QHBoxLayout;
    runButtons->addWidget(runA_);
    runButtons->addWidget(runB_);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(scroll);
    leftLayout->addLayout(runButtons);

    populations_ = new ExplorerPlot;
    failures_ = new ExplorerPlot;
    sweepPlot_ = new ExplorerPlot;
    hostChoice_ = new QComboBox;
    hostChoice_->addItem(QString());
    hostChoice_->addItem(QString());
    connect(hostChoice_, &QComboBox::currentIndexChanged, this, [this] { redrawRuns(); });
    auto* popPage = new QWidget;
    auto* popLayout = new QVBoxLayout(popPage);
    popLayout->addWidget(hostChoice_, 0, Qt::AlignLeft);
    popLayout->addWidget(populations_);
    auto* sweepPage = new QWidget;
    auto* sweepLayout = new QVBoxLayout(sweepPage);
    sweepLayout->addWidget(buildSweepControls());
    sweepLayout->addWidget(sweepPlot_);
    pages_ = new QTabWidget;
    pages_->addTab(popPage, QString());
    pages_->addTab(failures_, QString());
    pages_->addTab(sweepPage, QString());

    progress_ = new QProgressBar;
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(0);
    cancel_ = new QPushButton;
    cancel_->setEnabled(false);
    connect(cancel_, &QPushButton::clicked, this, &ExplorerTab::cancel);
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    summaryText_ = [] { return tr("Set the parameters and press Run A."); };
    csv_ = new QPushButton;
    png_ = new QPushButton;
    svg_ = new QPushButton;
    connect(csv_, &QPushButton::clicked, this, [this] { exportDialog(kCsv); });
    connect(png_, &QPushButton::clicked, this, [this] { exportDialog(kPng); });
    connect(svg_, &QPushButton::clicked, this, [this] { exportDialog(kSvg); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(progress_, 1);
    bottom->addWidget(cancel_);
    bottom->addWidget(csv_);
    bottom->addWidget(png_);
    bottom->addWidget(svg_);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(pages_, 1);
    rightLayout->addWidget(summary_);
    rightLayout->addLayout(bottom);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

QWidget* ExplorerTab::buildSweepControls()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    sweepKey_ = new QComboBox;
    // Keys are the `--set` names, shown as they are typed on the command line.
    for (const char* key :
        { "time_wait_ms", "msl_ms", "fin_wait_2_timeout_ms", "rate_per_s", "leak_fraction", "port_count" })
        sweepKey_->addItem(QString::fromLatin1(key));
    sweepFrom_ = new QDoubleSpinBox;
    sweepTo_ = new QDoubleSpinBox;
    sweepStep_ = new QDoubleSpinBox;
    for (QDoubleSpinBox* spin : { sweepFrom_, sweepTo_, sweepStep_ }) {
        spin->setRange(0, 1e9);
        spin->setDecimals(3);
    }
    sweepFrom_->setValue(10'000);
    sweepTo_->setValue(60'000);
    sweepStep_->setValue(10'000);
    sweepButton_ = new QPushButton;
    connect(sweepButton_, &QPushButton::clicked, this,
        [this] { runSweep(sweepKey_->currentText(), sweepFrom_->value(), sweepTo_->value(), sweepStep_->value()); });
    varyLabel_ = new QLabel;
    fromLabel_ = new QLabel;
    toLabel_ = new QLabel;
    stepLabel_ = new QLabel;
    row->addWidget(varyLabel_);
    row->addWidget(sweepKey_);
    row->addWidget(fromLabel_);
    row->addWidget(sweepFrom_);
    row->addWidget(toLabel_);
    row->addWidget(sweepTo_);
    row->addWidget(stepLabel_);
    row->addWidget(sweepStep_);
    row->addWidget(sweepButton_);
    row->addStretch();
    return box;
}

} // namespace tcplab
