// Helpers shared by the topics of TeachingText; the topics themselves live in
// teaching_text_{states,transitions,params,events}.cpp.
#include "teaching_text.h"

#include <QLocale>

namespace tcplab {

QString TeachingText::durationText(std::int64_t ms)
{
    // Say a duration the way a teacher would: 240 s rather than 4 min for TIME_WAIT lengths,
    // 2 h for the keepalive idle time. %Ln formats the number with the current locale.
    constexpr std::int64_t kSecond = 1000;
    constexpr std::int64_t kMinute = 60 * kSecond;
    constexpr std::int64_t kHour = 60 * kMinute;
    if (ms != 0 && ms % kHour == 0 && ms >= 2 * kHour)
        return tr("%Ln h", "hours", int(ms / kHour));
    if (ms % kMinute == 0 && ms >= 10 * kMinute)
        return tr("%Ln min", "minutes", int(ms / kMinute));
    if (ms % kSecond == 0 && ms >= kSecond)
        return tr("%Ln s", "seconds", int(ms / kSecond));
    if (ms >= 10 * kSecond)
        return tr("%1 s", "seconds with a fraction").arg(QLocale().toString(double(ms) / 1000.0, 'f', 3));
    return tr("%Ln ms", "milliseconds", int(ms));
}

QString TeachingText::helpHtml()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("The states of TCP").toHtmlEscaped());
    for (int i = 0; i < kTcpStateCount; ++i)
        html += stateHelpHtml(static_cast<TcpState>(i));
    html += transitionsHelpHtml();
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Parameters").toHtmlEscaped());
    for (const ParamInfo& info : paramTable())
        html += paramHelpHtml(info.key);
    return html;
}

QString TeachingText::helpPartTitle(HelpPart part)
{
    switch (part) {
    case HelpPart::States:
        return tr("The states of TCP");
    case HelpPart::Transitions:
        return tr("Transitions");
    case HelpPart::Parameters:
        return tr("Parameters");
    }
    return {};
}

QList<TeachingText::HelpEntry> TeachingText::helpEntries(HelpPart part)
{
    switch (part) {
    case HelpPart::States:
        return stateHelpEntries();
    case HelpPart::Transitions:
        return transitionHelpEntries();
    case HelpPart::Parameters:
        return paramHelpEntries();
    }
    return {};
}

} // namespace tcplab
