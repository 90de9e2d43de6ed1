#include "scenario_library.h"

#include "cached_text_delegate.h"
#include "scenario_loader.h"

#include <QEvent>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcplab {

namespace {
QString localized(const LocalizedText& text)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string& s = chinese && !text.zh_CN.empty() ? text.zh_CN : text.en;
    return QString::fromStdString(s);
}
} // namespace

ScenarioLibrary::ScenarioLibrary(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioLibrary"));
    auto* layout = new QVBoxLayout(this);
    list_ = new QListWidget(this);
    // One line per scenario: without this the view measures (shapes) every title on each paint.
    list_->setUniformItemSizes(true);
    list_->setItemDelegate(new CachedTextDelegate(list_));
    summary_ = new QTextBrowser(this);
    open_ = new QPushButton(tr("Open this scenario"), this);
    layout->addWidget(list_, 2);
    layout->addWidget(summary_, 1);
    layout->addWidget(open_);
    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        summary_->setHtml(item ? item->data(Qt::UserRole + 1).toString() : QString());
    });
    auto openCurrent = [this] {
        if (QListWidgetItem* item = list_->currentItem())
            Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    };
    connect(list_, &QListWidget::itemActivated, this, openCurrent);
    connect(open_, &QPushButton::clicked, this, openCurrent);
    reload();
}

void ScenarioLibrary::reload()
{
    list_->clear();
    for (const QString& name : ScenarioLoader::builtinNames()) {
        const QString spec = QStringLiteral("builtin:") + name;
        const LoadResult loaded = ScenarioLoader::load(spec);
        if (!loaded.ok)
            continue;
        auto* item = new QListWidgetItem(
            localized(loaded.scenario.title).isEmpty() ? name : localized(loaded.scenario.title), list_);
        item->setData(Qt::UserRole, spec);
        QString html = QStringLiteral("<b>%1</b><p>%2</p>")
                           .arg(item->text().toHtmlEscaped(), localized(loaded.scenario.summary).toHtmlEscaped());
        if (!loaded.scenario.watch.empty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(localized(loaded.scenario.watch).toHtmlEscaped());
        item->setData(Qt::UserRole + 1, html);
        item->setToolTip(name);
    }
    if (list_->count() > 0)
        list_->setCurrentRow(0);
}

void ScenarioLibrary::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Titles and summaries come from the files in both languages: list them again, keeping
        // the selection (and so the summary shown) where it was.
        const int row = list_->currentRow();
        const bool selected = list_->currentItem() && list_->currentItem()->isSelected();
        reload();
        if (row >= 0 && row < list_->count())
            list_->setCurrentRow(row);
        if (!selected)
            list_->clearSelection();
        open_->setText(tr("Open this scenario"));
    }
    QWidget::changeEvent(event);
}

int ScenarioLibrary::count() const
{
    return list_->count();
}

void ScenarioLibrary::setCurrent(const QString& spec)
{
    for (int i = 0; i < list_->count(); ++i) {
        if (list_->item(i)->data(Qt::UserRole).toString() == spec) {
            list_->setCurrentRow(i);
            return;
        }
    }
    list_->clearSelection();
}

} // namespace tcplab
