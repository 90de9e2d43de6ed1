#pragma once
#include "explorer_config.h"

#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;

namespace tcplab {

// The explorer's parameters as a form. Every field writes through setExplorerKey(), the same
// path as `tcplab-cli explore --set`, so the GUI and the command line cannot disagree.
class ExplorerParamsForm : public QWidget {
    Q_OBJECT
public:
    explicit ExplorerParamsForm(QWidget* parent = nullptr);

    const ExplorerConfig& config() const { return config_; }
    void setConfig(const ExplorerConfig& config);
    // Sets one key as `--set` would; returns what was expected when the value is refused.
    QString setKey(const QString& key, const QString& value);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    // `label` and `suffix` are source texts (QT_TR_NOOP), translated again on a language change.
    void addInteger(const char* key, const char* label, int min, int max, const char* suffix);
    void addReal(const char* key, const char* label, double min, double max, int decimals);
    void addChoice(const char* key, const char* label, const QStringList& values);
    void refresh();
    void retranslate();
    static QString choiceText(const QString& value);

    struct Label {
        QLabel* caption;
        QWidget* field;
        const char* text;
        const char* suffix; // nullptr: none
    };
    std::vector<Label> labels_;

    ExplorerConfig config_;
    QFormLayout* form_;
    std::vector<std::function<void()>> refreshers_; // one per field: reads config_ back
    bool refreshing_ = false;
};

} // namespace tcplab
