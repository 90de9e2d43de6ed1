#pragma once
#include "snapshot.h"
#include "static_text_cache.h"
#include "time_axis.h"
#include "trace_record.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPixmap>
#include <QPolygonF>
#include <QWidget>

#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class QScrollArea;

namespace tcplab {

class SimulationController;

class LabelPlacer;

// The sequence (ladder) diagram: client lifeline left, server right, time running down. A
// segment is a sloped arrow from the instant it was sent to the instant it arrived; while in
// flight it grows across in virtual time. Dropped segments end in a red cross, delayed,
// duplicated, expired and stray ones have their own colour and line style (see the legend).
// Everything is derived from the trace and the snapshot the controller hands over.
class LadderView : public QWidget {
    Q_OBJECT
public:
    enum class Fate { InFlight, Arrived, Dropped };
    struct Entry {
        std::uint64_t id = 0;
        Peer from = Peer::Client;
        Segment segment;
        TimeUs sentUs = 0;
        TimeUs endUs = 0; // arrival or death (planned arrival while in flight)
        Fate fate = Fate::InFlight;
        DropReason reason = DropReason::Fault;
        bool stray = false;
        bool strayAccepted = false; // the stray's data or control was taken (the lesson's alarm)
        bool doomed = false;
        bool foreign = false; // to or from an address that is neither peer (a spoofed SYN)
        // The settled change (1, 2, …) that gave the segment its final look, 0 while in flight:
        // the settled picture is drawn in that order, so a new change only adds on top.
        std::size_t settledAt = 0;
    };
    // A segment's label as printed: a rectangle along its arrow (so maybe turned), or nothing
    // when no free place was found (then the hover shows it).
    struct PlacedLabel {
        std::uint64_t id = 0;
        QString text;
        QPolygonF shape;
        QPointF centre;
        double angleDeg = 0;
        bool shown = false;
        // The stray or expiry marker's word beside the arrow's head ("STRAY ACCEPTED").
        QString markerText;
        QRectF markerBox;
    };
    enum class Marker { None, StrayAccepted, StrayRejected, Expired };
    static Marker markerOf(const Entry& e);
    struct StateMark {
        Peer peer;
        TimeUs t_us;
        TcpState to;
        std::size_t layer = 0; // the settled change that wrote it
    };

    explicit LadderView(QWidget* parent = nullptr);

    void follow(const std::vector<TraceRecord>& records, const Snapshot& snapshot);
    void clear();
    // Subscribes to the run: reads it from `controller` whenever it advances.
    void watch(const SimulationController& controller);
    // The two peers' addresses: a segment to or from any other one goes to a lane of its own.
    void setPeerAddresses(std::uint32_t client, std::uint32_t server);
    bool hasForeignLane() const { return foreignLane_; }
    // What the picture shows at this width, for tests: every label placed, every state box,
    // the "now" label, and where an arrow's tail and head are.
    std::vector<PlacedLabel> labels(double width) const;
    // Settled labels are placed page by page, kLabelPagePx of the axis each, every label wholly
    // inside its page: pages never print on one another, and only the pages asked for are
    // placed, so a run of 500,000 segments costs what the part in view costs (issue 14).
    static constexpr double kLabelPagePx = 1024;
    static constexpr double kLabelFractions[] = { 0.5, 0.35, 0.65, 0.22, 0.78 }; // where along an arrow
    // A page crowded past this many segments (100,000 sent in one instant) labels the first
    // ones; the others keep their hover text (a strayed or expired one's marker is always tried).
    static constexpr std::size_t kMaxLabelsTriedPerPage = 300;
    static std::int64_t pageOf(double y) { return std::int64_t(std::floor(y / kLabelPagePx)); }
    std::vector<QRectF> stateBoxes(double width) const;
    QRectF nowLabelBox(double width) const;
    QLineF arrowOf(std::uint64_t id, double width) const;
    double yOf(TimeUs t) const { return axis_.y(t); }
    int labelPixelSize() const { return labelFont().pixelSize(); }
    TimeUs now() const { return nowUs_; }
    const std::deque<Entry>& entries() const { return entries_; }
    // Where a segment's arrow currently ends (its tip), in widget coordinates; for clicks and tests.
    std::optional<QPointF> segmentTip(std::uint64_t id) const;
    // Paints what lies in `visible` (the exporter passes no rectangle: everything). A long run
    // has hundreds of segments, most of them scrolled out of view: those cost nothing.
    void paintLadder(QPainter& painter, double width, const QRectF& visible = {}) const;
    double contentHeight() const;
    // Sizes `holder` (the widget in `scroll` that holds this view) to the content and scrolls
    // so that "now" stays in view, two thirds down, whenever it left the view.
    void keepNowInView(QScrollArea& scroll, QWidget& holder) const;
    // The band at the top of the view that keeps the names and the legend when scrolled.
    double pinnedHeaderHeight() const;
    QSize sizeHint() const override { return { 520, int(contentHeight()) }; }

    // Compare mode: where this run first differs from the other one (drawn once reached), or -1.
    void setDivergence(TimeUs t)
    {
        divergenceUs_ = t;
        update();
    }
    TimeUs divergence() const { return divergenceUs_; }
    // The segment shown selected (a halo), or 0.
    void setSelected(std::uint64_t id);
    std::uint64_t selected() const { return selected_; }
    // The segment whose arrow passes within a few pixels of `at`, or 0.
    std::uint64_t segmentAt(QPointF at) const;

Q_SIGNALS:
    // A segment still in flight was clicked: the fault menu opens for it.
    void segmentClicked(std::uint64_t id, QPoint globalPos);
    // Any segment was clicked: its detail is shown.
    void segmentSelected(std::uint64_t id);
    // The hover wants the one-line form of a segment (the window answers with a tooltip).
    void segmentHovered(std::uint64_t id, QPoint globalPos);

protected:
    void paintEvent(QPaintEvent*) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    static constexpr double kHeaderPx = 86; // the peers' names and the legend above the lifelines
    // An arrow as drawn, without words: a flood sends thousands of segments in one instant
    // that land in another, one arrow on top of the other. Each such arrow is drawn once.
    struct DrawnArrow {
        double ax, ay, bx, by;
        QRgb colour;
        int style;
        Fate fate;
        bool operator==(const DrawnArrow&) const = default;
    };
    struct DrawnArrowHash {
        std::size_t operator()(const DrawnArrow& d) const noexcept;
    };
    using DrawnArrows = std::unordered_set<DrawnArrow, DrawnArrowHash>;
    // What the cached picture of the settled part in view depends on.
    struct CacheKey {
        QRect inView;
        int width = 0;
        qreal devicePixelRatio = 0;
        int theme = -1; // ViewTheme::generation()
        int clears = -1; // a reset or another scenario starts a new picture
        int axisResets = -1; // a new scale moves everything settled
        std::size_t restyles = 0; // settled segments whose look changed since
        bool foreignLane = false;
        bool operator==(const CacheKey&) const = default;
    };
    static bool shown(const QRectF& visible, double y0, double y1);
    void drawLifelines(QPainter& p, double width, double fromY, double toY) const;
    void drawBreaks(QPainter& p, double width, const QRectF& visible) const;
    void drawBreak(QPainter& p, double width, const QRectF& visible, const TimeAxis::Break& b) const;
    static bool labelsKept(const std::vector<PlacedLabel>& before, const std::vector<PlacedLabel>& now);
    // Finished segments, state marks, the header, the lifelines and idle breaks up to the last
    // event that settled something (an arrival, a drop, a stray, a state): they change only
    // with the next such event.
    void paintSettled(QPainter& p, double width, const QRectF& visible) const;
    // The settled changes after `fromLayer` drawn in their order: each change's piece of the
    // lifelines, the idle breaks it closed, the segments it settled, the states it entered.
    // A fresh picture is all of them from 0; a kept one adds the new ones on top, pixel for pixel
    // the same as drawing afresh (checked by test_main_window's cachedPicturesFollowTheRun).
    // `candidates`: the entries (indices) that may be drawn, any order.
    void paintSettledLayers(QPainter& p, double width, const QRectF& visible, std::size_t fromLayer,
        const std::vector<PlacedLabel>& placed, const std::vector<std::size_t>& candidates, DrawnArrows& drawn) const;
    double settledLineY() const; // where the settled part ends (a whole pixel row)
    double layerTopY(std::size_t layer) const;
    // From that event on: lifelines down to now, the idle breaks still open,
    // segments in flight, the "now" line.
    void paintMoving(QPainter& p, double width, const QRectF& visible) const;
    struct Line {
        QPointF a, b;
        bool truncated;
    };
    Line lineOf(const Entry& e, double width) const;
    double xOf(Peer peer, double width) const;
    bool isForeign(const Segment& s, Peer sender) const;
    double foreignX(double width) const { return width * 0.05; }
    double tailX(const Entry& e, double width) const;
    double headX(const Entry& e, double width) const;
    QFont labelFont() const;
    void placeLabels(
        const std::vector<const Entry*>& which, double width, LabelPlacer& placer, std::vector<PlacedLabel>& out) const;
    // The settled labels of the pages that `visible` overlaps (all of them for a null rectangle),
    // page by page in the axis' order, each page in the entries' order.
    std::vector<PlacedLabel> settledLabels(double width, const QRectF& visible) const;
    // The labels of the segments in flight, placed clear of the settled ones near them.
    std::vector<PlacedLabel> movingLabels(double width) const;
    struct LabelPage {
        std::vector<PlacedLabel> labels;
        double settledY = -1; // where the settled part ended when it was placed
        bool valid = false;
    };
    void preparePages(double width) const;
    // `boxes`: the state boxes, measured the first time a page needs placing.
    const LabelPage& labelPage(std::int64_t page, double width, std::optional<std::vector<QRectF>>& boxes) const;
    std::vector<QRectF> markBoxes(double width, const QFontMetricsF& fm) const;
    double stateBoxWidth() const;
    // The label font and what is measured in it, made once per width, theme and font.
    struct Metrics {
        QFont font;
        double stateBoxWidth = 0;
        double lineHeight = 0;
    };
    const Metrics& metrics() const;
    // A segment's label in full and short ("ACK len=0"), with their widths in the label font.
    struct LabelTexts {
        QString full, brief;
        double fullWidth = 0, briefWidth = 0;
    };
    const LabelTexts& labelTexts(const Entry& e) const;
    static QString markerWord(Marker m);
    QFont markerFont() const;
    double markerRadius() const;
    void placeMarker(const Entry& e, const Line& line, LabelPlacer& placer, PlacedLabel& label) const;
    void drawMarker(QPainter& p, const Entry& e, const Line& line, const PlacedLabel* label) const;
    void rebuildAxis();
    void paintHeader(QPainter& p, double width) const; // the peers' names and the legend
    void drawLegend(QPainter& p, double width) const;
    // Two entries whose arrows are drawn alike, pixel for pixel (a flood sends thousands in a
    // row): of such a run only the first need be looked at.
    static bool sameArrow(const Entry& a, const Entry& b);
    static bool bare(const Entry& e, const PlacedLabel* label);
    using LabelIndex = std::unordered_map<std::uint64_t, const PlacedLabel*>;
    // Draws `e` (in view) with its label from `labelOf`, unless it is a bare arrow alike the
    // last bare one looked at, `lastBare`: that one was drawn, or lies out of view as well.
    void drawUnlessRepeated(QPainter& p, const Entry& e, double width, const QRectF& visible, const LabelIndex& labelOf,
        const Entry*& lastBare, DrawnArrows& drawn) const;
    // Draws `e` unless `drawn` (when given) holds the same bare arrow already.
    void drawEntry(
        QPainter& p, const Entry& e, double width, const PlacedLabel* label, DrawnArrows* drawn = nullptr) const;
    QColor colourOf(const Entry& e, Qt::PenStyle& style) const;

    std::size_t consumed_ = 0;
    // A deque: it grows without moving what it holds (a vector's doubling copied 500,000
    // entries in one intake and held the window ~40 ms, issue 14).
    std::deque<Entry> entries_;
    std::unordered_map<std::uint64_t, std::size_t> byId_; // looked up for every trace record
    std::vector<StateMark> marks_;
    std::vector<TimeUs> instants_;
    TimeAxis axis_;
    TimeUs nowUs_ = 0;
    static constexpr TimeUs kDefaultFlightUs = 50'000; // the scale before any segment has flown
    void noteFlight(const Entry& e);
    TimeUs flightUs() const;
    TimeUs minFlightUs_ = 0; // the shortest flight of an original seen so far
    std::vector<TimeUs> tail_; // now and the planned arrivals of what is in flight
    TimeUs axisFlightUs_ = -1; // the scale and top the axis was laid out for
    double axisTop_ = -1;
    std::size_t axisInstants_ = 0; // trace instants already appended to the axis
    mutable StaticTextCache labels_; // segment labels, laid out once
    QPixmap cache_;
    CacheKey cacheKey_;
    std::size_t cacheLayers_ = 0; // the settled changes the cached picture holds
    std::vector<PlacedLabel> cacheLabels_; // the settled labels as the cached picture shows them
    DrawnArrows cacheArrows_; // the bare arrows the cached picture holds
    int clears_ = 0;
    std::size_t settledChanges_ = 0; // trace events that changed the settled part
    TimeUs settledUs_ = 0; // the instant of the last of them
    std::vector<TimeUs> layerUs_ { 0 }; // the instant of each settled change (0 first)
    std::size_t restyles_ = 0;
    int axisResets_ = 0;
    std::uint32_t clientAddr_ = 0;
    std::uint32_t serverAddr_ = 0;
    bool foreignLane_ = false;
    std::uint64_t selected_ = 0;
    TimeUs divergenceUs_ = -1;
    // The settled labels' pages, kept with what they depend on; the settled entries by the
    // page of their arrow's middle, indexed as they settle (settledOrder_).
    mutable std::unordered_map<std::int64_t, LabelPage> labelPages_;
    mutable std::tuple<double, int, int, std::size_t, bool, int> labelPagesKey_ {};
    mutable std::unordered_map<std::int64_t, std::vector<std::size_t>> pageEntries_;
    mutable std::size_t pagedSettled_ = 0;
    mutable int pagedAxisResets_ = -1;
    std::vector<std::size_t> settledOrder_; // entries in the order they settled
    std::vector<std::size_t> inFlight_; // entries still in flight, in order
    mutable std::vector<std::size_t> longSettled_; // settled arrows longer than a page
    // The settled entries whose arrows may cross `visible`, in the entries' order.
    std::vector<std::size_t> settledNear(const QRectF& visible) const;
    std::size_t cacheSettled_ = 0; // settledOrder_'s length when the cached picture was drawn
    int fontChanges_ = 0;
    mutable Metrics metrics_;
    mutable std::tuple<int, int, int> metricsKey_ { -1, -1, -1 };
    mutable std::unordered_map<std::uint64_t, LabelTexts> labelTexts_;
};

} // namespace tcplab
