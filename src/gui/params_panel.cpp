#include "params_panel.h"

#include "teaching_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace tcplab {

namespace {
// The MSL slider is logarithmic: 10 ms at the left, 10 minutes at the right.
constexpr double kMslMinMs = 10, kMslMaxMs = 600'000;
constexpr int kSliderSteps = 1000;

int sliderOf(std::int64_t ms)
{
    const double f
        = std::log(std::clamp(double(ms), kMslMinMs, kMslMaxMs) / kMslMinMs) / std::log(kMslMaxMs / kMslMinMs);
    return int(std::lround(f * kSliderSteps));
}

std::int64_t msOf(int slider)
{
    const double ms = kMslMinMs * std::pow(kMslMaxMs / kMslMinMs, double(slider) / kSliderSteps);
    // Round to two significant digits so the field shows values a teacher would type.
    const double scale = std::pow(10.0, std::floor(std::log10(ms)) - 1);
    return std::int64_t(std::lround(ms / scale) * scale);
}
} // namespace

ParamsPanel::ParamsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("paramsPanel"));
    auto* outer = new QVBoxLayout(this);
    form_ = new QFormLayout;
    outer->addLayout(form_);
    profileBox_ = new QComboBox(this);
    profileBox_->setObjectName(QStringLiteral("profileBox"));
    for (const std::string& name : profileNames())
        profileBox_->addItem(QString::fromStdString(name));
    profileLabel_ = new QLabel(this);
    form_->addRow(profileLabel_, profileBox_);
    connect(profileBox_, &QComboBox::currentTextChanged, this, [this] {
        if (loading_)
            return;
        // A new profile brings its own defaults: keep only what the user changed on purpose.
        const auto defaults = profileDefaults(profile());
        loading_ = true;
        for (auto& [key, field] : fields_)
            setText(field, paramValueText(*defaults, key));
        loading_ = false;
        onEdited();
    });
    mslSlider_ = new QSlider(Qt::Horizontal, this);
    mslSlider_->setObjectName(QStringLiteral("mslSlider"));
    mslSlider_->setRange(0, kSliderSteps);
    mslLabel_ = new QLabel(this);
    form_->addRow(mslLabel_, mslSlider_);
    connect(mslSlider_, &QSlider::valueChanged, this, [this](int v) {
        if (!loading_)
            setValue("msl_ms", std::to_string(msOf(v)));
    });
    for (const ParamInfo& info : paramTable()) {
        Field field { &info, nullptr, new QLabel(QString::fromStdString(info.key), this) };
        if (info.type == ParamType::Boolean) {
            auto* box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, &ParamsPanel::onEdited);
            field.editor = box;
        } else {
            auto* line = new QLineEdit(this);
            connect(line, &QLineEdit::editingFinished, this, &ParamsPanel::onEdited);
            field.editor = line;
        }
        field.editor->setObjectName(QStringLiteral("param_") + QString::fromStdString(info.key));
        form_->addRow(field.label, field.editor);
        fields_[info.key] = field;
    }
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    outer->addWidget(note_);
    outer->addStretch();
    retranslate();
}

void ParamsPanel::retranslate()
{
    profileLabel_->setText(tr("Profile"));
    mslLabel_->setText(tr("MSL (slider)"));
    note_->setText(tr("Changes apply at the next reset. Bold: differs from the profile."));
}

void ParamsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
        refreshDiff();
    }
    QWidget::changeEvent(event);
}

std::string ParamsPanel::profile() const
{
    return profileBox_->currentText().toStdString();
}

std::string ParamsPanel::textOf(const Field& field) const
{
    if (auto* box = qobject_cast<QCheckBox*>(field.editor))
        return box->isChecked() ? "true" : "false";
    return static_cast<QLineEdit*>(field.editor)->text().trimmed().toStdString();
}

void ParamsPanel::setText(Field& field, const std::string& text)
{
    if (auto* box = qobject_cast<QCheckBox*>(field.editor))
        box->setChecked(text == "true" || text == "1");
    else
        static_cast<QLineEdit*>(field.editor)->setText(QString::fromStdString(text));
    if (field.info->key == "msl_ms")
        mslSlider_->setValue(sliderOf(std::atoll(text.c_str())));
}

void ParamsPanel::load(const std::string& profile, const Params& params)
{
    loading_ = true;
    profileBox_->setCurrentText(QString::fromStdString(profile));
    for (auto& [key, field] : fields_)
        setText(field, paramValueText(params, key));
    loading_ = false;
    refreshDiff();
}

bool ParamsPanel::setValue(const std::string& key, const std::string& text)
{
    auto it = fields_.find(key);
    if (it == fields_.end())
        return false;
    loading_ = true;
    setText(it->second, text);
    loading_ = false;
    onEdited();
    return true;
}

std::map<std::string, std::string> ParamsPanel::overrides() const
{
    std::map<std::string, std::string> out;
    const auto defaults = profileDefaults(profile());
    for (const auto& [key, field] : fields_) {
        const std::string now = textOf(field);
        if (defaults && now != paramValueText(*defaults, key))
            out[key] = now;
    }
    return out;
}

void ParamsPanel::refreshDiff()
{
    const auto defaults = profileDefaults(profile());
    for (auto& [key, field] : fields_) {
        const std::string base = defaults ? paramValueText(*defaults, key) : std::string();
        const bool differs = textOf(field) != base;
        QFont f = field.label->font();
        f.setBold(differs);
        field.label->setFont(f);
        // What the parameter changes and its default in every profile (the teaching text), then
        // the value of the profile chosen here.
        field.label->setToolTip(TeachingText::paramHelpHtml(key)
            + QStringLiteral("<p>%1</p>")
                  .arg(tr("profile %1: %2")
                           .arg(QString::fromStdString(profile()), QString::fromStdString(base))
                           .toHtmlEscaped()));
    }
}

void ParamsPanel::validate()
{
    // Reject values the core would not accept, naming what it expects.
    Params probe = *profileDefaults(profile());
    for (auto& [key, field] : fields_) {
        const std::string error = setParamFromText(probe, key, textOf(field));
        field.editor->setToolTip(error.empty() ? QString() : tr("expected %1").arg(QString::fromStdString(error)));
        field.editor->setStyleSheet(error.empty() ? QString() : QStringLiteral("background: #FFD6D6;"));
        if (key == "msl_ms" && error.empty()) {
            loading_ = true;
            mslSlider_->setValue(sliderOf(probe.msl_ms));
            loading_ = false;
        }
    }
}

void ParamsPanel::onEdited()
{
    if (loading_)
        return;
    validate();
    refreshDiff();
    Q_EMIT edited(profile(), overrides());
}

} // namespace tcplab
