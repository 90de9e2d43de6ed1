#pragma once
#include "params.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QFormLayout;

namespace tcplab {

// Every simulation parameter, generated from the core's parameter table, with the profile
// chooser and an MSL slider in steps (10 ms to 10 minutes) that says what TIME_WAIT becomes and
// warns when the network could never deliver a segment. Values that differ from the profile
// are shown in bold with the profile's value beside them. Edits take effect at the next reset.
class ParamsPanel : public QWidget {
    Q_OBJECT
public:
    // What to do with values that differ from the profile when another profile is chosen.
    enum class KeepEdits { Keep, UseProfile, Cancel };
    struct ProfileSwitch {
        QString from;
        QString to;
        QStringList editedKeys; // the keys whose values differ from `from`'s
    };
    // Asks the user; a message box by default. Tests replace it to answer without a dialog.
    using AskKeepEdits = std::function<KeepEdits(const ProfileSwitch&)>;

    explicit ParamsPanel(QWidget* parent = nullptr);
    void load(const std::string& profile, const Params& params);
    std::string profile() const;
    std::map<std::string, std::string> overrides() const;
    // Sets one value as the user would (tests and the MSL slider use it).
    bool setValue(const std::string& key, const std::string& text);
    void setAskKeepEdits(AskKeepEdits ask);
    // A mission's `may_change` (empty: no mission open): every value it does not allow is locked,
    // and a line says what may be changed (docs/missions.md).
    void setMissionLimits(const std::vector<std::string>& mayChange);
    bool isLocked(const std::string& key) const;
    // The MSL slider's stops, in ms.
    static const std::vector<std::int64_t>& mslStopsMs();

Q_SIGNALS:
    void edited(const std::string& profile, const std::map<std::string, std::string>& overrides);
    // "Compare with these parameters": the run on screen against the same scenario as edited.
    void compareRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* compare_ = nullptr;
    struct Field {
        const ParamInfo* info;
        QWidget* editor;
        QLabel* label;
    };
    std::string textOf(const Field& field) const;
    void setText(Field& field, const std::string& text);
    std::map<std::string, std::string> overridesFrom(const std::string& profile) const;
    // The panel's values on top of the profile's; values the core would reject are left out.
    Params current() const;
    void switchProfile();
    KeepEdits askWithMessageBox(const ProfileSwitch& change);
    void refreshDiff();
    void validate();
    void refreshMsl();
    void onEdited();
    void retranslate();

    QFormLayout* form_;
    QLabel* profileLabel_;
    QLabel* mslLabel_;
    QComboBox* profileBox_;
    QSlider* mslSlider_;
    QLabel* mslValue_;
    QLabel* mslWarning_;
    QLabel* note_;
    QLabel* missionNote_;
    std::vector<std::string> missionLimits_;
    std::map<std::string, Field> fields_;
    std::string shownProfile_; // the profile the values were last set from
    AskKeepEdits askKeepEdits_;
    bool loading_ = false;
};

} // namespace tcplab
