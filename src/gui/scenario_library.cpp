#include "scenario_library.h"

#include "lesson_catalog.h"
#include "wrapped_text_delegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {

QString summaryHtml(const Lesson& lesson)
{
    QString html
        = QStringLiteral("<b>%1 · %2</b><p>%3</p>")
              .arg(lesson.number.toHtmlEscaped(), lesson.title.toHtmlEscaped(), lesson.summary.toHtmlEscaped());
    if (!lesson.watch.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(lesson.watch.toHtmlEscaped());
    return html;
}

} // namespace

ScenarioLibrary::ScenarioLibrary(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioLibrary"));
    auto* layout = new QVBoxLayout(this);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("scenarioList"));
    tree_->setColumnCount(2);
    tree_->setHeaderHidden(true);
    tree_->setIndentation(12); // the dock is narrow: every pixel of indentation is title width
    tree_->setUniformRowHeights(false);
    tree_->setWordWrap(true);
    tree_->setAllColumnsShowFocus(true);
    // Titles wrap to the dock's width; nothing is ever out of sight to the right.
    tree_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    tree_->header()->setStretchLastSection(true);
    tree_->header()->setSectionResizeMode(NumberColumn, QHeaderView::Fixed);
    tree_->setItemDelegate(new WrappedTextDelegate(tree_));
    summary_ = new QTextBrowser(this);
    summary_->setObjectName(QStringLiteral("scenarioSummary"));
    open_ = new QPushButton(tr("Open this scenario"), this);
    open_->setObjectName(QStringLiteral("openScenario"));
    layout->addWidget(tree_, 2);
    layout->addWidget(summary_, 1);
    layout->addWidget(open_);
    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showChosen(item); });
    auto openCurrent = [this] {
        if (const QString spec = currentSpec(); !spec.isEmpty())
            Q_EMIT openRequested(spec);
    };
    connect(tree_, &QTreeWidget::itemActivated, this, openCurrent);
    connect(open_, &QPushButton::clicked, this, openCurrent);
    reload();
}

void ScenarioLibrary::reload()
{
    tree_->clear();
    const QList<Lesson> lessons = LessonCatalog::builtin();
    count_ = int(lessons.size());
    // Only the weight: the size follows the tree's font (classroom mode's larger one too).
    QFont headingFont;
    headingFont.setBold(true);
    for (qsizetype i = 0; i < lessons.size();) {
        // The variants of one lesson follow each other (lesson order): a lesson with more than
        // one gets a heading row and its variants indented under it.
        qsizetype end = i + 1;
        while (end < lessons.size() && lessons[end].group == lessons[i].group)
            ++end;
        QTreeWidgetItem* parent = nullptr;
        if (end - i > 1) {
            parent = new QTreeWidgetItem(tree_);
            const QString heading
                = tr("Lesson %1 · %n variants", "a heading in the scenario list", int(end - i)).arg(lessons[i].group);
            parent->setText(NumberColumn, heading);
            parent->setFont(NumberColumn, headingFont);
            parent->setFlags(Qt::ItemIsEnabled); // a heading, not a scenario: nothing to open
            QString html = QStringLiteral("<b>%1</b><ul>").arg(heading.toHtmlEscaped());
            for (qsizetype v = i; v < end; ++v)
                html += QStringLiteral("<li>%1 · %2</li>")
                            .arg(lessons[v].number.toHtmlEscaped(), lessons[v].title.toHtmlEscaped());
            parent->setData(NumberColumn, SummaryRole, html + QStringLiteral("</ul>"));
        }
        for (; i < end; ++i) {
            const Lesson& lesson = lessons[i];
            auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
            item->setText(NumberColumn, lesson.number);
            item->setText(TitleColumn, lesson.title);
            item->setData(NumberColumn, SpecRole, lesson.spec);
            item->setData(NumberColumn, SummaryRole, summaryHtml(lesson));
            // The file's name is what `tcplab-cli run builtin:NAME` takes.
            item->setToolTip(NumberColumn, lesson.name);
            item->setToolTip(TitleColumn, lesson.name);
        }
        if (parent)
            tree_->setFirstColumnSpanned(tree_->indexOfTopLevelItem(parent), QModelIndex(), true);
    }
    addMissions();
    tree_->expandAll();
    fitNumberColumn();
    for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
        if (!(*it)->data(NumberColumn, SpecRole).toString().isEmpty()) {
            tree_->setCurrentItem(*it);
            break;
        }
    }
}

void ScenarioLibrary::addMissions()
{
    const QList<Lesson> missions = LessonCatalog::missions();
    missionCount_ = int(missions.size());
    if (missions.isEmpty())
        return;
    QFont headingFont;
    headingFont.setBold(true);
    auto* heading = new QTreeWidgetItem(tree_);
    heading->setText(NumberColumn, tr("Missions", "the heading of the missions in the scenario list"));
    heading->setFont(NumberColumn, headingFont);
    heading->setFlags(Qt::ItemIsEnabled);
    heading->setData(NumberColumn, SummaryRole,
        QStringLiteral("<b>%1</b><p>%2</p>")
            .arg(tr("Missions").toHtmlEscaped(),
                tr("A mission gives a goal and what you may change: change it until the goal is met. The "
                   "Mission panel checks the goal while the run plays, gives hints one at a time and explains.")
                    .toHtmlEscaped()));
    for (const Lesson& mission : missions) {
        auto* item = new QTreeWidgetItem(heading);
        item->setText(NumberColumn, mission.number);
        item->setText(TitleColumn, mission.title);
        item->setData(NumberColumn, SpecRole, mission.spec);
        item->setData(NumberColumn, SummaryRole,
            QStringLiteral("<b>%1 · %2</b><p>%3</p><p><b>%4</b> %5</p>")
                .arg(mission.number.toHtmlEscaped(), mission.title.toHtmlEscaped(), mission.watch.toHtmlEscaped(),
                    tr("Goal:").toHtmlEscaped(), mission.summary.toHtmlEscaped()));
        item->setToolTip(NumberColumn, mission.spec);
        item->setToolTip(TitleColumn, mission.spec);
    }
    tree_->setFirstColumnSpanned(tree_->indexOfTopLevelItem(heading), QModelIndex(), true);
}

void ScenarioLibrary::fitNumberColumn()
{
    // As wide as the widest number at its depth (variants sit one indentation further in).
    const QFontMetrics metrics(font());
    int width = 0;
    for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
        if ((*it)->data(NumberColumn, SpecRole).toString().isEmpty())
            continue;
        const int depth = (*it)->parent() ? 2 : 1;
        width = std::max(width, depth * tree_->indentation() + metrics.horizontalAdvance((*it)->text(NumberColumn)));
    }
    tree_->setColumnWidth(NumberColumn, width + metrics.averageCharWidth() * 2);
}

void ScenarioLibrary::showChosen(QTreeWidgetItem* item)
{
    summary_->setHtml(item ? item->data(NumberColumn, SummaryRole).toString() : QString());
    open_->setEnabled(!currentSpec().isEmpty());
}

QString ScenarioLibrary::currentSpec() const
{
    const QTreeWidgetItem* item = tree_->currentItem();
    return item ? item->data(NumberColumn, SpecRole).toString() : QString();
}

QTreeWidgetItem* ScenarioLibrary::itemOf(const QString& spec) const
{
    if (spec.isEmpty())
        return nullptr; // lesson headings have no spec: nothing open is not a heading
    for (QTreeWidgetItemIterator it(tree_); *it; ++it)
        if ((*it)->data(NumberColumn, SpecRole).toString() == spec)
            return *it;
    return nullptr;
}

void ScenarioLibrary::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Titles and summaries come from the files in both languages: list them again, keeping
        // the selection (and so the summary shown) and the folded lessons where they were.
        const QString spec = currentSpec();
        QTreeWidgetItem* current = tree_->currentItem();
        const int heading = current && spec.isEmpty() ? tree_->indexOfTopLevelItem(current) : -1;
        const bool selected = current && current->isSelected();
        QSet<int> folded;
        for (int i = 0; i < tree_->topLevelItemCount(); ++i)
            if (tree_->topLevelItem(i)->childCount() > 0 && !tree_->topLevelItem(i)->isExpanded())
                folded.insert(i);
        reload();
        for (int i : folded)
            tree_->topLevelItem(i)->setExpanded(false);
        if (QTreeWidgetItem* again = spec.isEmpty() ? tree_->topLevelItem(heading) : itemOf(spec))
            tree_->setCurrentItem(again);
        if (!selected)
            tree_->clearSelection();
        open_->setText(tr("Open this scenario"));
    } else if (event->type() == QEvent::FontChange) {
        fitNumberColumn(); // classroom mode's larger font: wider numbers, more lines per title
    }
    QWidget::changeEvent(event);
}

void ScenarioLibrary::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (QTreeWidgetItem* item = tree_->currentItem())
        tree_->scrollToItem(item);
}

int ScenarioLibrary::count() const
{
    return count_;
}

void ScenarioLibrary::setCurrent(const QString& spec)
{
    if (QTreeWidgetItem* item = itemOf(spec)) {
        if (item->parent())
            item->parent()->setExpanded(true);
        tree_->setCurrentItem(item);
        // Hidden, the tree has no size yet to scroll by: showEvent() scrolls instead.
        if (tree_->isVisible())
            tree_->scrollToItem(item);
        return;
    }
    tree_->clearSelection();
}

} // namespace tcplab
