#pragma once
#include "lesson_extras.h"

#include <QFrame>
#include <QPushButton>

#include <vector>

class QLabel;
class QScrollArea;
class QShortcut;

namespace tcplab {

// One answer offered: its key (1-4) and its text, wrapped to the card's width.
class ChoiceButton : public QPushButton {
    Q_OBJECT
public:
    ChoiceButton(int index, QWidget* parent);
    void setChoiceText(const QString& text);
    QString choiceText() const;
    // "right", "wrong" or empty: the mark after the answer (a property the style sheet reads).
    void setVerdict(const QString& verdict);
    QString verdict() const { return property("verdict").toString(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QLabel* key_;
    QLabel* text_;
};

// "Predict, then see": a card over the ladder (it never moves the diagrams) with a lesson's
// question, its 2-4 choices (click or keys 1-4), then the verdict, the explanation and Continue
// (or Space / Enter). A view only: QuestionDirector decides what is asked and keeps the score.
// The card floats over `host` (the ladder's scroll area) at its top, so the now line at the
// ladder's bottom stays in view, and follows the host's size.
class QuestionPanel : public QFrame {
    Q_OBJECT
public:
    explicit QuestionPanel(QWidget* host);

    // Shows `question` (number `number` of `count`), waiting for an answer.
    void ask(const Question& question, int number, int count, const QString& score);
    // Marks the choice made and the right one, shows the explanation and Continue.
    void showAnswer(int chosen, const QString& score);
    void setScore(const QString& score);
    bool isAnswered() const { return chosen_ >= 0; }
    int chosen() const { return chosen_; }

    // What the card shows (tests read them).
    QString promptText() const;
    QString explanationText() const;
    QString scoreText() const;
    const std::vector<ChoiceButton*>& choiceButtons() const { return buttons_; }
    QPushButton* continueButton() const { return continue_; }
    bool explanationShown() const;

Q_SIGNALS:
    void answered(int choice);
    void continueRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void applyFonts();
    void place();
    void choose(int index);

    QWidget* host_;
    QScrollArea* scroll_;
    QLabel* heading_;
    QLabel* score_;
    QLabel* prompt_;
    QLabel* verdict_;
    QLabel* explain_;
    QPushButton* continue_;
    std::vector<ChoiceButton*> buttons_;
    std::vector<QShortcut*> keys_;
    std::vector<QShortcut*> continueKeys_;
    Question question_;
    int number_ = 0;
    int count_ = 0;
    int chosen_ = -1;
    QString scoreLine_;
};

} // namespace tcplab
