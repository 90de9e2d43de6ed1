#include "timer_panel.h"
#include "simulation_controller.h"

#include "event_explainer.h"
#include "teaching_text.h"
#include "view_theme.h"

#include <QPainter>

namespace tcplab {

void TimerPanel::watch(const SimulationController& controller)
{
    connect(&controller, &SimulationController::advanced, this, [this, &controller] { follow(controller.snapshot()); });
}

TimerPanel::TimerPanel(Peer peer, QWidget* parent)
    : QWidget(parent)
    , peer_(peer)
{
    setObjectName(peer == Peer::Client ? QStringLiteral("clientTimers") : QStringLiteral("serverTimers"));
    setMinimumHeight(70);
    // Every pixel is painted by paintEvent (a cached picture or a fill): no background first.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize TimerPanel::sizeHint() const
{
    return { 300, int(74 * ViewTheme::current().fontScale) };
}

void TimerPanel::follow(const Snapshot& snapshot)
{
    bars_.clear();
    for (const SocketView& s : snapshot.sockets) {
        if (s.peer != peer_)
            continue;
        for (const TimerView& t : s.timers) {
            const TimeUs length = std::max<TimeUs>(1, t.dueUs - t.startUs);
            const TimeUs left = std::max<TimeUs>(0, t.dueUs - snapshot.nowUs);
            const bool retrying = t.kind == TimerKind::Retransmit || t.kind == TimerKind::SynRetry;
            bars_.push_back({ t.kind, s.sock, left, double(left) / double(length), retrying ? s.retransmissions : 0 });
        }
    }
    update();
}

void TimerPanel::paintEvent(QPaintEvent*)
{
    const ViewTheme& theme = ViewTheme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    QFont f = font();
    f.setPointSizeF(9 * theme.fontScale);
    p.setFont(f);
    const double row = p.fontMetrics().height() + 6;
    p.setPen(theme.muted);
    if (bars_.empty()) {
        p.drawText(rect().adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("no timer running"));
        return;
    }
    double y = 4;
    const double labelW = p.fontMetrics().horizontalAdvance(QStringLiteral("RETRANSMIT ×99")) + 10;
    // Room for the longest countdown text in the language shown ("剩余 211.600 毫秒" too).
    const double textW = p.fontMetrics().horizontalAdvance(tr("%1 left").arg(EventExplainer::formatTime(999'999))) + 10;
    // As many bars as fit; the rest summarised on the last row, never half drawn (a SYN flood
    // keeps a timer per half-open connection).
    const int fit = std::max(1, int((height() - 4) / row));
    const int shownBars = int(bars_.size()) <= fit ? int(bars_.size()) : fit - 1;
    for (int i = 0; i < shownBars; ++i) {
        const Bar& b = bars_[std::size_t(i)];
        QString name = TeachingText::timerName(b.kind);
        if (b.backoff > 0)
            name += QStringLiteral(" ×%1").arg(b.backoff);
        p.setPen(theme.text);
        p.drawText(QRectF(6, y, labelW, row), Qt::AlignLeft | Qt::AlignVCenter, name);
        const QRectF track(6 + labelW, y + 3, std::max(20.0, width() - labelW - textW - 12), row - 6);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.timerBack);
        p.drawRoundedRect(track, 3, 3);
        p.setBrush(b.kind == TimerKind::TimeWait ? theme.lit : theme.timerBar);
        p.drawRoundedRect(QRectF(track.x(), track.y(), track.width() * b.fraction, track.height()), 3, 3);
        p.setPen(theme.text);
        p.drawText(QRectF(track.right() + 6, y, textW, row), Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 left").arg(EventExplainer::formatTime(b.leftUs)));
        y += row;
    }
    if (shownBars < int(bars_.size())) {
        p.setPen(theme.muted);
        p.drawText(QRectF(6, y, width() - 12, row), Qt::AlignLeft | Qt::AlignVCenter,
            tr("+%n more timer(s)", nullptr, int(bars_.size()) - shownBars));
    }
}

} // namespace tcplab
