#pragma once
#include <QWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tcplab {

// The built-in scenarios (from resources) with their title and summary in the UI's language.
class ScenarioLibrary : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioLibrary(QWidget* parent = nullptr);
    void reload();
    int count() const;
    // Selects the scenario that is open (nothing when it is not a built-in one).
    void setCurrent(const QString& spec);

Q_SIGNALS:
    void openRequested(const QString& spec); // "builtin:NAME"

protected:
    void changeEvent(QEvent* event) override;

private:
    QListWidget* list_;
    QPushButton* open_;
    QTextBrowser* summary_;
};

} // namespace tcplab
