#include "transition_map_store.h"

#include "simulation_controller.h"
#include "transition_catalog.h"

#include <QSettings>

namespace tcplab {

namespace {
std::string idOf(std::string_view id)
{
    return std::string(id);
}
} // namespace

TransitionMapStore::TransitionMapStore(QObject* parent)
    : QObject(parent)
{
    // Only ids the catalog still knows count: a renamed or removed transition drops out.
    const QStringList stored = QSettings().value(QLatin1String(kSettingsKey)).toStringList();
    for (const FigureEdge& e : figureEdges())
        if (stored.contains(QString::fromUtf8(e.id.data(), qsizetype(e.id.size()))))
            seen_.insert(idOf(e.id));
    for (const OffFigureTransition& t : offFigureTransitions())
        if (stored.contains(QString::fromUtf8(t.id.data(), qsizetype(t.id.size()))))
            seen_.insert(idOf(t.id));
}

void TransitionMapStore::watch(const SimulationController& controller)
{
    // A rewind, a seek or another scenario starts the records again from nothing: read them
    // again from their start (a transition seen twice is still one).
    connect(&controller, &SimulationController::rebuilt, this, [this, &controller] {
        consumed_ = 0;
        catchUp(controller);
    });
    connect(&controller, &SimulationController::advanced, this, [this, &controller] { catchUp(controller); });
}

void TransitionMapStore::catchUp(const SimulationController& controller)
{
    const std::vector<TraceRecord>& records = controller.records();
    if (records.size() < consumed_)
        consumed_ = 0;
    for (; consumed_ < records.size(); ++consumed_) {
        const TraceRecord& r = records[consumed_];
        // In a capture the far end's states are guessed from what one end saw: not "seen".
        if (r.event.kind != TraceKind::State || r.evidence == TraceRecord::Evidence::Inferred)
            continue;
        record(figureEdgeFor(r.event.from, r.event.to, r.event.cause),
            offFigureTransitionFor(r.event.from, r.event.to, r.event.cause));
    }
}

void TransitionMapStore::record(int figureEdge, int offFigure)
{
    std::string id;
    if (figureEdge >= 0 && figureEdge < kFigureEdgeCount)
        id = idOf(figureEdges()[std::size_t(figureEdge)].id);
    else if (offFigure >= 0 && offFigure < int(offFigureTransitions().size()))
        id = idOf(offFigureTransitions()[std::size_t(offFigure)].id);
    if (id.empty() || !seen_.insert(id).second)
        return;
    save();
    Q_EMIT changed();
}

bool TransitionMapStore::figureEdgeSeen(int index) const
{
    return index >= 0 && index < kFigureEdgeCount && seen_.count(idOf(figureEdges()[std::size_t(index)].id));
}

bool TransitionMapStore::offFigureSeen(int index) const
{
    return index >= 0 && index < int(offFigureTransitions().size())
        && seen_.count(idOf(offFigureTransitions()[std::size_t(index)].id));
}

int TransitionMapStore::figureEdgesSeen() const
{
    int n = 0;
    for (int i = 0; i < kFigureEdgeCount; ++i)
        n += figureEdgeSeen(i) ? 1 : 0;
    return n;
}

int TransitionMapStore::offFigureSeen() const
{
    int n = 0;
    for (int i = 0; i < int(offFigureTransitions().size()); ++i)
        n += offFigureSeen(i) ? 1 : 0;
    return n;
}

QString TransitionMapStore::countText() const
{
    return tr("%1 of %2 figure edges · %3 of %4 resets and timeouts")
        .arg(figureEdgesSeen())
        .arg(kFigureEdgeCount)
        .arg(offFigureSeen())
        .arg(offFigureTransitions().size());
}

void TransitionMapStore::forget()
{
    seen_.clear();
    QSettings().remove(QLatin1String(kSettingsKey));
    Q_EMIT changed();
}

void TransitionMapStore::save() const
{
    QStringList ids;
    for (const std::string& id : seen_)
        ids << QString::fromStdString(id);
    QSettings().setValue(QLatin1String(kSettingsKey), ids);
}

} // namespace tcplab
