#include "explorer_params_form.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace tcplab {

ExplorerParamsForm::ExplorerParamsForm(QWidget* parent)
    : QWidget(parent)
    , form_(new QFormLayout(this))
{
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addChoice("profile", QT_TR_NOOP("Profile"),
        { QStringLiteral("linux"), QStringLiteral("rfc9293"), QStringLiteral("windows") });
    addReal("rate_per_s", QT_TR_NOOP("Connections per second"), 0.01, 1e6, 2);
    addChoice("arrivals", QT_TR_NOOP("Arrivals"), { QStringLiteral("constant"), QStringLiteral("poisson") });
    addInteger("port_min", QT_TR_NOOP("First ephemeral port"), 1, 65535, nullptr);
    addInteger("port_max", QT_TR_NOOP("Last ephemeral port"), 1, 65535, nullptr);
    addInteger("time_wait_ms", QT_TR_NOOP("TIME_WAIT length"), 0, 86'400'000, QT_TR_NOOP(" ms"));
    addInteger("msl_ms", QT_TR_NOOP("MSL"), 0, 86'400'000, QT_TR_NOOP(" ms"));
    addInteger("fin_wait_2_timeout_ms", QT_TR_NOOP("tcp_fin_timeout"), 0, 86'400'000, QT_TR_NOOP(" ms"));
    addChoice(
        "tw_reuse", QT_TR_NOOP("tcp_tw_reuse"), { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") });
    addChoice("timestamps", QT_TR_NOOP("Timestamps"), { QStringLiteral("true"), QStringLiteral("false") });
    addInteger("max_tw_buckets", QT_TR_NOOP("tcp_max_tw_buckets"), 0, 1'000'000'000, nullptr);
    addInteger("delay_ms", QT_TR_NOOP("One-way delay"), 0, 3'600'000, QT_TR_NOOP(" ms"));
    addReal("loss", QT_TR_NOOP("Loss probability"), 0.0, 1.0, 3);
    addChoice("closer", QT_TR_NOOP("Who closes first"),
        { QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("simultaneous") });
    addReal("leak_fraction", QT_TR_NOOP("Leak fraction (never closes)"), 0.0, 1.0, 3);
    addChoice("leak_side", QT_TR_NOOP("Leaking side"), { QStringLiteral("server"), QStringLiteral("client") });
    addInteger("pool_limit", QT_TR_NOOP("Pool limit (0 = none)"), 0, 1'000'000'000, nullptr);
    addInteger("duration_ms", QT_TR_NOOP("Duration"), 1000, 2'000'000'000, QT_TR_NOOP(" ms"));
    addInteger("sample_ms", QT_TR_NOOP("Sample every"), 1, 3'600'000, QT_TR_NOOP(" ms"));
    addInteger("seed", QT_TR_NOOP("Seed"), 0, 2'000'000'000, nullptr);
    retranslate();
    refresh();
}

void ExplorerParamsForm::retranslate()
{
    for (const Label& l : labels_) {
        l.caption->setText(tr(l.text));
        if (auto* spin = qobject_cast<QSpinBox*>(l.field); spin && l.suffix)
            spin->setSuffix(tr(l.suffix));
        if (auto* combo = qobject_cast<QComboBox*>(l.field))
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, choiceText(combo->itemData(i).toString()));
    }
}

void ExplorerParamsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExplorerParamsForm::setConfig(const ExplorerConfig& config)
{
    config_ = config;
    refresh();
    Q_EMIT changed();
}

QString ExplorerParamsForm::setKey(const QString& key, const QString& value)
{
    const std::string error = setExplorerKey(config_, key.toStdString(), value.toStdString());
    refresh();
    Q_EMIT changed();
    return QString::fromStdString(error);
}

void ExplorerParamsForm::refresh()
{
    refreshing_ = true;
    for (const auto& read : refreshers_)
        read();
    refreshing_ = false;
}

void ExplorerParamsForm::addInteger(const char* key, const char* label, int min, int max, const char* suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setObjectName(QString::fromLatin1(key));
    auto* caption = new QLabel(this);
    form_->addRow(caption, spin);
    labels_.push_back({ caption, spin, label, suffix });
    const std::string k = key;
    refreshers_.push_back([this, spin, k] {
        if (k == "time_wait_ms") {
            // Empty means 2 x MSL (RFC 9293): show the length in force.
            spin->setValue(static_cast<int>(config_.params.timeWaitMs()));
            return;
        }
        bool ok = false;
        const int v = QString::fromStdString(explorerKeyValue(config_, k)).toInt(&ok);
        spin->setValue(ok ? v : 0); // "null" (no orphan timeout) shows as 0
    });
    connect(spin, &QSpinBox::valueChanged, this, [this, k](int v) {
        if (refreshing_)
            return;
        setExplorerKey(config_, k, std::to_string(v));
        Q_EMIT changed();
    });
}

void ExplorerParamsForm::addReal(const char* key, const char* label, double min, double max, int decimals)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setObjectName(QString::fromLatin1(key));
    auto* caption = new QLabel(this);
    form_->addRow(caption, spin);
    labels_.push_back({ caption, spin, label, nullptr });
    const std::string k = key;
    refreshers_.push_back(
        [this, spin, k] { spin->setValue(QString::fromStdString(explorerKeyValue(config_, k)).toDouble()); });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, k](double v) {
        if (refreshing_)
            return;
        setExplorerKey(config_, k, QString::number(v, 'g', 10).toStdString());
        Q_EMIT changed();
    });
}

QString ExplorerParamsForm::choiceText(const QString& value)
{
    // Words get a translation; profile names and sysctl numbers are identifiers and stay.
    static constexpr struct {
        const char* value;
        const char* text;
    } kWords[] = {
        { "constant", QT_TR_NOOP("constant rate") },
        { "poisson", QT_TR_NOOP("Poisson (random)") },
        { "client", QT_TR_NOOP("client") },
        { "server", QT_TR_NOOP("server") },
        { "simultaneous", QT_TR_NOOP("both at once") },
        { "true", QT_TR_NOOP("on") },
        { "false", QT_TR_NOOP("off") },
    };
    for (const auto& word : kWords)
        if (value == QLatin1String(word.value))
            return tr(word.text);
    return value;
}

void ExplorerParamsForm::addChoice(const char* key, const char* label, const QStringList& values)
{
    auto* combo = new QComboBox(this);
    for (const QString& value : values)
        combo->addItem(choiceText(value), value); // the data is what `--set` takes
    combo->setObjectName(QString::fromLatin1(key));
    auto* caption = new QLabel(this);
    form_->addRow(caption, combo);
    labels_.push_back({ caption, combo, label, nullptr });
    const std::string k = key;
    refreshers_.push_back([this, combo, k] {
        combo->setCurrentIndex(combo->findData(QString::fromStdString(explorerKeyValue(config_, k))));
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, k](int index) {
        if (refreshing_ || index < 0)
            return;
        setExplorerKey(config_, k, combo->itemData(index).toString().toStdString());
        if (k == "profile")
            refresh(); // a profile changes many fields at once
        Q_EMIT changed();
    });
}

} // namespace tcplab
