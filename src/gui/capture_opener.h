#pragma once
#include "capture_connections.h"
#include "capture_replay.h"
#include "pcap_import.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tcplab {

// What a step hands back. CaptureOpener::ready gives it; the window may hand it back to
// CaptureOpener::prepare() with the connection chosen.
struct OpenedCapture {
    QString path;
    std::optional<int> connection; // asked for; or the only one
    PcapImportResult capture; // error / cancelled when not ok
    std::vector<CaptureConnection> connections;
    // Once the connection is known: the replay, never run, and a copy of it to run.
    std::shared_ptr<const CaptureReplay> base;
    std::unique_ptr<CaptureReplay> running;
};

// A capture read in a worker thread (QtConcurrent), so that the window never waits on a big
// file: first importPcap and the list of its connections, then, once the connection is known
// (asked for, the only one, or chosen in the dialog), its replay. Each step reports through
// `ready`; the latest open wins (an earlier one still running is cancelled and its result
// ignored), and cancel() stops any step (the reading, the listing, the replay's building)
// within kProgressEveryPackets segments, the step's memory then given back.
class CaptureOpener : public QObject {
    Q_OBJECT
public:
    explicit CaptureOpener(QObject* parent = nullptr);
    ~CaptureOpener() override;

    // Reads `path`; builds the replay too when `connection` is given or the capture has one.
    void open(const QString& path, std::optional<int> connection);
    // Builds the replay of `opened`'s connection `index` (after the dialog).
    void prepare(std::shared_ptr<OpenedCapture> opened, int index);
    void cancel();

    bool isBusy() const { return job_ != nullptr; }
    // Busy for longer than kShowAfterMs: the status bar shows it, with Cancel.
    bool isBusyShown() const { return shown_; }
    int busyPermille() const;
    QString busyPath() const { return busyPath_; }
    static constexpr int kShowAfterMs = 300;

    // A step's progress: told the permille done of the whole open (or prepare), false to stop.
    using StepProgress = std::function<bool(int permille)>;
    // Does a step at once, in this thread (`tcplab --render` has no event loop to keep), or in
    // the worker, which stops it at Cancel. Stopped, a step leaves `opened` with
    // `capture.cancelled` set and nothing else of the capture kept.
    // Shares of the permille as the time goes on a big capture (docs/robustness.md: 0.56 s
    // reading, 0.04 s listing, 0.08 s the connection's segments, 1.5 s its replay): of read(),
    // the file 0-30 %, the list of connections 30-35 %, the replay 35-100 % (when it is built
    // here); of build(), the connection's segments 0-5 %, the replay 5-100 %.
    static void read(OpenedCapture& opened, const StepProgress& progress = {});
    static void build(OpenedCapture& opened, int index, const StepProgress& progress = {});
    static constexpr int kReadPermille = 300, kListPermille = 350, kBuildSegmentsPermille = 50;
    // Where the connection's segments end in read()'s permille.
    static constexpr int kReadSegmentsPermille = kListPermille + (1000 - kListPermille) * kBuildSegmentsPermille / 1000;

    // Called in the worker thread at each report of its progress, before the Cancel is looked
    // at: lets a test hold the worker inside a given step while it cancels.
    void setWorkerProbe(std::function<void(int permille)> probe) { probe_ = std::move(probe); }

Q_SIGNALS:
    void ready(std::shared_ptr<OpenedCapture> opened);
    void busyChanged(bool shown);
    void busyProgress(int permille);

private:
    struct Job {
        std::atomic<bool> cancelled { false };
        std::atomic<int> permille { 0 };
    };
    template <typename Work> void run(const QString& path, Work work);
    static void build(OpenedCapture& opened, int index, const StepProgress& progress, int fromPermille);
    static StepProgress progressOf(Job& job, const std::function<void(int)>& probe);
    void setShown(bool shown);

    std::shared_ptr<Job> job_;
    std::function<void(int permille)> probe_;
    QString busyPath_;
    bool shown_ = false;
    QTimer showTimer_;
    QTimer pollTimer_;
};

} // namespace tcplab
