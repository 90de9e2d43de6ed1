// What each key of paramTable() changes, and its default in each profile. The defaults are read
// from profileDefaults() at the time of the call, never written down here, so the help follows
// params.cpp.
#include "teaching_text.h"

#include <QLocale>

#include <array>

namespace tcplab {

namespace {

struct ParamEntry {
    const char* key;
    const char* text;
};

const std::array kParamTexts = {
    ParamEntry { "msl_ms",
        QT_TRANSLATE_NOOP("TeachingText",
            "Maximum segment lifetime: how long a segment may survive in the network. The simulated network discards "
            "older segments, and TIME_WAIT lasts 2×MSL unless time_wait_ms fixes it.") },
    ParamEntry { "time_wait_ms",
        QT_TRANSLATE_NOOP("TeachingText",
            "Length of TIME_WAIT. Empty (null) means 2×MSL as RFC 9293 requires; Linux uses a fixed length whatever "
            "MSL is. Shorter than MSL lets old duplicates reach a new incarnation.") },
    ParamEntry { "fin_wait_2_timeout_ms",
        QT_TRANSLATE_NOOP("TeachingText",
            "How long an orphaned socket (closed by its application) may wait in FIN_WAIT_2 for the peer's FIN before "
            "it is removed (Linux tcp_fin_timeout). Empty means no timeout. It does not change TIME_WAIT.") },
    ParamEntry { "rto_initial_ms",
        QT_TRANSLATE_NOOP("TeachingText",
            "Retransmission timeout used before any round-trip time has been measured, e.g. for the first SYN (RFC "
            "6298).") },
    ParamEntry { "rto_min_ms",
        QT_TRANSLATE_NOOP(
            "TeachingText", "Lower bound of the retransmission timeout computed from measured round-trip times.") },
    ParamEntry { "rto_max_ms",
        QT_TRANSLATE_NOOP("TeachingText",
            "Upper bound of the retransmission timeout: exponential backoff doubles it up to this value.") },
    ParamEntry { "syn_retries",
        QT_TRANSLATE_NOOP("TeachingText",
            "How many times SYN_SENT retransmits its SYN before connect() fails with a timeout (Linux "
            "tcp_syn_retries).") },
    ParamEntry { "synack_retries",
        QT_TRANSLATE_NOOP("TeachingText",
            "How many times SYN_RECEIVED retransmits its SYN,ACK before the half-open connection is dropped (Linux "
            "tcp_synack_retries).") },
    ParamEntry { "data_retries",
        QT_TRANSLATE_NOOP("TeachingText",
            "How many times data or a FIN is retransmitted before the connection is given up and closed (Linux "
            "tcp_retries2).") },
    ParamEntry { "syn_linear_timeouts",
        QT_TRANSLATE_NOOP("TeachingText",
            "How many SYN retransmissions keep the initial timeout before backoff begins to double it (Linux 6.5 and "
            "later).") },
    ParamEntry { "tw_reuse",
        QT_TRANSLATE_NOOP("TeachingText",
            "Whether a new outgoing connection may take over a 4-tuple still in TIME_WAIT: 0 off, 1 on, 2 loopback "
            "only. It needs timestamps, which tell old segments from new ones.") },
    ParamEntry { "tw_recycle",
        QT_TRANSLATE_NOOP("TeachingText",
            "The removed Linux option that dropped SYNs whose timestamp was older than the last one seen from the same "
            "host. Shown to explain why it broke clients behind NAT.") },
    ParamEntry { "timestamps",
        QT_TRANSLATE_NOOP("TeachingText",
            "TCP timestamps option (RFC 7323): every segment carries TSval/TSecr, which lets TIME_WAIT tell a new SYN "
            "from an old duplicate.") },
    ParamEntry { "rfc1337",
        QT_TRANSLATE_NOOP("TeachingText",
            "Ignore RST in TIME_WAIT (RFC 1337 fix F1), so an old duplicate cannot assassinate TIME_WAIT.") },
    ParamEntry { "keepalive.enabled",
        QT_TRANSLATE_NOOP("TeachingText",
            "Whether an idle connection sends keepalive probes to find out that the peer has crashed (RFC 9293 §3.8.4: "
            "optional and off by default).") },
    ParamEntry {
        "keepalive.time_ms", QT_TRANSLATE_NOOP("TeachingText", "Idle time before the first keepalive probe.") },
    ParamEntry { "keepalive.interval_ms",
        QT_TRANSLATE_NOOP("TeachingText", "Time between keepalive probes that go unanswered.") },
    ParamEntry { "keepalive.probes",
        QT_TRANSLATE_NOOP("TeachingText",
            "Unanswered keepalive probes after which the connection is closed and the application told it timed "
            "out.") },
    ParamEntry { "syncookies",
        QT_TRANSLATE_NOOP("TeachingText",
            "SYN cookies: 0 off, 1 only when the SYN backlog overflows, 2 always. A cookie encodes the connection in "
            "the ISN so the listener keeps no state until the final ACK.") },
    ParamEntry { "backlog",
        QT_TRANSLATE_NOOP("TeachingText",
            "How many half-open connections (SYN_RECEIVED) a listener holds; further SYNs are dropped or answered with "
            "cookies.") },
    ParamEntry { "max_tw_buckets",
        QT_TRANSLATE_NOOP("TeachingText",
            "Most TIME_WAIT sockets a host keeps; beyond it TIME_WAIT is destroyed early, losing its protection (Linux "
            "tcp_max_tw_buckets).") },
    ParamEntry { "port_range.low",
        QT_TRANSLATE_NOOP("TeachingText",
            "Lowest port of the ephemeral range (Linux ip_local_port_range) from which a connect() without bind() "
            "chooses its local port. When every port is in use for the destination, connect() fails with "
            "EADDRNOTAVAIL.") },
    ParamEntry { "port_range.high",
        QT_TRANSLATE_NOOP("TeachingText",
            "Highest port of the ephemeral range. A range of one port shows at once what happens when the ports run "
            "out: a port held in TIME_WAIT is taken again only when tw_reuse allows it.") },
    ParamEntry { "delayed_ack_ms",
        QT_TRANSLATE_NOOP("TeachingText",
            "How long a receiver may wait before sending an ACK, hoping to combine it with data or a FIN.") },
    ParamEntry { "delay_ms",
        QT_TRANSLATE_NOOP(
            "TeachingText", "One-way propagation delay of the simulated network; a round trip takes twice as long.") },
    ParamEntry { "loss",
        QT_TRANSLATE_NOOP("TeachingText",
            "Probability that the network loses a segment, in each direction, drawn from the seeded random "
            "generator.") },
    ParamEntry { "seed",
        QT_TRANSLATE_NOOP("TeachingText", "Seed of the random generator: the same seed gives exactly the same run.") },
    ParamEntry { "isn",
        QT_TRANSLATE_NOOP("TeachingText",
            "How initial sequence numbers are chosen: clock (a counter driven by time, RFC 9293 §3.4.1), random, or "
            "fixed (isn_client and isn_server, easy to read).") },
    ParamEntry {
        "isn_client", QT_TRANSLATE_NOOP("TeachingText", "The client's initial sequence number when isn is fixed.") },
    ParamEntry {
        "isn_server", QT_TRANSLATE_NOOP("TeachingText", "The server's initial sequence number when isn is fixed.") },
    ParamEntry {
        "mss", QT_TRANSLATE_NOOP("TeachingText", "Maximum segment size: the most payload bytes in one segment.") },
    ParamEntry { "window",
        QT_TRANSLATE_NOOP("TeachingText",
            "Receive window advertised to the peer: how many bytes it may send before waiting for an ACK.") },
};

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

QString TeachingText::paramText(std::string_view key)
{
    for (const ParamEntry& entry : kParamTexts)
        if (key == entry.key)
            return QCoreApplication::translate("TeachingText", entry.text);
    return {};
}

QString TeachingText::paramValueDisplay(const Params& params, std::string_view key)
{
    const ParamInfo* info = findParam(key);
    if (!info)
        return {};
    const std::string raw = paramValueText(params, key);
    const QLocale locale;
    if (key == "time_wait_ms" && raw == "null")
        return tr("2×MSL = %1").arg(durationText(params.timeWaitMs()));
    if (key == "fin_wait_2_timeout_ms" && raw == "null")
        return tr("none (waits for the peer's FIN for ever)");
    if (info->type == ParamType::Boolean)
        return raw == "true" ? tr("on") : tr("off");
    if (key == "tw_reuse") {
        switch (params.tw_reuse) {
        case 0:
            return tr("0 (off)");
        case 1:
            return tr("1 (on)");
        default:
            return tr("2 (loopback only)");
        }
    }
    if (key == "syncookies") {
        switch (params.syncookies) {
        case 0:
            return tr("0 (off)");
        case 1:
            return tr("1 (when the backlog overflows)");
        default:
            return tr("2 (always)");
        }
    }
    if (key == "isn") {
        switch (params.isn) {
        case IsnMode::Clock:
            return tr("clock", "ISN mode");
        case IsnMode::Random:
            return tr("random", "ISN mode");
        case IsnMode::Fixed:
            return tr("fixed", "ISN mode");
        }
    }
    if (key == "loss")
        return tr("%1 %", "probability in percent").arg(locale.toString(params.loss * 100.0, 'g', 4));
    const std::int64_t number = std::stoll(raw);
    if (key.substr(0, 11) == "port_range.")
        return QString::number(number); // a port number, not a quantity: no digit grouping
    if (endsWith(key, "_ms"))
        return durationText(number);
    return locale.toString(static_cast<qlonglong>(number));
}

QList<TeachingText::ProfileDefault> TeachingText::paramDefaults(std::string_view key)
{
    QList<ProfileDefault> out;
    if (!findParam(key))
        return out;
    for (const std::string& name : profileNames()) {
        if (const auto params = profileDefaults(name))
            out.append({ QString::fromStdString(name), paramValueDisplay(*params, key) });
    }
    return out;
}

QString TeachingText::paramHelpHtml(std::string_view key)
{
    QString rows;
    for (const ProfileDefault& d : paramDefaults(key))
        rows += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(d.profile, d.value.toHtmlEscaped());
    return tr("<b>%1</b><p>%2</p><p><i>Default in each profile:</i></p><table>%3</table>")
        .arg(QString::fromUtf8(key.data(), qsizetype(key.size())), paramText(key).toHtmlEscaped(), rows);
}

QList<TeachingText::HelpEntry> TeachingText::paramHelpEntries()
{
    QList<HelpEntry> entries;
    for (const ParamInfo& info : paramTable()) {
        const QString key = QString::fromStdString(info.key);
        const QString anchor = QStringLiteral("param-") + key;
        entries.append({ anchor, key, QStringLiteral("<a name=\"%1\"></a>").arg(anchor) + paramHelpHtml(info.key) });
    }
    return entries;
}

} // namespace tcplab
