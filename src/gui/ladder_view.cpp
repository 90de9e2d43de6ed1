#include "ladder_view.h"
#include "simulation_controller.h"

#include "event_explainer.h"
#include "view_theme.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>

#include <cmath>

namespace tcplab {

void LadderView::watch(const SimulationController& controller)
{
    connect(&controller, &SimulationController::advanced, this,
        [this, &controller] { follow(controller.records(), controller.snapshot()); });
}

namespace {
constexpr double kFlightPx = 70; // one one-way delay spans this many pixels
constexpr double kLogGrowth = 0.15;

bool diedInNetwork(DropReason r)
{
    return r == DropReason::Fault || r == DropReason::Loss || r == DropReason::Expired || r == DropReason::NoRoute;
}
} // namespace

LadderView::LadderView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ladder"));
    setMouseTracking(true);
    // paintEvent covers all it is asked to with the settled picture: Qt need not clear it first,
    // nor paint the scroll area's background beneath (at 4K that was a frame's worth of pixels).
    setAttribute(Qt::WA_OpaquePaintEvent);
    clear();
}

void LadderView::clear()
{
    ++clears_;
    settledChanges_ = 0;
    settledUs_ = 0;
    layerUs_.assign(1, 0);
    restyles_ = 0;
    consumed_ = 0;
    entries_.clear();
    byId_.clear();
    marks_.clear();
    instants_.clear();
    tail_.clear();
    minFlightUs_ = 0;
    axisFlightUs_ = -1;
    nowUs_ = 0;
    foreignLane_ = false;
    selected_ = 0;
    labelPages_.clear();
    std::get<0>(labelPagesKey_) = -1;
    pageEntries_.clear();
    pagedSettled_ = 0;
    settledOrder_.clear();
    inFlight_.clear();
    longSettled_.clear();
    labelTexts_.clear();
    rebuildAxis();
    update();
}

bool LadderView::isForeign(const Segment& s, Peer sender) const
{
    if (clientAddr_ == 0 && serverAddr_ == 0)
        return false;
    // The client's side of the segment: its source when the client sent it, else its destination.
    const std::uint32_t clientSide = sender == Peer::Client ? s.srcAddr : s.dstAddr;
    return clientSide != clientAddr_;
}

void LadderView::setPeerAddresses(std::uint32_t client, std::uint32_t server)
{
    clientAddr_ = client;
    serverAddr_ = server;
}

void LadderView::follow(const std::vector<TraceRecord>& records, const Snapshot& snapshot)
{
    if (records.size() < consumed_)
        clear();
    // The index of the segment's entry, made at its first event.
    auto entryFor = [&](const TraceRecord& r, Peer sender) -> std::size_t {
        const auto found = byId_.find(r.segment->id);
        if (found != byId_.end())
            return found->second;
        // A network copy has no send event: it starts when its original was born.
        Entry e;
        e.id = r.segment->id;
        e.from = sender;
        e.segment = *r.segment;
        e.sentUs = r.event.kind == TraceKind::Send ? r.event.t_us : r.segment->bornUs;
        e.endUs = r.event.t_us;
        e.foreign = isForeign(e.segment, sender);
        foreignLane_ = foreignLane_ || e.foreign;
        const std::size_t index = entries_.size();
        byId_[e.id] = index;
        inFlight_.push_back(index);
        entries_.push_back(e);
        return index;
    };
    for (; consumed_ < records.size(); ++consumed_) {
        const TraceRecord& r = records[consumed_];
        const TraceEvent& ev = r.event;
        if (instants_.empty() || ev.t_us > instants_.back())
            instants_.push_back(ev.t_us);
        // What changes the settled part of the picture: a segment ends, is found a stray, or a
        // state is entered. Sends, timers and application events only touch what moves.
        if (ev.kind == TraceKind::Arrive || ev.kind == TraceKind::Drop || ev.kind == TraceKind::Stray
            || ev.kind == TraceKind::State) {
            ++settledChanges_;
            settledUs_ = ev.t_us;
            layerUs_.push_back(settledUs_);
        }
        // What changes a segment's look once it is settled (a copy found a stray after it
        // arrived) moves it to this layer, and the settled picture must be drawn afresh.
        auto settle = [this](std::size_t index) -> Entry& {
            Entry& e = entries_[index];
            if (e.fate != Fate::InFlight && e.settledAt != 0)
                ++restyles_;
            if (e.settledAt == 0)
                settledOrder_.push_back(index);
            e.settledAt = settledChanges_;
            return e;
        };
        switch (ev.kind) {
        case TraceKind::Send: {
            Entry& e = entries_[entryFor(r, ev.peer)];
            e.sentUs = ev.t_us;
            e.endUs = ev.t_us + flightUs(); // until the snapshot says when it lands
            break;
        }
        case TraceKind::Arrive: {
            Entry& e = settle(entryFor(r, otherPeer(ev.peer)));
            e.fate = Fate::Arrived;
            e.endUs = ev.t_us;
            noteFlight(e);
            break;
        }
        case TraceKind::Drop: {
            Entry& e = settle(entryFor(r, otherPeer(ev.peer)));
            e.fate = Fate::Dropped;
            e.reason = ev.reason;
            e.endUs = ev.t_us;
            break;
        }
        case TraceKind::Stray:
            if (r.segment) {
                const std::size_t index = entryFor(r, otherPeer(ev.peer));
                Entry& e = entries_[index];
                if (e.fate != Fate::InFlight)
                    settle(index);
                e.stray = true;
                e.strayAccepted = ev.accepted;
            }
            break;
        case TraceKind::State:
            marks_.push_back({ ev.peer, ev.t_us, ev.to, settledChanges_ });
            break;
        default:
            break;
        }
    }
    for (const FlightView& f : snapshot.inFlight) {
        const auto found = byId_.find(f.segment.id);
        if (found == byId_.end()) {
            // A network copy still in flight: it appears once it exists in the snapshot.
            Entry e;
            e.id = f.segment.id;
            e.from = f.from;
            e.segment = f.segment;
            e.sentUs = f.sentUs;
            e.foreign = isForeign(e.segment, e.from);
            foreignLane_ = foreignLane_ || e.foreign;
            byId_[e.id] = entries_.size();
            inFlight_.push_back(entries_.size());
            entries_.push_back(e);
        }
        Entry& e = entries_[byId_[f.segment.id]];
        if (e.fate == Fate::InFlight) {
            e.endUs = f.arriveUs;
            e.doomed = f.doomed;
            if (f.expires)
                e.reason = DropReason::Expired;
            if (!f.doomed && !f.expires)
                noteFlight(e);
        }
    }
    // What is still in flight, in the entries' order: what each frame draws and labels.
    std::erase_if(inFlight_, [this](std::size_t i) { return entries_[i].fate != Fate::InFlight; });
    nowUs_ = snapshot.nowUs;
    tail_.clear();
    tail_.push_back(nowUs_);
    for (const FlightView& f : snapshot.inFlight)
        tail_.push_back(entries_[byId_[f.segment.id]].endUs);
    rebuildAxis();
    setMinimumHeight(int(contentHeight()));
    update();
}

void LadderView::noteFlight(const Entry& e)
{
    // The network's one-way delay, as the run shows it: the shortest flight of an original
    // (faults only ever add delay, copies arrive late). It sets the axis' scale and tells a
    // delayed segment from a normal one, whatever the scenario's parameters said.
    if (e.segment.copyOf != 0 || e.endUs <= e.sentUs)
        return;
    const TimeUs flight = e.endUs - e.sentUs;
    if (minFlightUs_ == 0 || flight < minFlightUs_)
        minFlightUs_ = flight;
}

TimeUs LadderView::flightUs() const
{
    return minFlightUs_ > 0 ? minFlightUs_ : kDefaultFlightUs;
}

void LadderView::rebuildAxis()
{
    // The trace's instants are appended once and never move; only "now" and the planned
    // arrivals ahead are laid out again (TimeAxis). A new scale (a shorter flight seen, a new
    // font scale) lays out everything again, once.
    const double top = kHeaderPx * ViewTheme::current().fontScale;
    const TimeUs flight = flightUs();
    if (flight != axisFlightUs_ || top != axisTop_) {
        axis_.reset(kFlightPx / (double(flight) / 1000.0), 2 * flight, kLogGrowth, top);
        ++axisResets_; // every settled thing may have moved: the settled picture is drawn afresh
        axis_.appendFixed(0);
        axisInstants_ = 0;
        axisFlightUs_ = flight;
        axisTop_ = top;
    }
    for (; axisInstants_ < instants_.size(); ++axisInstants_)
        axis_.appendFixed(instants_[axisInstants_]);
    axis_.setTail(tail_);
}

double LadderView::contentHeight() const
{
    return axis_.y(nowUs_) + 80;
}

void LadderView::keepNowInView(QScrollArea& scroll, QWidget& holder) const
{
    // The holder is resized at once (not on the next layout pass) so the scroll range is right
    // before the scroll position is set.
    const int viewportH = scroll.viewport()->height();
    holder.resize(scroll.viewport()->width(), std::max(viewportH, int(contentHeight())));
    const int nowY = int(yOf(nowUs_));
    QScrollBar* bar = scroll.verticalScrollBar();
    if (nowY > bar->value() + viewportH - 40 || nowY < bar->value() + pinnedHeaderHeight())
        bar->setValue(std::max(0, nowY - viewportH * 2 / 3));
}

double LadderView::xOf(Peer peer, double width) const
{
    // With a lane for other addresses at the far left, the client moves in to make room.
    // The state boxes written beside each lifeline must fit outside it.
    const double box = stateBoxWidth() + 10;
    if (peer == Peer::Client)
        return std::max(width * (foreignLane_ ? 0.30 : 0.24), box + (foreignLane_ ? width * 0.08 : 0.0));
    return std::min(width * 0.76, width - box);
}

double LadderView::tailX(const Entry& e, double width) const
{
    return e.foreign && e.from == Peer::Client ? foreignX(width) : xOf(e.from, width);
}

double LadderView::headX(const Entry& e, double width) const
{
    return e.foreign && e.from == Peer::Server ? foreignX(width) : xOf(otherPeer(e.from), width);
}

LadderView::Line LadderView::lineOf(const Entry& e, double width) const
{
    const QPointF a(tailX(e, width), axis_.y(e.sentUs));
    QPointF b(headX(e, width), axis_.y(e.endUs));
    bool truncated = false;
    if (e.fate == Fate::InFlight && e.endUs > e.sentUs) {
        // The head is on the "now" line, across by the share of its flight already done. The
        // axis compresses idle stretches, so a share of the pixels would be another instant:
        // a copy held back for seconds would point at a moment long past.
        const double f = std::clamp(double(nowUs_ - e.sentUs) / double(e.endUs - e.sentUs), 0.0, 1.0);
        b = QPointF(a.x() + (b.x() - a.x()) * f, axis_.y(std::clamp(nowUs_, e.sentUs, e.endUs)));
        truncated = true;
    } else if (e.fate == Fate::Dropped && diedInNetwork(e.reason) && !e.foreign) {
        // The cross sits short of the receiver but exactly at the instant the segment died: the
        // time axis skips idle stretches, so a fraction of the height would be another time.
        b.setX(a.x() + (b.x() - a.x()) * 0.8);
    }
    return { a, b, truncated };
}

QLineF LadderView::arrowOf(std::uint64_t id, double width) const
{
    const auto found = byId_.find(id);
    if (found == byId_.end())
        return {};
    const Line line = lineOf(entries_[found->second], width);
    return { line.a, line.b };
}

std::optional<QPointF> LadderView::segmentTip(std::uint64_t id) const
{
    const auto found = byId_.find(id);
    if (found == byId_.end())
        return std::nullopt;
    return lineOf(entries_[found->second], width()).b;
}

void LadderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        cache_ = QPixmap(); // the legend and the state marks are text
        ++fontChanges_;
    }
    QWidget::changeEvent(event);
}

std::uint64_t LadderView::segmentAt(QPointF at) const
{
    double best = 8;
    std::uint64_t bestId = 0;
    for (const Entry& e : entries_) {
        const Line line = lineOf(e, width());
        const QPointF d = line.b - line.a;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double f = len2 > 0 ? std::clamp(QPointF::dotProduct(at - line.a, d) / len2, 0.0, 1.0) : 0.0;
        const QPointF closest = line.a + d * f;
        const double dist = std::hypot(at.x() - closest.x(), at.y() - closest.y());
        if (dist < best) {
            best = dist;
            bestId = e.id;
        }
    }
    return bestId;
}

void LadderView::setSelected(std::uint64_t id)
{
    if (id == selected_)
        return;
    selected_ = id;
    update();
}

void LadderView::mousePressEvent(QMouseEvent* event)
{
    const std::uint64_t id = segmentAt(event->position());
    if (id == 0)
        return;
    setSelected(id);
    Q_EMIT segmentSelected(id);
    const auto found = byId_.find(id);
    if (found != byId_.end() && entries_[found->second].fate == Fate::InFlight)
        Q_EMIT segmentClicked(id, event->globalPosition().toPoint());
}

void LadderView::mouseMoveEvent(QMouseEvent* event)
{
    if (const std::uint64_t id = segmentAt(event->position()))
        Q_EMIT segmentHovered(id, event->globalPosition().toPoint());
}

} // namespace tcplab
