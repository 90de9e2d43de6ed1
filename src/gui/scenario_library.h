#pragma once
#include <QWidget>

class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace tcplab {

// The built-in scenarios (from resources) in lesson order, numbered ("05b") and grouped by lesson
// (the variants a, b, … of lesson 05 under one heading), with their full titles word-wrapped and
// the chosen one's summary below, in the UI's language. The missions (docs/missions.md) follow
// in a section of their own, "Missions".
class ScenarioLibrary : public QWidget {
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn };
    enum Role { SpecRole = Qt::UserRole, SummaryRole };

    explicit ScenarioLibrary(QWidget* parent = nullptr);
    void reload();
    // The number of lessons listed (headings and missions are not counted).
    int count() const;
    // The number of missions listed under "Missions".
    int missionCount() const { return missionCount_; }
    // Selects the scenario that is open (nothing when it is not a built-in one).
    void setCurrent(const QString& spec);
    // The "builtin:NAME" of the chosen scenario; empty when a lesson heading or nothing is chosen.
    QString currentSpec() const;

Q_SIGNALS:
    void openRequested(const QString& spec); // "builtin:NAME" or "mission:NAME"

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QTreeWidgetItem* itemOf(const QString& spec) const;
    void showChosen(QTreeWidgetItem* item);
    void fitNumberColumn();

    QTreeWidget* tree_;
    QPushButton* open_;
    QTextBrowser* summary_;
    void addMissions();

    int count_ = 0;
    int missionCount_ = 0;
};

} // namespace tcplab
