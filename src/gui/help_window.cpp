#include "help_window.h"

#include "lesson_catalog.h"
#include "teaching_text.h"
#include "wrapped_text_delegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {

// Enough for any word in the help (TIME_WAIT appears over a hundred times); the rest are not marked.
constexpr qsizetype kMaxMatches = 2000;
// A lesson's "open" link: scenario:builtin:NAME.
constexpr QLatin1String kScenarioScheme("scenario");

using Entry = TeachingText::HelpEntry;

QList<Entry> lessonEntries()
{
    QList<Entry> entries;
    for (const Lesson& lesson : LessonCatalog::builtin()) {
        const QString anchor = QStringLiteral("lesson-") + lesson.number;
        const QString title = QStringLiteral("%1 · %2").arg(lesson.number, lesson.title);
        QString html = QStringLiteral("<h3><a name=\"%1\"></a>%2</h3><p>%3</p>")
                           .arg(anchor, title.toHtmlEscaped(), lesson.summary.toHtmlEscaped());
        if (!lesson.watch.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(lesson.watch.toHtmlEscaped());
        const QString link = kScenarioScheme + QLatin1Char(':') + lesson.spec;
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(link.toHtmlEscaped(), HelpWindow::tr("Open this scenario").toHtmlEscaped());
        entries.append({ anchor, title, html });
    }
    return entries;
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent)
{
    setWindowFlag(Qt::Window);
    setObjectName(QStringLiteral("helpWindow"));
    resize(1000, 760);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("helpSearch"));
    search_->setClearButtonEnabled(true);
    search_->installEventFilter(this);
    matchLabel_ = new QLabel(this);
    matchLabel_->setObjectName(QStringLiteral("helpMatches"));
    index_ = new QTreeWidget(this);
    index_->setObjectName(QStringLiteral("helpIndex"));
    index_->setHeaderHidden(true);
    index_->setIndentation(14);
    index_->setUniformRowHeights(false);
    index_->setWordWrap(true);
    index_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    index_->setItemDelegate(new WrappedTextDelegate(index_));
    text_ = new QTextBrowser(this);
    text_->setObjectName(QStringLiteral("helpText"));
    text_->setOpenLinks(false);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(index_);
    splitter->addWidget(text_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 700 });

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(matchLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    connect(search_, &QLineEdit::textChanged, this, [this](const QString& words) {
        filterIndex(words);
        markMatches();
        // The first match from where the reader is, so typing on does not jump back to the top.
        findNext();
    });
    connect(index_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !syncing_)
            showAnchor(item->data(0, AnchorRole).toString());
    });
    connect(text_->verticalScrollBar(), &QScrollBar::valueChanged, this, &HelpWindow::followText);
    connect(text_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == kScenarioScheme)
            Q_EMIT openScenarioRequested(url.path());
        else if (url.hasFragment())
            showAnchor(url.fragment());
    });
    rebuild();
    retranslate();
}

void HelpWindow::retranslate()
{
    search_->setPlaceholderText(tr("Search the help (Enter: next match, Shift+Enter: previous)"));
}

void HelpWindow::rebuild()
{
    // Everything in one page, so a search walks all of it; the index jumps to the entries.
    const QString place = currentAnchor();
    syncing_ = true;
    index_->clear();
    QString html;
    QFont bold; // only the weight, so the size follows the window's font
    bold.setBold(true);
    auto addPart = [&](const QString& anchor, const QString& title, const QList<Entry>& entries) {
        auto* part = new QTreeWidgetItem(index_, { title });
        part->setData(0, AnchorRole, anchor);
        part->setFont(0, bold);
        html += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, title.toHtmlEscaped());
        for (const Entry& entry : entries) {
            auto* item = new QTreeWidgetItem(part, { entry.title });
            item->setData(0, AnchorRole, entry.anchor);
            item->setData(0, TextRole, QTextDocumentFragment::fromHtml(entry.html).toPlainText());
            html += entry.html;
        }
    };
    using Part = TeachingText::HelpPart;
    addPart(QStringLiteral("part-states"), TeachingText::helpPartTitle(Part::States),
        TeachingText::helpEntries(Part::States));
    addPart(QStringLiteral("part-transitions"), TeachingText::helpPartTitle(Part::Transitions),
        TeachingText::helpEntries(Part::Transitions));
    addPart(QStringLiteral("part-parameters"), TeachingText::helpPartTitle(Part::Parameters),
        TeachingText::helpEntries(Part::Parameters));
    addPart(QStringLiteral("part-lessons"), tr("Lessons"), lessonEntries());
    text_->setHtml(html);
    index_->expandAll();

    // Where each entry begins, for the index to follow the text: the named anchors of the page.
    anchorPositions_.clear();
    for (QTextBlock block = text_->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const QString& name : it.fragment().charFormat().anchorNames())
                anchorPositions_.append({ it.fragment().position(), name });
    syncing_ = false;

    filterIndex(search_->text());
    markMatches();
    if (!place.isEmpty())
        showAnchor(place);
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HelpWindow::keyPressEvent(QKeyEvent* event)
{
    // Esc closes, as it closes a dialog; the find keys work wherever the focus is.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
    } else if (event->matches(QKeySequence::Find)) {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
    } else if (event->matches(QKeySequence::FindNext)) {
        findNext();
    } else if (event->matches(QKeySequence::FindPrevious)) {
        findNext(true);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool HelpWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HelpWindow::filterIndex(const QString& words)
{
    // An entry stays when its title or its text mentions the words; a part when one of its
    // entries does (or its own title).
    const QString w = words.trimmed();
    for (int p = 0; p < index_->topLevelItemCount(); ++p) {
        QTreeWidgetItem* part = index_->topLevelItem(p);
        bool any = false;
        for (int c = 0; c < part->childCount(); ++c) {
            QTreeWidgetItem* item = part->child(c);
            const bool match = w.isEmpty() || item->text(0).contains(w, Qt::CaseInsensitive)
                || item->data(0, TextRole).toString().contains(w, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        part->setHidden(!any && !part->text(0).contains(w, Qt::CaseInsensitive));
    }
}

void HelpWindow::markMatches()
{
    matches_.clear();
    currentMatch_ = -1;
    const QString words = search_->text().trimmed();
    QTextDocument* doc = text_->document();
    if (!words.isEmpty()) {
        for (QTextCursor c = doc->find(words, 0); !c.isNull() && matches_.size() < kMaxMatches; c = doc->find(words, c))
            matches_.append(c);
    }
    showMatch(-1);
}

int HelpWindow::search(const QString& words)
{
    search_->setText(words);
    return matchCount();
}

bool HelpWindow::findNext(bool backward)
{
    if (matches_.isEmpty())
        return false;
    // From the reader's place: the text cursor (the current match, or an entry chosen in the index).
    const QTextCursor at = text_->textCursor();
    int next = -1;
    if (backward) {
        for (int i = int(matches_.size()) - 1; i >= 0 && next < 0; --i)
            if (matches_[i].selectionEnd() <= at.selectionStart() && i != currentMatch_)
                next = i;
        if (next < 0)
            next = int(matches_.size()) - 1;
    } else {
        const int from = at.hasSelection() && currentMatch_ >= 0 ? at.selectionEnd() : at.selectionStart();
        for (int i = 0; i < matches_.size() && next < 0; ++i)
            if (matches_[i].selectionStart() >= from && i != currentMatch_)
                next = i;
        if (next < 0)
            next = 0;
    }
    showMatch(next);
    return true;
}

void HelpWindow::showMatch(int i)
{
    // Every match marked, the current one stronger and selected; the index follows it.
    currentMatch_ = i;
    QList<QTextEdit::ExtraSelection> marks;
    for (int m = 0; m < matches_.size(); ++m) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = matches_[m];
        mark.format.setBackground(m == i ? QColor(0xFF, 0x98, 0x00) : QColor(0xFF, 0xEB, 0x3B));
        mark.format.setForeground(Qt::black);
        marks.append(mark);
    }
    text_->setExtraSelections(marks);
    if (matches_.isEmpty())
        matchLabel_->setText(search_->text().trimmed().isEmpty() ? QString() : tr("no match"));
    else
        matchLabel_->setText(tr("%1 of %2").arg(std::max(i, 0) + 1).arg(matches_.size()));
    if (i < 0 || i >= matches_.size())
        return;
    text_->setTextCursor(matches_[i]);
    text_->ensureCursorVisible();
    selectIndexEntry(anchorAt(matches_[i].selectionStart()));
}

void HelpWindow::showAnchor(const QString& anchor)
{
    const auto found = std::find_if(anchorPositions_.begin(), anchorPositions_.end(),
        [&anchor](const QPair<int, QString>& a) { return a.second == anchor; });
    if (found == anchorPositions_.end())
        return;
    // The text cursor goes to the entry too, so Enter in the search box finds on from there.
    QTextCursor cursor(text_->document());
    cursor.setPosition(found->first);
    syncing_ = true;
    text_->setTextCursor(cursor);
    text_->scrollToAnchor(anchor);
    syncing_ = false;
    selectIndexEntry(anchor);
}

void HelpWindow::followText()
{
    if (syncing_)
        return;
    selectIndexEntry(anchorAt(text_->cursorForPosition(QPoint(4, 4)).position()));
}

QString HelpWindow::anchorAt(int position) const
{
    QString name;
    for (const auto& [at, anchor] : anchorPositions_) {
        if (at > position)
            break;
        name = anchor;
    }
    return name;
}

QString HelpWindow::currentAnchor() const
{
    const QTreeWidgetItem* item = index_->currentItem();
    return item ? item->data(0, AnchorRole).toString() : QString();
}

void HelpWindow::selectIndexEntry(const QString& anchor)
{
    for (QTreeWidgetItemIterator it(index_); *it; ++it) {
        if ((*it)->data(0, AnchorRole).toString() != anchor)
            continue;
        if ((*it)->isHidden())
            return;
        syncing_ = true;
        index_->setCurrentItem(*it);
        index_->scrollToItem(*it);
        syncing_ = false;
        return;
    }
}

} // namespace tcplab
