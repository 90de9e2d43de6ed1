#include "language_switcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>

namespace tcplab {

namespace {
const QString kSettingsKey = QStringLiteral("language");
}

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{
}

LanguageSwitcher& LanguageSwitcher::instance()
{
    // Parented to the application, so it lives exactly as long as the translators may be used;
    // a later application (tests make several) gets a new one.
    static QPointer<LanguageSwitcher> switcher;
    if (!switcher)
        switcher = new LanguageSwitcher(QCoreApplication::instance());
    return *switcher;
}

QStringList LanguageSwitcher::available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString LanguageSwitcher::nativeName(const QString& code)
{
    // Written in their own language on purpose: a user lost in a foreign UI must find theirs.
    if (code == QStringLiteral("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageSwitcher::closest(const QString& localeName)
{
    return QLocale(localeName).language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageSwitcher::startupLanguage(const QString& commandLine)
{
    if (!commandLine.isEmpty())
        return closest(commandLine);
    const QString remembered = QSettings().value(kSettingsKey).toString();
    if (available().contains(remembered))
        return remembered;
    return closest(QLocale::system().name());
}

bool LanguageSwitcher::apply(const QString& code)
{
    const QString language = available().contains(code) ? code : closest(code);
    // Remove first, so a failed load leaves the program in English rather than half-switched.
    QCoreApplication::removeTranslator(&ours_);
    QCoreApplication::removeTranslator(&qt_);
    QLocale::setDefault(QLocale(language));
    const QString name = QStringLiteral("tcplab_%1.qm").arg(language);
    const QString file = QDir(translationsFolder()).filePath(name);
    loadedFrom_ = QFileInfo::exists(file) ? file : QStringLiteral(":/i18n/") + name;
    const bool loaded = ours_.load(loadedFrom_);
    if (loaded)
        QCoreApplication::installTranslator(&ours_);
    if (qt_.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt_);
    current_ = language;
    return loaded;
}

QString LanguageSwitcher::translationsFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tcplab/translations"));
}

bool LanguageSwitcher::choose(const QString& code)
{
    const bool loaded = apply(code);
    QSettings().setValue(kSettingsKey, current_);
    return loaded;
}

} // namespace tcplab
