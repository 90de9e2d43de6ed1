#pragma once
#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tcplab {

class StateDiagramView;
class TransitionMapStore;

// View → Transition map…: what the store says the user has seen, as RFC 9293's Figure 5 (the
// state diagram in its map mode) with the count, the transitions the figure does not draw as a
// list with seen marks, and for the arrow or row picked a built-in lesson that walks it, with a
// button that opens it (openLessonRequested; the window opens it as any scenario).
class TransitionMapDialog : public QDialog {
    Q_OBJECT
public:
    explicit TransitionMapDialog(TransitionMapStore& store, QWidget* parent = nullptr);

    // Picks an arrow of the figure (index of figureEdges()) or a row of the list, as a click does.
    void selectFigureEdge(int index);
    void selectOffFigure(int index);
    // The lesson offered for what is picked ("03b-listener-sends-first"), or empty.
    QString offeredLesson() const { return offered_; }
    QString countText() const;
    StateDiagramView& diagram() { return *diagram_; }
    // Forgets everything after asking (the button); forgetAll() does not ask.
    void askToForget();

Q_SIGNALS:
    void openLessonRequested(const QString& spec);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void showOffer();
    void fitRows();
    QString transitionText(int figureEdge, int offFigure) const;

    TransitionMapStore& store_;
    StateDiagramView* diagram_;
    QLabel* count_;
    QLabel* listTitle_;
    QTreeWidget* list_;
    QLabel* offer_;
    QPushButton* open_;
    QPushButton* forget_;
    QPushButton* close_;
    int figureEdge_ = -1; // what is picked: an arrow or a row of the list
    int offFigure_ = -1;
    QString offered_;
};

} // namespace tcplab
