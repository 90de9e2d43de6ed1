// The 11 states of RFC 9293 §3.3.2, each told in five topics.
#include "teaching_text.h"

#include <array>

namespace tcplab {

namespace {

using Topics = std::array<const char*, TeachingText::kStateTopicCount>;

// Indexed by TcpState, then by StateTopic (Meaning, ReachedBy, WaitsFor, EndsBy, PileUp).
// QT_TRANSLATE_NOOP marks them for lupdate; stateText() translates at the time of the call.
const std::array<Topics, kTcpStateCount> kStateTopics = { {
    { { // CLOSED
        QT_TRANSLATE_NOOP("TeachingText",
            "No connection exists: there is no transmission control block (TCB). CLOSED is the state before a socket "
            "is opened and after it has been deleted."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Every socket starts here. A connection comes back here when it ends normally (LAST_ACK receives its ACK, "
            "TIME_WAIT expires) or abnormally (RST, abort, retry limit, keepalive give-up, FIN_WAIT_2 orphan "
            "timeout)."),
        QT_TRANSLATE_NOOP("TeachingText",
            "An application call: listen() (a passive OPEN) leads to LISTEN, connect() (an active OPEN) sends a SYN "
            "and leads to SYN_SENT. A segment that reaches no socket at all is answered with RST."),
        QT_TRANSLATE_NOOP("TeachingText", "It does not end: the next OPEN creates a new TCB."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Nothing piles up in CLOSED because nothing is kept. What shows up instead are the RSTs the host sends for "
            "segments that match no socket, for example the late FIN of a peer whose orphaned FIN_WAIT_2 socket was "
            "already removed.") } },
    { { // LISTEN
        QT_TRANSLATE_NOOP(
            "TeachingText", "A server socket waits for connection requests on a local port. It has no peer yet."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The server application calls listen() (a passive OPEN) in CLOSED. A connection that began in LISTEN and "
            "receives an RST in SYN_RECEIVED also returns here."),
        QT_TRANSLATE_NOOP("TeachingText",
            "A SYN. Each SYN is answered with SYN,ACK and creates a new connection in SYN_RECEIVED while the listener "
            "itself stays in LISTEN. An RST is ignored; an ACK is answered with RST."),
        QT_TRANSLATE_NOOP("TeachingText",
            "When the application closes the listening socket (to CLOSED). RFC 9293 also lets a SEND turn a listener "
            "into an active open (to SYN_SENT); the sockets API does not offer it."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Listeners do not pile up, their half-open children do: when connections in SYN_RECEIVED fill the backlog, "
            "new SYNs are dropped, or answered with a SYN cookie when syncookies is on.") } },
    { { // SYN_SENT
        QT_TRANSLATE_NOOP(
            "TeachingText", "The client has sent its SYN (an active open) and waits for the server's SYN,ACK."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The client application calls connect() in CLOSED: TCP chooses an initial sequence number (ISN), sends a "
            "SYN and enters SYN_SENT."),
        QT_TRANSLATE_NOOP("TeachingText",
            "A SYN,ACK that acknowledges its SYN, or a bare SYN from a peer that is opening at the same moment "
            "(simultaneous open). While nothing comes, the SYN is retransmitted with growing intervals."),
        QT_TRANSLATE_NOOP("TeachingText",
            "ESTABLISHED on a SYN,ACK (after sending the final ACK); SYN_RECEIVED on a bare SYN; CLOSED on an "
            "acceptable RST (connection refused: nobody listens), when syn_retries is used up (connection timed out), "
            "or when the application gives up."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Many SYN_SENT sockets mean the server does not answer: a firewall drops the SYNs, the address is wrong, "
            "or the server's backlog is full. Each one holds an ephemeral port and keeps retransmitting its SYN until "
            "the retry budget runs out, so connect() hangs for minutes.") } },
    { { // SYN_RECEIVED
        QT_TRANSLATE_NOOP("TeachingText",
            "A SYN has been received and answered with SYN,ACK, but the final ACK of the three-way handshake has not "
            "arrived yet: a half-open connection."),
        QT_TRANSLATE_NOOP("TeachingText",
            "A listener receives a SYN (the server side of a normal open); a client in SYN_SENT receives a bare SYN "
            "(simultaneous open); or a TIME_WAIT socket accepts a new SYN for the same 4-tuple (RFC 6191)."),
        QT_TRANSLATE_NOOP("TeachingText", "The ACK of its SYN. While it does not come, the SYN,ACK is retransmitted."),
        QT_TRANSLATE_NOOP("TeachingText",
            "ESTABLISHED on that ACK; FIN_WAIT_1 if the application closes first; CLOSE_WAIT if the peer's FIN "
            "arrives; LISTEN on an RST when it came from a listener, CLOSED on an RST otherwise or when synack_retries "
            "is used up."),
        QT_TRANSLATE_NOOP("TeachingText",
            "A SYN flood: forged or unanswered SYNs leave half-open connections that fill the listener's backlog, and "
            "the SYNs of real clients are dropped. SYN cookies answer without keeping any state, so the backlog cannot "
            "overflow.") } },
    { { // ESTABLISHED
        QT_TRANSLATE_NOOP(
            "TeachingText", "The connection is open: the handshake is complete and data flows in both directions."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The client when the SYN,ACK arrives in SYN_SENT (it sends the final ACK); the server when that ACK "
            "arrives in SYN_RECEIVED; with SYN cookies, a listener creates the connection directly from a valid final "
            "ACK."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Data and acknowledgments in both directions, until one side closes: its own application calls close(), or "
            "a FIN arrives from the peer."),
        QT_TRANSLATE_NOOP("TeachingText",
            "FIN_WAIT_1 when its application closes first (the active close); CLOSE_WAIT when the peer's FIN arrives "
            "first (the passive close); CLOSED on an RST, an abort, or when retransmissions or keepalive probes go "
            "unanswered."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Many ESTABLISHED sockets are normal on a busy server. They become a problem when idle connections are "
            "never closed and no keepalive notices that the peer has crashed: each one then holds memory and a file "
            "descriptor for ever.") } },
    { { // FIN_WAIT_1
        QT_TRANSLATE_NOOP("TeachingText",
            "This side closed first (the active close): it has sent its FIN and waits for it to be acknowledged."),
        QT_TRANSLATE_NOOP("TeachingText",
            "From ESTABLISHED or SYN_RECEIVED when the application calls close() or shutdown(SHUT_WR): TCP sends a "
            "FIN."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The ACK of its FIN, the peer's FIN, or both in one segment. While neither comes, the FIN is "
            "retransmitted."),
        QT_TRANSLATE_NOOP("TeachingText",
            "FIN_WAIT_2 on the ACK of its FIN; CLOSING on the peer's FIN alone (simultaneous close); TIME_WAIT on FIN "
            "and ACK together; CLOSED on an RST or when data_retries is used up."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Sockets stuck in FIN_WAIT_1 mean the peer no longer acknowledges: it has vanished, or its receive window "
            "is closed while data is still queued. Each one keeps retransmitting until the retry limit.") } },
    { { // FIN_WAIT_2
        QT_TRANSLATE_NOOP("TeachingText",
            "Our FIN has been acknowledged, so our direction is closed. The peer may still send data; we wait for its "
            "FIN."),
        QT_TRANSLATE_NOOP("TeachingText", "From FIN_WAIT_1 when the ACK of our FIN arrives."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The peer's FIN, which comes only when the peer's application calls close(). RFC 9293 sets no timer here."),
        QT_TRANSLATE_NOOP("TeachingText",
            "TIME_WAIT when the peer's FIN arrives (it is acknowledged). An orphan, a socket whose application has "
            "already called close(), is removed when the FIN_WAIT_2 timeout (Linux tcp_fin_timeout) expires; a socket "
            "only half-closed with shutdown() waits for ever."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The peer did not close: its application is stuck in CLOSE_WAIT. Orphaned sockets are removed after "
            "fin_wait_2_timeout_ms (%1 in the linux profile); the peer's late FIN then meets no socket and is answered "
            "with RST. This timeout does NOT shorten TIME_WAIT, which stays a fixed %2 on Linux.") } },
    { { // CLOSE_WAIT
        QT_TRANSLATE_NOOP("TeachingText",
            "The peer has closed its direction (its FIN arrived and was acknowledged). The local application has read "
            "end of file but has not called close() yet."),
        QT_TRANSLATE_NOOP("TeachingText",
            "From ESTABLISHED (or SYN_RECEIVED) when the peer's FIN arrives: TCP acknowledges it and reports end of "
            "file to the application."),
        QT_TRANSLATE_NOOP(
            "TeachingText", "The local application to call close(). TCP has no timer here: it can wait for ever."),
        QT_TRANSLATE_NOOP(
            "TeachingText", "LAST_ACK when the application closes (TCP sends its FIN); CLOSED on an RST or an abort."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The application did not close: a bug that forgets close() after reading end of file. These sockets never "
            "leave CLOSE_WAIT and leak file descriptors and memory until the process runs out of them. No TCP "
            "parameter shortens CLOSE_WAIT; only fixing or restarting the application frees them.") } },
    { { // CLOSING
        QT_TRANSLATE_NOOP("TeachingText",
            "Both sides closed at about the same time: we have sent our FIN and received the peer's, but our FIN is "
            "not acknowledged yet (a simultaneous close)."),
        QT_TRANSLATE_NOOP("TeachingText",
            "From FIN_WAIT_1 when the peer's FIN arrives before the ACK of our FIN: the two FINs crossed in the "
            "network."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The ACK of our FIN; the peer's FIN has already been acknowledged, and our FIN is retransmitted until the "
            "ACK comes."),
        QT_TRANSLATE_NOOP("TeachingText",
            "TIME_WAIT when that ACK arrives: both sides closed actively, so both wait; CLOSED on an RST or when "
            "retransmissions give up."),
        QT_TRANSLATE_NOOP("TeachingText",
            "CLOSING is short-lived. Many sockets in it mean the peer's ACKs are being lost and our FIN keeps being "
            "retransmitted.") } },
    { { // LAST_ACK
        QT_TRANSLATE_NOOP(
            "TeachingText", "The passive closer has sent its own FIN after the peer's and waits for the last ACK."),
        QT_TRANSLATE_NOOP("TeachingText", "From CLOSE_WAIT when the application calls close(): TCP sends a FIN."),
        QT_TRANSLATE_NOOP("TeachingText", "The ACK of its FIN. The FIN is retransmitted until that ACK arrives."),
        QT_TRANSLATE_NOOP("TeachingText",
            "CLOSED when the ACK arrives: the passive closer never enters TIME_WAIT. CLOSED too on an RST (for example "
            "from a peer that has already forgotten the connection) or when retransmissions give up."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Many LAST_ACK sockets mean the last ACKs are lost or the peer is gone: each one retransmits its FIN until "
            "the retry limit. If the peer has no TIME_WAIT left, that FIN is answered with RST instead of an ACK.") } },
    { { // TIME_WAIT
        QT_TRANSLATE_NOOP("TeachingText",
            "The active closer has acknowledged the peer's FIN and keeps the memory of the connection for 2×MSL before "
            "deleting it."),
        QT_TRANSLATE_NOOP("TeachingText",
            "The side that closed first: from FIN_WAIT_2 when the peer's FIN arrives, from CLOSING when the ACK of its "
            "FIN arrives, or from FIN_WAIT_1 when FIN and ACK arrive together."),
        QT_TRANSLATE_NOOP("TeachingText",
            "Time: 2×MSL, that is %1 with the MSL of %2 of RFC 9293 (Linux uses a fixed %3, the windows profile %4). A "
            "retransmitted FIN from the peer is acknowledged again and restarts the timer (RFC 9293 §3.10.7.4)."),
        QT_TRANSLATE_NOOP("TeachingText",
            "CLOSED when the timer expires. A new SYN for the same 4-tuple with a higher sequence number or a newer "
            "timestamp may start a new incarnation (to SYN_RECEIVED, RFC 6191). An RST ends it early (TIME_WAIT "
            "assassination, RFC 1337) unless rfc1337 is on."),
        QT_TRANSLATE_NOOP("TeachingText",
            "A host that closes many short connections first holds one TIME_WAIT for each of them during the whole "
            "2×MSL. That is normal and protects two things: (1) old duplicate segments of the same 4-tuple still in "
            "the network cannot be taken by a new connection on the same ports; (2) if our last ACK is lost, the "
            "peer's retransmitted FIN is acknowledged again, whereas without TIME_WAIT it would be answered with RST "
            "and the peer would report an error. The cost: ephemeral ports run out (connect() fails with "
            "EADDRNOTAVAIL) "
            "and the table may overflow max_tw_buckets. Remedies: let the server close last, reuse connections, "
            "tw_reuse with timestamps; not a shorter TIME_WAIT.") } },
} };

QString profileDuration(const char* profile, std::int64_t (*pick)(const Params&))
{
    const auto params = profileDefaults(profile);
    return params ? TeachingText::durationText(pick(*params)) : QString();
}

} // namespace

QString TeachingText::stateName(TcpState state)
{
    const std::string_view name = tcplab::stateName(state);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString TeachingText::topicTitle(StateTopic topic)
{
    switch (topic) {
    case StateTopic::Meaning:
        return tr("What it means");
    case StateTopic::ReachedBy:
        return tr("Who reaches it, and how");
    case StateTopic::WaitsFor:
        return tr("What it waits for");
    case StateTopic::EndsBy:
        return tr("How it ends");
    case StateTopic::PileUp:
        return tr("When many sockets pile up here");
    }
    return {};
}

QString TeachingText::stateText(TcpState state, StateTopic topic)
{
    const char* source = kStateTopics[static_cast<int>(state)][static_cast<int>(topic)];
    QString text = QCoreApplication::translate("TeachingText", source);
    // The numbers come from the profiles, so the text follows params.cpp when a default changes.
    if (state == TcpState::TimeWait && topic == StateTopic::WaitsFor) {
        text = text.arg(profileDuration("rfc9293", [](const Params& p) { return p.timeWaitMs(); }),
            profileDuration("rfc9293", [](const Params& p) { return p.msl_ms; }),
            profileDuration("linux", [](const Params& p) { return p.timeWaitMs(); }),
            profileDuration("windows", [](const Params& p) { return p.timeWaitMs(); }));
    } else if (state == TcpState::FinWait2 && topic == StateTopic::PileUp) {
        text = text.arg(profileDuration("linux", [](const Params& p) { return p.fin_wait_2_timeout_ms.value_or(0); }),
            profileDuration("linux", [](const Params& p) { return p.timeWaitMs(); }));
    }
    return text;
}

QString TeachingText::stateTooltip(TcpState state)
{
    return tr("<b>%1</b><p>%2</p><p><i>Waits for:</i> %3</p>")
        .arg(stateName(state), stateText(state, StateTopic::Meaning).toHtmlEscaped(),
            stateText(state, StateTopic::WaitsFor).toHtmlEscaped());
}

QString TeachingText::stateHelpHtml(TcpState state)
{
    return QStringLiteral("<h3>%1</h3>").arg(stateName(state)) + stateTopicsHtml(state);
}

QString TeachingText::stateTopicsHtml(TcpState state)
{
    QString html;
    for (int i = 0; i < kStateTopicCount; ++i) {
        const auto topic = static_cast<StateTopic>(i);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(topicTitle(topic).toHtmlEscaped(), stateText(state, topic).toHtmlEscaped());
    }
    return html;
}

QString TeachingText::stateAnchor(TcpState state)
{
    return QStringLiteral("state-") + stateName(state);
}

QList<TeachingText::HelpEntry> TeachingText::stateHelpEntries()
{
    QList<HelpEntry> entries;
    for (int i = 0; i < kTcpStateCount; ++i) {
        const auto state = static_cast<TcpState>(i);
        const QString anchor = stateAnchor(state);
        // The anchor inside the heading: an empty one before a block would be lost.
        entries.append({ anchor, stateName(state),
            QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>").arg(anchor, stateName(state)) + stateTopicsHtml(state) });
    }
    return entries;
}

} // namespace tcplab
