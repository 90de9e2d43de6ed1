#include "explorer_params_form.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace tcplab {

ExplorerParamsForm::ExplorerParamsForm(QWidget* parent) : QWidget(parent), form_(new QFormLayout(this))
{
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addChoice("profile", tr("Profile"), {QStringLiteral("linux"), QStringLiteral("rfc9293"), QStringLiteral("windows")});
    addReal("rate_per_s", tr("Connections per second"), 0.01, 1e6, 2);
    addChoice("arrivals", tr("Arrivals"), {QStringLiteral("constant"), QStringLiteral("poisson")});
    addInteger("port_min", tr("First ephemeral port"), 1, 65535, {});
    addInteger("port_max", tr("Last ephemeral port"), 1, 65535, {});
    addInteger("time_wait_ms", tr("TIME_WAIT length"), 0, 86'400'000, tr(" ms"));
    addInteger("msl_ms", tr("MSL"), 0, 86'400'000, tr(" ms"));
    addInteger("fin_wait_2_timeout_ms", tr("tcp_fin_timeout"), 0, 86'400'000, tr(" ms"));
    addChoice("tw_reuse", tr("tcp_tw_reuse"), {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
    addChoice("timestamps", tr("Timestamps"), {QStringLiteral("true"), QStringLiteral("false")});
    addInteger("max_tw_buckets", tr("tcp_max_tw_buckets"), 0, 1'000'000'000, {});
    addInteger("delay_ms", tr("One-way delay"), 0, 3'600'000, tr(" ms"));
    addReal("loss", tr("Loss probability"), 0.0, 1.0, 3);
    addChoice("closer", tr("Who closes first"), {QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("simultaneous")});
    addReal("leak_fraction", tr("Leak fraction (never closes)"), 0.0, 1.0, 3);
    addChoice("leak_side", tr("Leaking side"), {QStringLiteral("server"), QStringLiteral("client")});
    addInteger("pool_limit", tr("Pool limit (0 = none)"), 0, 1'000'000'000, {});
    addInteger("duration_ms", tr("Duration"), 1000, 2'000'000'000, tr(" ms"));
    addInteger("sample_ms", tr("Sample every"), 1, 3'600'000, tr(" ms"));
    addInteger("seed", tr("Seed"), 0, 2'000'000'000, {});
    refresh();
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

void ExplorerParamsForm::addInteger(const char* key, const QString& label, int min, int max, const QString& suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setObjectName(QString::fromLatin1(key));
    form_->addRow(label, spin);
    const std::string k = key;
    refreshers_.push_back([this, spin, k] {
        if (k == "time_wait_ms") {
            // Empty means 2 x MSL (RFC 9293): show the length in force.
            spin->setValue(static_cast<int>(config_.params.timeWaitMs()));
            return;
        }
        bool ok = false;
        const int v = QString::fromStdString(explorerKeyValue(config_, k)).toInt(&ok);
        spin->setValue(ok ? v : 0);  // "null" (no orphan timeout) shows as 0
    });
    connect(spin, &QSpinBox::valueChanged, this, [this, k](int v) {
        if (refreshing_)
            return;
        setExplorerKey(config_, k, std::to_string(v));
        Q_EMIT changed();
    });
}

void ExplorerParamsForm::addReal(const char* key, const QString& label, double min, double max, int decimals)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setObjectName(QString::fromLatin1(key));
    form_->addRow(label, spin);
    const std::string k = key;
    refreshers_.push_back([this, spin, k] { spin->setValue(QString::fromStdString(explorerKeyValue(config_, k)).toDouble()); });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, k](double v) {
        if (refreshing_)
            return;
        setExplorerKey(config_, k, QString::number(v, 'g', 10).toStdString());
        Q_EMIT changed();
    });
}

void ExplorerParamsForm::addChoice(const char* key, const QString& label, const QStringList& values)
{
    auto* combo = new QComboBox(this);
    combo->addItems(values);  // the values themselves: protocol and sysctl names, not prose
    combo->setObjectName(QString::fromLatin1(key));
    form_->addRow(label, combo);
    const std::string k = key;
    refreshers_.push_back([this, combo, k] {
        combo->setCurrentText(QString::fromStdString(explorerKeyValue(config_, k)));
    });
    connect(combo, &QComboBox::currentTextChanged, this, [this, k](const QString& text) {
        if (refreshing_)
            return;
        setExplorerKey(config_, k, text.toStdString());
        if (k == "profile")
            refresh();  // a profile changes many fields at once
        Q_EMIT changed();
    });
}

} // namespace tcplab
