#include "event_explainer.h"

#include "tcp_state.h"
#include "teaching_text.h"

namespace tcplab {

namespace {
QString latin(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}
} // namespace

QString EventExplainer::formatTime(TimeUs t_us)
{
    if (t_us < 0)
        return QStringLiteral("-");
    if (t_us < 1'000'000)
        return tr("%1 ms").arg(double(t_us) / 1000.0, 0, 'f', t_us % 1000 ? 3 : 0);
    if (t_us < 600'000'000)
        return tr("%1 s").arg(double(t_us) / 1e6, 0, 'f', 3);
    return tr("%1 min").arg(double(t_us) / 6e7, 0, 'f', 2);
}

QString EventExplainer::peerName(Peer peer)
{
    return peer == Peer::Client ? tr("client") : tr("server");
}

QString EventExplainer::segmentLabel(const Segment& s)
{
    QString label = latin(flagsToString(s.flags)) + QStringLiteral(" seq=%1").arg(s.seq.value());
    if (s.has(kAck))
        label += QStringLiteral(" ack=%1").arg(s.ack.value());
    label += QStringLiteral(" len=%1").arg(s.len);
    if (s.incarnation > 1)
        label += QStringLiteral(" inc=%1").arg(s.incarnation);
    return label;
}

bool EventExplainer::worthLogging(const TraceRecord& record)
{
    const TraceEvent& e = record.event;
    return !(e.kind == TraceKind::Timer && e.timerAction == TimerAction::Cancel);
}

QString EventExplainer::explain(const TraceRecord& record)
{
    // The teaching text owns the plain-language sentences (src/teaching), so the log, the help
    // and the tooltips say the same thing in every language.
    const QString text = TeachingText::describeEvent(record.event, record.segment ? &*record.segment : nullptr);
    const QString source = evidence(record);
    return source.isEmpty() ? text : tr("%1 [%2]").arg(text, source);
}

QString EventExplainer::evidence(const TraceRecord& record)
{
    // A capture sees one end only: say which parts are seen and which inferred.
    const Peer peer = record.event.peer;
    switch (record.evidence) {
    case TraceRecord::Evidence::Simulated:
        return {};
    case TraceRecord::Evidence::Seen:
        return tr("seen at the %1").arg(peerName(peer));
    case TraceRecord::Evidence::Inferred:
        return tr("seen at the %1; the %2's side is inferred").arg(peerName(otherPeer(peer)), peerName(peer));
    case TraceRecord::Evidence::Assumed:
        return tr("not seen: what the %1's application could read, from the segments that arrived").arg(peerName(peer));
    case TraceRecord::Evidence::Implied:
        return tr("not seen: the gap before the %1's retransmission, as the capture measured it").arg(peerName(peer));
    }
    return {};
}

QString EventExplainer::rfcSection(const TraceRecord& record)
{
    return TeachingText::eventReference(record.event);
}

} // namespace tcplab
