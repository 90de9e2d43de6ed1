#include "params_panel.h"

#include "mission_check.h"
#include "teaching_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace tcplab {

namespace {

// Explicit colours on both sides, so the warning reads the same on a light or a dark palette.
const char* const kWarningStyle = "QLabel { background: #FFD6D6; color: #6B0000; border: 1px solid #C62828;"
                                  " border-radius: 3px; padding: 3px; }";
const char* const kInvalidStyle = "background: #FFD6D6;";

// The stop nearest to `ms` on a logarithmic scale (what the eye sees as nearest on the slider).
int sliderOf(std::int64_t ms)
{
    const auto& stops = ParamsPanel::mslStopsMs();
    const double logMs = std::log(double(std::max<std::int64_t>(ms, 1)));
    int best = 0;
    for (int i = 1; i < int(stops.size()); ++i)
        if (std::abs(std::log(double(stops[i])) - logMs) < std::abs(std::log(double(stops[best])) - logMs))
            best = i;
    return best;
}

} // namespace

const std::vector<std::int64_t>& ParamsPanel::mslStopsMs()
{
    // Round values a teacher would choose, from below a LAN's one-way delay to longer than any
    // profile's MSL, with every profile's MSL and TIME_WAIT on a stop (30 s, 60 s, 120 s). Steps
    // rather than a continuous scale: a short drag moves one stop, never from 30 s to 22 ms.
    static const std::vector<std::int64_t> stops
        = { 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 600'000 };
    return stops;
}

ParamsPanel::ParamsPanel(QWidget* parent)
    : QWidget(parent)
    , askKeepEdits_([this](const ProfileSwitch& change) { return askWithMessageBox(change); })
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
    connect(profileBox_, &QComboBox::currentTextChanged, this, &ParamsPanel::switchProfile);
    mslSlider_ = new QSlider(Qt::Horizontal, this);
    mslSlider_->setObjectName(QStringLiteral("mslSlider"));
    mslSlider_->setRange(0, int(mslStopsMs().size()) - 1);
    mslSlider_->setPageStep(3);
    mslSlider_->setTickPosition(QSlider::TicksBelow);
    mslSlider_->setTickInterval(1);
    mslLabel_ = new QLabel(this);
    form_->addRow(mslLabel_, mslSlider_);
    connect(mslSlider_, &QSlider::valueChanged, this, [this](int v) {
        if (!loading_)
            setValue("msl_ms", std::to_string(mslStopsMs().at(std::size_t(v))));
    });
    // What the slider's value means, right under it (spanning the form): MSL, the TIME_WAIT it
    // gives, and a warning when no segment could ever arrive.
    mslValue_ = new QLabel(this);
    mslValue_->setObjectName(QStringLiteral("mslValue"));
    mslValue_->setWordWrap(true);
    form_->addRow(mslValue_);
    mslWarning_ = new QLabel(this);
    mslWarning_->setObjectName(QStringLiteral("mslWarning"));
    mslWarning_->setWordWrap(true);
    mslWarning_->setStyleSheet(QLatin1String(kWarningStyle));
    mslWarning_->hide();
    form_->addRow(mslWarning_);
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
    missionNote_ = new QLabel(this);
    missionNote_->setObjectName(QStringLiteral("missionLimits"));
    missionNote_->setWordWrap(true);
    missionNote_->hide();
    outer->insertWidget(0, missionNote_);
    compare_ = new QPushButton(this);
    compare_->setObjectName(QStringLiteral("compareWithParams"));
    connect(compare_, &QPushButton::clicked, this, &ParamsPanel::compareRequested);
    outer->addWidget(compare_);
    outer->addStretch();
    shownProfile_ = profile();
    retranslate();
}

void ParamsPanel::setAskKeepEdits(AskKeepEdits ask)
{
    askKeepEdits_ = std::move(ask);
}

void ParamsPanel::retranslate()
{
    profileLabel_->setText(tr("Profile"));
    mslLabel_->setText(tr("MSL (slider)"));
    mslSlider_->setToolTip(
        tr("MSL in steps from %1 to %2; type any other value into msl_ms below.")
            .arg(TeachingText::durationText(mslStopsMs().front()), TeachingText::durationText(mslStopsMs().back())));
    note_->setText(tr("Changes apply at the next reset. Bold: differs from the profile."));
    missionNote_->setText(tr("🔒 A mission is open: the values it does not let you change are locked."));
    compare_->setText(tr("Compare with these parameters"));
    compare_->setToolTip(
        tr("Show the run on screen and the same scenario with these values side by side, under one clock"));
}

void ParamsPanel::setMissionLimits(const std::vector<std::string>& mayChange)
{
    missionLimits_ = mayChange;
    for (auto& [key, field] : fields_) {
        const bool locked = isLocked(key);
        field.editor->setEnabled(!locked);
        field.label->setEnabled(!locked);
    }
    mslSlider_->setEnabled(!isLocked("msl_ms"));
    profileBox_->setEnabled(mayChange.empty() || mayChangeCovers(mayChange, "profile"));
    missionNote_->setVisible(!mayChange.empty());
}

bool ParamsPanel::isLocked(const std::string& key) const
{
    return !missionLimits_.empty() && !mayChangeCovers(missionLimits_, "params." + key);
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
    shownProfile_ = this->profile();
    for (auto& [key, field] : fields_)
        setText(field, paramValueText(params, key));
    loading_ = false;
    validate();
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

void ParamsPanel::switchProfile()
{
    if (loading_)
        return;
    // The values were set from the profile shown before; those that differ from it are the
    // user's (or the scenario's) on purpose: ask before they are lost, unless there are none.
    const std::string to = profile();
    const auto edits = overridesFrom(shownProfile_);
    KeepEdits choice = KeepEdits::UseProfile;
    if (!edits.empty()) {
        ProfileSwitch change { QString::fromStdString(shownProfile_), QString::fromStdString(to), {} };
        for (const auto& [key, value] : edits)
            change.editedKeys << QString::fromStdString(key);
        choice = askKeepEdits_ ? askKeepEdits_(change) : KeepEdits::Keep;
    }
    loading_ = true;
    if (choice == KeepEdits::Cancel) {
        profileBox_->setCurrentText(QString::fromStdString(shownProfile_));
        loading_ = false;
        return;
    }
    const auto defaults = profileDefaults(to);
    for (auto& [key, field] : fields_) {
        const auto edit = edits.find(key);
        const bool keep = choice == KeepEdits::Keep && edit != edits.end();
        setText(field, keep ? edit->second : paramValueText(*defaults, key));
    }
    shownProfile_ = to;
    loading_ = false;
    onEdited();
}

ParamsPanel::KeepEdits ParamsPanel::askWithMessageBox(const ProfileSwitch& change)
{
    QMessageBox box(QMessageBox::Question, tr("Switch profile"), tr("Switch to the %1 profile?").arg(change.to),
        QMessageBox::Cancel, this);
    box.setInformativeText(tr("Values that differ from the %1 profile: %2.")
                               .arg(change.from, change.editedKeys.join(QStringLiteral(", "))));
    QPushButton* keep = box.addButton(tr("Keep my edited values"), QMessageBox::AcceptRole);
    QPushButton* use = box.addButton(tr("Use the profile's values"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return KeepEdits::Keep;
    if (box.clickedButton() == use)
        return KeepEdits::UseProfile;
    return KeepEdits::Cancel;
}

std::map<std::string, std::string> ParamsPanel::overrides() const
{
    return overridesFrom(profile());
}

std::map<std::string, std::string> ParamsPanel::overridesFrom(const std::string& profile) const
{
    std::map<std::string, std::string> out;
    const auto defaults = profileDefaults(profile);
    for (const auto& [key, field] : fields_) {
        const std::string now = textOf(field);
        if (defaults && now != paramValueText(*defaults, key))
            out[key] = now;
    }
    return out;
}

Params ParamsPanel::current() const
{
    Params params = profileDefaults(profile()).value_or(Params {});
    for (const auto& [key, field] : fields_)
        setParamFromText(params, key, textOf(field)); // a rejected value leaves the profile's
    return params;
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
        field.editor->setStyleSheet(error.empty() ? QString() : QLatin1String(kInvalidStyle));
        if (key == "msl_ms" && error.empty()) {
            loading_ = true;
            mslSlider_->setValue(sliderOf(probe.msl_ms));
            loading_ = false;
        }
    }
    refreshMsl();
}

void ParamsPanel::refreshMsl()
{
    const Params p = current();
    const auto defaults = profileDefaults(profile());
    const QString msl = TeachingText::durationText(p.msl_ms);
    const QString timeWait = TeachingText::durationText(p.timeWaitMs());
    // Where the TIME_WAIT length comes from: MSL, the profile's fixed length, or an edit.
    if (!p.time_wait_ms)
        mslValue_->setText(tr("MSL %1 → TIME_WAIT %2 (2×MSL)").arg(msl, timeWait));
    else if (defaults && defaults->time_wait_ms == p.time_wait_ms)
        mslValue_->setText(tr("MSL %1 → TIME_WAIT %2 (fixed by the %3 profile, whatever MSL is)")
                               .arg(msl, timeWait, QString::fromStdString(profile())));
    else
        mslValue_->setText(tr("MSL %1 → TIME_WAIT %2 (fixed by time_wait_ms)").arg(msl, timeWait));

    // RFC 9293 §3.4.2 and the network's promise (simulation.cpp): a segment older than MSL is
    // discarded. One slower than MSL to cross therefore never arrives, whatever TCP does.
    const bool undeliverable = p.msl_ms < p.delay_ms;
    const QString delay = TeachingText::durationText(p.delay_ms);
    mslWarning_->setVisible(undeliverable);
    mslWarning_->setText(undeliverable
            ? tr("⚠ MSL %1 is shorter than the one-way delay %2: every segment expires in the network "
                 "before it arrives.")
                  .arg(msl, delay)
            : QString());
    mslWarning_->setToolTip(undeliverable
            ? tr("The network discards every segment older than MSL. A segment needs the one-way delay "
                 "(%1) to cross, longer than MSL (%2), so none can ever arrive: not even the first SYN.")
                  .arg(delay, msl)
            : QString());
    const auto mslField = fields_.find("msl_ms");
    if (undeliverable && mslField != fields_.end()) {
        mslField->second.editor->setStyleSheet(QLatin1String(kInvalidStyle));
        mslField->second.editor->setToolTip(mslWarning_->toolTip());
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
