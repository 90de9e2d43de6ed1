#pragma once
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tcplab {

// The user interface language, switchable while the program runs. Installing or removing a
// translator makes Qt send QEvent::LanguageChange to every widget, and each one retranslates
// itself in changeEvent(); this class only swaps the translators (ours and Qt's own, for the
// standard dialogs), sets the default QLocale, and remembers the choice in QSettings.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    // The one switcher of the application (translators are application-wide anyway).
    static LanguageSwitcher& instance();

    // The languages shipped, as locale names: "en", "zh_CN".
    static QStringList available();
    // A language's name in that language ("English", "简体中文"), as language menus show it.
    static QString nativeName(const QString& code);
    // The shipped language closest to any locale name ("zh" and "zh_TW" → "zh_CN", else "en").
    static QString closest(const QString& localeName);
    // What to start in: the command line's choice, else the remembered one, else the system's.
    static QString startupLanguage(const QString& commandLine);

    // Switches to `code` (one of available()); true when our translation loaded.
    bool apply(const QString& code);
    // apply() and remember the choice for the next start.
    bool choose(const QString& code);
    QString current() const { return current_; }
    // Where the translation in use was read: a .qm file under translationsFolder(), or the
    // copy built into the program (":/i18n/…") when there is none.
    QString loadedFrom() const { return loadedFrom_; }
    // share/tcplab/translations beside the program's bin/: the installed layout, which the
    // build folder mirrors (build/bin/tcplab, build/share/tcplab/translations).
    static QString translationsFolder();

private:
    explicit LanguageSwitcher(QObject* parent);

    QTranslator ours_;
    QTranslator qt_;
    QString current_;
    QString loadedFrom_;
};

} // namespace tcplab
