#pragma once
#include "explorer_result.h"
#include "sweep.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace tcplab {

class ExplorerParamsForm;
class ExplorerPlot;

// The Explorer: many connections on the same core. Runs A and B (two parameter sets on one
// chart) and sweeps of one parameter go to worker threads (a sweep's points in parallel on all
// cores) with a progress bar and cancel; the window never waits for them.
class ExplorerTab : public QWidget {
    Q_OBJECT
public:
    enum class Slot { A, B };

    explicit ExplorerTab(QWidget* parent = nullptr);
    ~ExplorerTab() override;

    ExplorerParamsForm& params() { return *form_; }
    ExplorerPlot& populationsPlot() { return *populations_; }
    ExplorerPlot& failuresPlot() { return *failures_; }
    ExplorerPlot& sweepPlot() { return *sweepPlot_; }
    const std::optional<ExplorerResult>& result(Slot slot) const { return slot == Slot::A ? a_ : b_; }
    const std::vector<SweepPoint>& sweepPoints() const { return sweepPoints_; }
    bool busy() const;

    void run(Slot slot);
    // Sweeps `key` from..to by step over the form's other parameters.
    void runSweep(const QString& key, double from, double to, double step);
    void cancel();
    void showPage(int index);
    bool exportCsv(const QString& path) const;
    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;

Q_SIGNALS:
    void runFinished(tcplab::ExplorerTab::Slot slot);
    void sweepFinished();
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The progress bar's range for a run or a sweep; the pages of pages_; what exportDialog writes.
    static constexpr int kProgressSteps = 1000;
    enum Page { kPopulations, kFailures, kSweep };
    enum ExportKind { kCsv, kPng, kSvg };

    // explorer_tab_layout.cpp: the widgets and their connections.
    void buildLayout();
    QWidget* buildSweepControls();
    void redrawRuns();
    void onRunDone();
    void onSweepDone();
    // A non-modal warning: which run stopped on which budget, and how to stay within it.
    void showBudgetStop(const BudgetStop& stop, const QString& where);
    void retranslate();
    // The summary line is kept as a function, so a language change can write it again.
    void showSummary(std::function<QString()> text);
    void setBusy(bool busy, std::function<QString()> what);
    void exportDialog(int kind);
    const ExplorerPlot& currentPlot() const;

    ExplorerParamsForm* form_;
    QTabWidget* pages_;
    ExplorerPlot* populations_;
    ExplorerPlot* failures_;
    ExplorerPlot* sweepPlot_;
    QComboBox* hostChoice_;
    QComboBox* sweepKey_;
    QDoubleSpinBox* sweepFrom_;
    QDoubleSpinBox* sweepTo_;
    QDoubleSpinBox* sweepStep_;
    QPushButton* runA_;
    QPushButton* runB_;
    QPushButton* sweepButton_;
    QPushButton* cancel_;
    QPushButton* csv_;
    QPushButton* png_;
    QPushButton* svg_;
    QLabel* varyLabel_;
    QLabel* fromLabel_;
    QLabel* toLabel_;
    QLabel* stepLabel_;
    std::function<QString()> summaryText_;
    QProgressBar* progress_;
    QLabel* summary_;

    std::optional<ExplorerResult> a_;
    std::optional<ExplorerResult> b_;
    Slot running_ = Slot::A;
    QFutureWatcher<ExplorerResult> runWatcher_;
    QFutureWatcher<SweepPoint> sweepWatcher_;
    std::shared_ptr<std::atomic<bool>> sweepCancel_;
    QString sweepKeyName_;
    std::vector<SweepPoint> sweepPoints_;
};

} // namespace tcplab
