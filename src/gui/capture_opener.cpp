#include "capture_opener.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace tcplab {

CaptureOpener::CaptureOpener(QObject* parent)
    : QObject(parent)
{
    showTimer_.setSingleShot(true);
    showTimer_.setInterval(kShowAfterMs);
    connect(&showTimer_, &QTimer::timeout, this, [this] { setShown(true); });
    pollTimer_.setInterval(100);
    connect(&pollTimer_, &QTimer::timeout, this, [this] { Q_EMIT busyProgress(busyPermille()); });
}

CaptureOpener::~CaptureOpener()
{
    // The worker holds its own job and its own data: told to stop, it ends on its own.
    cancel();
}

namespace {

// One step's CaptureProgress: its 0-1 told as `from`-`to` permille of the whole.
CaptureProgress stepProgress(const CaptureOpener::StepProgress& progress, int from, int to)
{
    if (!progress)
        return {};
    return [&progress, from, to](double done) { return progress(from + int(done * (to - from))); };
}

// Stopped: nothing of the capture is kept, and the window reads `cancelled` as "say nothing".
void dropCancelled(OpenedCapture& opened)
{
    PcapImportResult cancelled;
    cancelled.cancelled = true;
    cancelled.error = opened.path.toStdString() + ": cancelled";
    opened.capture = std::move(cancelled);
    opened.connections = {};
    opened.base.reset();
    opened.running.reset();
}

} // namespace

void CaptureOpener::read(OpenedCapture& opened, const StepProgress& progress)
{
    opened.capture = importPcap(opened.path.toStdString(), stepProgress(progress, 0, kReadPermille));
    if (!opened.capture.ok)
        return;
    auto connections = listConnections(opened.capture, stepProgress(progress, kReadPermille, kListPermille));
    if (!connections)
        return dropCancelled(opened);
    opened.connections = std::move(*connections);
    if (!opened.connection && opened.connections.size() == 1)
        opened.connection = 0;
    if (opened.connection && *opened.connection >= 0 && *opened.connection < int(opened.connections.size()))
        build(opened, *opened.connection, progress, kListPermille);
}

void CaptureOpener::build(OpenedCapture& opened, int index, const StepProgress& progress)
{
    build(opened, index, progress, 0);
}

void CaptureOpener::build(OpenedCapture& opened, int index, const StepProgress& progress, int fromPermille)
{
    const int segmentsTo = fromPermille + (1000 - fromPermille) * kBuildSegmentsPermille / 1000;
    const CaptureConnection& chosen = opened.connections[std::size_t(index)];
    opened.connection = index;
    auto segments = connectionSegments(opened.capture, chosen, stepProgress(progress, fromPermille, segmentsTo));
    // The replay holds what it needs: the headers of every connection are not kept (given
    // back before the replay is built, so that the two are never held at once).
    opened.capture.allSegments = {};
    opened.capture.chosen = {};
    if (!segments)
        return dropCancelled(opened);
    auto replay = CaptureReplay::build(chosen, std::move(*segments), stepProgress(progress, segmentsTo, 1000));
    if (!replay)
        return dropCancelled(opened);
    auto base = std::make_shared<const CaptureReplay>(std::move(*replay));
    opened.running = std::make_unique<CaptureReplay>(*base);
    opened.base = std::move(base);
}

CaptureOpener::StepProgress CaptureOpener::progressOf(Job& job, const std::function<void(int)>& probe)
{
    return [&job, probe](int permille) {
        job.permille = permille;
        if (probe)
            probe(permille);
        return !job.cancelled.load();
    };
}

template <typename Work> void CaptureOpener::run(const QString& path, Work work)
{
    cancel(); // the latest open wins
    auto job = std::make_shared<Job>();
    job_ = job;
    busyPath_ = path;
    auto* watcher = new QFutureWatcher<std::shared_ptr<OpenedCapture>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != job_)
            return; // cancelled, or another file opened meanwhile
        job_.reset();
        showTimer_.stop();
        pollTimer_.stop();
        setShown(false);
        Q_EMIT ready(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([job, work, probe = probe_]() mutable { return work(progressOf(*job, probe)); }));
    showTimer_.start();
    pollTimer_.start();
}

void CaptureOpener::open(const QString& path, std::optional<int> connection)
{
    run(path, [path, connection](const StepProgress& progress) {
        auto opened = std::make_shared<OpenedCapture>();
        opened->path = path;
        opened->connection = connection;
        read(*opened, progress);
        return opened;
    });
}

void CaptureOpener::prepare(std::shared_ptr<OpenedCapture> opened, int index)
{
    const QString path = opened->path;
    run(path, [opened = std::move(opened), index](const StepProgress& progress) mutable {
        build(*opened, index, progress);
        // The worker's copy let go here, not when QtConcurrent drops the function: a cancelled
        // job's result (then holding nothing) is the only one left.
        return std::move(opened);
    });
}

void CaptureOpener::cancel()
{
    if (job_)
        job_->cancelled = true;
    job_.reset();
    showTimer_.stop();
    pollTimer_.stop();
    setShown(false);
}

int CaptureOpener::busyPermille() const
{
    return job_ ? job_->permille.load() : 0;
}

void CaptureOpener::setShown(bool shown)
{
    if (shown == shown_)
        return;
    shown_ = shown;
    Q_EMIT busyChanged(shown);
}

} // namespace tcplab
