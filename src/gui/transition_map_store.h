#pragma once
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <set>
#include <string>

namespace tcplab {

class SimulationController;

// Which transitions of transition_catalog.h the user has seen in this window, over every run,
// lesson and hand action, remembered in QSettings by the catalog's stable ids: the 20 arrows of
// RFC 9293 Figure 5 and the resets, timeouts, aborts and extensions the figure does not draw.
// It reads the controller's trace as it advances (public signals and records() only).
class TransitionMapStore : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kSettingsKey = "transitionMap/seen";

    explicit TransitionMapStore(QObject* parent = nullptr);
    void watch(const SimulationController& controller);

    bool figureEdgeSeen(int index) const;
    bool offFigureSeen(int index) const;
    int figureEdgesSeen() const;
    int offFigureSeen() const;
    // "14 of 20 figure edges · 9 of 19 resets and timeouts"
    QString countText() const;
    // Forgets everything seen (and the settings with it).
    void forget();
    // A state event, as the trace writes it; public so a run's trace and tests feed it alike.
    void record(int figureEdge, int offFigure);

Q_SIGNALS:
    void changed();

private:
    void catchUp(const SimulationController& controller);
    void save() const;

    std::set<std::string> seen_; // catalog ids
    std::size_t consumed_ = 0;
};

} // namespace tcplab
