#include "recent_files.h"

#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace tcplab {

namespace {
const QString kSettingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QWidget* parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("menuRecent"));
    connect(this, &QMenu::aboutToShow, this, &RecentFiles::rebuild);
    rebuild();
}

void RecentFiles::add(const QString& entry)
{
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kSettingsKey, list);
}

QStringList RecentFiles::entries()
{
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentFiles::clear()
{
    QSettings().remove(kSettingsKey);
}

bool RecentFiles::isCapture(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("pcap") || suffix == QStringLiteral("pcapng") || suffix == QStringLiteral("cap");
}

void RecentFiles::rebuild()
{
    // Not QMenu::clear(): a rebuild may come from one of these actions' own trigger (opening
    // an entry puts it first), so they are deleted once that call has returned.
    for (QAction* action : actions()) {
        removeAction(action);
        action->deleteLater();
    }
    setTitle(tr("&Recent"));
    const QStringList list = entries();
    int number = 1;
    for (const QString& entry : list) {
        const bool builtin = entry.startsWith(QStringLiteral("builtin:"));
        // A file that is gone is left out (it stays listed, in case its disk comes back).
        if (!builtin && !QFileInfo::exists(entry))
            continue;
        const QString kind = isCapture(entry) ? tr("capture") : tr("scenario");
        const QString name = builtin ? entry : QFileInfo(entry).fileName();
        QAction* action = addAction(tr("&%1 %2 (%3)").arg(number++).arg(name, kind));
        action->setData(entry);
        action->setToolTip(entry);
        connect(action, &QAction::triggered, this, [this, entry] { Q_EMIT chosen(entry); });
    }
    if (list.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuild();
    });
}

void RecentFiles::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

} // namespace tcplab
