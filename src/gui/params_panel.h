#pragma once
#include "params.h"

#include <QWidget>

#include <map>
#include <string>

class QComboBox;
class QLabel;
class QSlider;
class QFormLayout;

namespace tcplab {

// Every simulation parameter, generated from the core's parameter table, with the profile
// chooser and an MSL slider (milliseconds to minutes). Values that differ from the profile are
// shown in bold with the profile's value beside them. Edits take effect at the next reset.
class ParamsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParamsPanel(QWidget* parent = nullptr);
    void load(const std::string& profile, const Params& params);
    std::string profile() const;
    std::map<std::string, std::string> overrides() const;
    // Sets one value as the user would (tests and the MSL slider use it).
    bool setValue(const std::string& key, const std::string& text);

Q_SIGNALS:
    void edited(const std::string& profile, const std::map<std::string, std::string>& overrides);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        const ParamInfo* info;
        QWidget* editor;
        QLabel* label;
    };
    std::string textOf(const Field& field) const;
    void setText(Field& field, const std::string& text);
    void refreshDiff();
    void validate();
    void onEdited();
    void retranslate();

    QFormLayout* form_;
    QLabel* profileLabel_;
    QLabel* mslLabel_;
    QComboBox* profileBox_;
    QSlider* mslSlider_;
    QLabel* note_;
    std::map<std::string, Field> fields_;
    bool loading_ = false;
};

} // namespace tcplab
