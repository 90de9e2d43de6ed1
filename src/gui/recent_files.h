#pragma once
#include <QMenu>
#include <QStringList>

namespace tcplab {

// File → Recent: the scenarios and captures opened last (newest first, at most kMax), kept in
// QSettings so they outlive the program. The menu is rebuilt each time it opens.
class RecentFiles : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMax = 10;

    explicit RecentFiles(QWidget* parent = nullptr);

    // Puts `entry` (an absolute path, or builtin:NAME) first.
    static void add(const QString& entry);
    static QStringList entries();
    static void clear();
    static bool isCapture(const QString& path);
    // Rebuilds the items from QSettings (aboutToShow calls it; tests call it directly).
    void rebuild();

Q_SIGNALS:
    void chosen(const QString& entry);

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace tcplab
