#include "scenario_writer_parts.h"

namespace tcplab::write {

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonObject textObject(const LocalizedText& text)
{
    QJsonObject o;
    o.insert(QStringLiteral("en"), QString::fromStdString(text.en));
    if (!text.zh_CN.empty())
        o.insert(QStringLiteral("zh_CN"), QString::fromStdString(text.zh_CN));
    return o;
}

QString afterText(const AwaitedEvent& after)
{
    const auto* state = std::get_if<TcpState>(&after.what);
    const std::string_view what = state ? stateName(*state) : appEventName(std::get<AppEventKind>(after.what));
    return str(peerName(after.peer)) + QLatin1Char(':') + str(what);
}

} // namespace tcplab::write
