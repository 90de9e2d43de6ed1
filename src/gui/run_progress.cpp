#include "run_progress.h"

#include "capture_opener.h"

#include "event_explainer.h"
#include "simulation_controller.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QStatusBar>
#include <QToolButton>

namespace tcplab {

RunProgress::RunProgress(QWidget* parent)
    : QWidget(parent)
    , label_(new QLabel(this))
    , bar_(new QProgressBar(this))
    , cancel_(new QToolButton(this))
    , escape_(new QShortcut(QKeySequence(Qt::Key_Escape), parent ? parent : this))
{
    setObjectName(QStringLiteral("runProgress"));
    bar_->setObjectName(QStringLiteral("runProgressBar"));
    cancel_->setObjectName(QStringLiteral("runProgressCancel"));
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setFixedWidth(120);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    // Esc is the window's only while there is something to cancel.
    escape_->setContext(Qt::WindowShortcut);
    escape_->setEnabled(false);
    retranslate();
    setVisible(false);
}

void RunProgress::watch(SimulationController& controller)
{
    controller_ = &controller;
    connect(&controller, &SimulationController::busyChanged, this, &RunProgress::setShown);
    connect(&controller, &SimulationController::busyProgress, this, &RunProgress::showProgress);
    connect(cancel_, &QToolButton::clicked, this, &RunProgress::cancel);
    connect(escape_, &QShortcut::activated, this, &RunProgress::cancel);
    setShown();
}

void RunProgress::watch(CaptureOpener& opener)
{
    opener_ = &opener;
    connect(&opener, &CaptureOpener::busyChanged, this, &RunProgress::setShown);
    connect(&opener, &CaptureOpener::busyProgress, this, [this](int permille) {
        if (opening())
            showProgress(permille);
    });
    setShown();
}

bool RunProgress::opening() const
{
    return opener_ && opener_->isBusyShown();
}

void RunProgress::cancel()
{
    // A capture being read is what the window waits for; the run on screen is the old one.
    if (opening())
        opener_->cancel();
    else if (controller_)
        controller_->cancel();
}

void RunProgress::setShown()
{
    const bool shown = opening() || (controller_ && controller_->isBusyShown());
    escape_->setEnabled(shown);
    // The status bar's passing message would run into the indication's text.
    if (auto* bar = qobject_cast<QStatusBar*>(parentWidget()); bar && shown)
        bar->clearMessage();
    showProgress(!shown ? 0 : opening() ? opener_->busyPermille() : controller_->busyPermille());
    setVisible(shown);
}

void RunProgress::showProgress(int permille)
{
    bar_->setValue(permille);
    retranslate();
}

void RunProgress::retranslate()
{
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop here (Esc): the run stays where it got to"));
    if (opening()) {
        label_->setText(tr("Opening the capture %1…").arg(QFileInfo(opener_->busyPath()).fileName()));
        cancel_->setToolTip(tr("Stop opening it (Esc): the run on screen stays as it is"));
        return;
    }
    if (!controller_ || !controller_->isBusyShown()) {
        label_->clear(); // nothing runs: no text of a run to translate or to read
        return;
    }
    label_->setText(controller_->isCatchingUp()
            ? tr("Running to t = %1…").arg(EventExplainer::formatTime(controller_->catchUpTargetUs()))
            : tr("Finding the run's events…"));
}

void RunProgress::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tcplab
