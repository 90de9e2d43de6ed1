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

void CaptureOpener::read(OpenedCapture& opened, const std::atomic<bool>* cancelled, std::atomic<int>* permille)
{
    opened.capture = importPcap(opened.path.toStdString(), [&](double done) {
        if (permille)
            permille->store(int(done * 1000));
        return !cancelled || !cancelled->load();
    });
    if (!opened.capture.ok)
        return;
    opened.connections = listConnections(opened.capture);
    if (!opened.connection && opened.connections.size() == 1)
        opened.connection = 0;
    if (opened.connection && *opened.connection >= 0 && *opened.connection < int(opened.connections.size()))
        build(opened, *opened.connection);
}

void CaptureOpener::build(OpenedCapture& opened, int index)
{
    const CaptureConnection& chosen = opened.connections[std::size_t(index)];
    opened.connection = index;
    auto base = std::make_shared<const CaptureReplay>(chosen, connectionSegments(opened.capture, chosen));
    opened.running = std::make_unique<CaptureReplay>(*base);
    opened.base = std::move(base);
    // The replay holds what it needs: the headers of every connection are not kept.
    opened.capture.allSegments = {};
    opened.capture.chosen = {};
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
    watcher->setFuture(QtConcurrent::run([job, work]() mutable { return work(*job); }));
    showTimer_.start();
    pollTimer_.start();
}

void CaptureOpener::open(const QString& path, std::optional<int> connection)
{
    run(path, [path, connection](Job& job) {
        auto opened = std::make_shared<OpenedCapture>();
        opened->path = path;
        opened->connection = connection;
        read(*opened, &job.cancelled, &job.permille);
        return opened;
    });
}

void CaptureOpener::prepare(std::shared_ptr<OpenedCapture> opened, int index)
{
    const QString path = opened->path;
    run(path, [opened, index](Job& job) {
        job.permille = 500; // one step, of unknown length
        build(*opened, index);
        return opened;
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
