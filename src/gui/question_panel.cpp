#include "question_panel.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace tcplab {

namespace {

// A learning text in the language of the interface (both are required for built-in lessons).
QString localized(const LocalizedText& text)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QString::fromStdString(chinese && !text.zh_CN.empty() ? text.zh_CN : text.en);
}

// Okabe-Ito colours, as the views use them: told apart by colour-blind viewers, and each mark
// also says it in words (the verdict line), so nothing depends on colour alone.
const char* const kStyle = R"(
QFrame#questionPanel { background: palette(base); border: 3px solid #0072B2; border-radius: 8px; }
QPushButton#choice { text-align: left; padding: 4px; border: 2px solid palette(mid); border-radius: 6px;
                     background: palette(button); }
QPushButton#choice:hover { border-color: #0072B2; }
QPushButton#choice[verdict="right"] { background: #009E73; border-color: #006B4F; }
QPushButton#choice[verdict="wrong"] { background: #D55E00; border-color: #8F3D00; }
QPushButton#choice[verdict="right"] QLabel, QPushButton#choice[verdict="wrong"] QLabel { color: white; }
QLabel#choiceKey { font-weight: bold; border: 2px solid palette(text); border-radius: 4px; padding: 0 6px; }
QPushButton#choice[verdict="right"] QLabel#choiceKey, QPushButton#choice[verdict="wrong"] QLabel#choiceKey
    { border-color: white; }
QLabel#questionVerdict[verdict="right"] { color: #007A5A; }
QLabel#questionVerdict[verdict="wrong"] { color: #B34B00; }
)";

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    for (QWidget* child : w->findChildren<QWidget*>())
        repolish(child);
    w->update();
}

} // namespace

ChoiceButton::ChoiceButton(int index, QWidget* parent)
    : QPushButton(parent)
    , key_(new QLabel(QString::number(index + 1), this))
    , text_(new QLabel(this))
{
    setObjectName(QStringLiteral("choice"));
    setFocusPolicy(Qt::NoFocus); // Space and the arrows stay the window's (Play, Step)
    key_->setObjectName(QStringLiteral("choiceKey"));
    key_->setAlignment(Qt::AlignCenter);
    text_->setObjectName(QStringLiteral("choiceText"));
    text_->setWordWrap(true);
    for (QLabel* l : { key_, text_ })
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->setSpacing(10);
    row->addWidget(key_, 0, Qt::AlignTop);
    row->addWidget(text_, 1);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChoiceButton::setChoiceText(const QString& text)
{
    text_->setText(text);
    setAccessibleName(QStringLiteral("%1. %2").arg(key_->text(), text));
    updateGeometry();
}

QString ChoiceButton::choiceText() const
{
    return text_->text();
}

void ChoiceButton::setVerdict(const QString& verdict)
{
    setProperty("verdict", verdict);
    repolish(this);
}

QSize ChoiceButton::sizeHint() const
{
    return layout()->totalSizeHint();
}

QSize ChoiceButton::minimumSizeHint() const
{
    return layout()->totalMinimumSize();
}

int ChoiceButton::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

QuestionPanel::QuestionPanel(QWidget* host)
    : QFrame(host)
    , host_(host)
    , scroll_(new QScrollArea(this))
    , heading_(new QLabel(this))
    , score_(new QLabel(this))
    , prompt_(new QLabel(this))
    , verdict_(new QLabel(this))
    , explain_(new QLabel(this))
    , continue_(new QPushButton(this))
{
    setObjectName(QStringLiteral("questionPanel"));
    setStyleSheet(QString::fromLatin1(kStyle));
    heading_->setObjectName(QStringLiteral("questionHeading"));
    score_->setObjectName(QStringLiteral("questionScore"));
    score_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    prompt_->setObjectName(QStringLiteral("questionPrompt"));
    verdict_->setObjectName(QStringLiteral("questionVerdict"));
    explain_->setObjectName(QStringLiteral("questionExplanation"));
    continue_->setObjectName(QStringLiteral("questionContinue"));
    continue_->setFocusPolicy(Qt::NoFocus);
    for (QLabel* l : { prompt_, verdict_, explain_ })
        l->setWordWrap(true);

    auto* inner = new QWidget(scroll_);
    auto* column = new QVBoxLayout(inner);
    column->setContentsMargins(10, 6, 10, 6);
    column->setSpacing(6);
    auto* top = new QHBoxLayout;
    top->addWidget(heading_, 1);
    top->addWidget(score_);
    column->addLayout(top);
    column->addWidget(prompt_);
    for (int i = 0; i < 4; ++i) {
        auto* button = new ChoiceButton(i, inner);
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        column->addWidget(button);
        buttons_.push_back(button);
        // Keys 1-4 (and the keypad's): a class answers by show of hands, the teacher types it.
        for (const QKeySequence& key :
            { QKeySequence(Qt::Key_1 + i), QKeySequence(Qt::KeypadModifier | (Qt::Key_1 + i)) }) {
            auto* shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, i] { choose(i); });
            keys_.push_back(shortcut);
        }
    }
    column->addWidget(verdict_);
    column->addWidget(explain_);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(continue_);
    column->addLayout(bottom);
    connect(continue_, &QPushButton::clicked, this, &QuestionPanel::continueRequested);
    for (const QKeySequence& key : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (isAnswered())
                Q_EMIT continueRequested();
        });
        continueKeys_.push_back(shortcut);
    }

    scroll_->setWidget(inner);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(3, 3, 3, 3);
    outer->addWidget(scroll_);
    host_->installEventFilter(this);
    hide();
}

void QuestionPanel::ask(const Question& question, int number, int count, const QString& score)
{
    question_ = question;
    number_ = number;
    count_ = count;
    chosen_ = -1;
    scoreLine_ = score;
    for (ChoiceButton* b : buttons_)
        b->setVerdict(QString());
    applyFonts();
    fill();
    show();
    raise();
    place();
}

void QuestionPanel::showAnswer(int chosen, const QString& score)
{
    chosen_ = chosen;
    scoreLine_ = score;
    for (int i = 0; i < int(buttons_.size()); ++i)
        buttons_[i]->setVerdict(i == question_.answer ? QStringLiteral("right")
                : i == chosen                         ? QStringLiteral("wrong")
                                                      : QString());
    fill();
    place();
}

void QuestionPanel::setScore(const QString& score)
{
    scoreLine_ = score;
    fill();
}

void QuestionPanel::choose(int index)
{
    if (isVisible() && !isAnswered() && index < int(question_.choices.size()))
        Q_EMIT answered(index);
}

void QuestionPanel::fill()
{
    heading_->setText(tr("Question %1 of %2").arg(number_).arg(count_));
    score_->setText(scoreLine_);
    score_->setVisible(!scoreLine_.isEmpty());
    prompt_->setText(localized(question_.prompt));
    const int n = int(question_.choices.size());
    for (int i = 0; i < int(buttons_.size()); ++i) {
        buttons_[i]->setChoiceText(i < n ? localized(question_.choices[i]) : QString());
        // Once answered only the choice made and the right one stay: room for the explanation.
        buttons_[i]->setVisible(i < n && (!isAnswered() || i == chosen_ || i == question_.answer));
        buttons_[i]->setEnabled(!isAnswered());
    }
    for (QShortcut* key : keys_)
        key->setEnabled(!isAnswered());
    for (QShortcut* key : continueKeys_)
        key->setEnabled(isAnswered());
    const bool right = chosen_ == question_.answer;
    verdict_->setProperty("verdict", right ? QStringLiteral("right") : QStringLiteral("wrong"));
    verdict_->setText(right ? tr("✓ Right!") : tr("✗ Not quite: the answer is %1.").arg(question_.answer + 1));
    repolish(verdict_);
    explain_->setText(localized(question_.explain));
    verdict_->setVisible(isAnswered());
    explain_->setVisible(isAnswered());
    continue_->setText(tr("Continue ▶ (Space)"));
    continue_->setVisible(isAnswered());
}

void QuestionPanel::applyFonts()
{
    // The window's font (1.4x in classroom mode), set on each part: a style sheet stops a
    // parent's later font change from reaching the widgets under it.
    const QFont base = host_->font();
    QFont bold = base;
    bold.setBold(true);
    for (QWidget* w : findChildren<QWidget*>())
        w->setFont(base);
    for (QWidget* w : std::initializer_list<QWidget*> { heading_, prompt_, verdict_, continue_ })
        w->setFont(bold);
    for (ChoiceButton* b : buttons_)
        b->findChild<QLabel*>(QStringLiteral("choiceKey"))->setFont(bold);
}

void QuestionPanel::place()
{
    if (!isVisible())
        return;
    // Over the host's viewport (not its scroll bars), at its top: the ladder's now line is kept
    // near its bottom, and scrolled there while the card is up.
    QRect area = host_->rect();
    if (auto* scrollArea = qobject_cast<QAbstractScrollArea*>(host_)) {
        area = QRect(scrollArea->viewport()->mapTo(host_, QPoint(0, 0)), scrollArea->viewport()->size());
        scrollArea->verticalScrollBar()->setValue(scrollArea->verticalScrollBar()->maximum());
    }
    area.adjust(4, 4, -4, -4);
    const QMargins m = layout()->contentsMargins();
    const int frameW = 2 * frameWidth() + m.left() + m.right();
    const int frameH = 2 * frameWidth() + m.top() + m.bottom();
    // What the text needs at this width; at least the content's minimum (a wrapped label's
    // minimum guesses its own width), so the card's inner scroll bar stays unused.
    const QWidget* content = scroll_->widget();
    const int need
        = std::max(content->layout()->totalHeightForWidth(area.width() - frameW), content->minimumSizeHint().height())
        + frameH;
    // A scroll bar only when the card cannot grow any more (it would narrow the text and make it
    // taller than measured here).
    scroll_->setVerticalScrollBarPolicy(need > area.height() ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setGeometry(area.x(), area.y(), area.width(), std::min(need, area.height()));
}

QString QuestionPanel::promptText() const
{
    return prompt_->text();
}

QString QuestionPanel::explanationText() const
{
    return explain_->text();
}

QString QuestionPanel::scoreText() const
{
    return score_->text();
}

bool QuestionPanel::explanationShown() const
{
    return explain_->isVisibleTo(this);
}

bool QuestionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == host_ && event->type() == QEvent::FontChange)
        applyFonts();
    if (watched == host_
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest
            || event->type() == QEvent::FontChange))
        place();
    return QFrame::eventFilter(watched, event);
}

void QuestionPanel::changeEvent(QEvent* event)
{
    // A new language: the question and the card's own words in it (the lesson has both).
    if (event->type() == QEvent::LanguageChange && isVisible())
        fill();
    QFrame::changeEvent(event);
}

} // namespace tcplab
