#pragma once
#include <QList>
#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace tcplab {

// The help (F1): an index on the left (states, transitions, parameters, lessons), the teaching
// text on the right as one page, and a search box that narrows the index to the entries that
// mention the words and marks every match in the text (Enter: next, Shift+Enter: previous).
// Esc closes it. It writes itself again in the new language on QEvent::LanguageChange.
class HelpWindow : public QWidget {
    Q_OBJECT
public:
    enum Role { AnchorRole = Qt::UserRole, TextRole };

    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows the entry named `anchor` ("state-TIME_WAIT", "param-msl_ms", "lesson-05b").
    void showAnchor(const QString& anchor);
    // Searches as typing into the box does; returns the number of matches in the text.
    int search(const QString& words);
    // Moves to the next (or previous) match, wrapping around; false when there is none.
    bool findNext(bool backward = false);
    int matchCount() const { return int(matches_.size()); }
    // The entry of the index whose text is in view (or holds the current match).
    QString currentAnchor() const;

Q_SIGNALS:
    void openScenarioRequested(const QString& spec); // "builtin:NAME", from a lesson's link

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void filterIndex(const QString& words);
    void markMatches();
    void showMatch(int i);
    void followText();
    void selectIndexEntry(const QString& anchor);
    QString anchorAt(int position) const;

    QLineEdit* search_;
    QLabel* matchLabel_;
    QTreeWidget* index_;
    QTextBrowser* text_;
    QList<QTextCursor> matches_;
    QList<QPair<int, QString>> anchorPositions_; // where each entry starts in the text, in order
    int currentMatch_ = -1;
    bool syncing_ = false;
};

} // namespace tcplab
