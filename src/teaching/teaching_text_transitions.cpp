// One sentence for each edge of the RFC 9293 §3.3.2 diagram and of the documented extensions
// that isDiagramEdge() accepts (SYN cookies, orphan timeout, give-ups, RFC 6191 reuse).
#include "teaching_text.h"

#include <array>

namespace tcplab {

namespace {

struct Edge {
    TcpState from;
    TcpState to;
    const char* text;
    const char* reference; // an RFC section: the same in every language
};

using S = TcpState;

const std::array kEdges = {
    Edge { S::Closed, S::Listen,
        QT_TRANSLATE_NOOP(
            "TeachingText", "Passive OPEN: the server application calls listen() and the socket waits for SYNs."),
        "RFC 9293 §3.10.1" },
    Edge { S::Closed, S::SynSent,
        QT_TRANSLATE_NOOP(
            "TeachingText", "Active OPEN: the client application calls connect(); TCP chooses an ISN and sends a SYN."),
        "RFC 9293 §3.10.1" },
    Edge { S::Listen, S::SynReceived,
        QT_TRANSLATE_NOOP(
            "TeachingText", "A SYN arrives at the listener: TCP answers SYN,ACK and keeps a half-open connection."),
        "RFC 9293 §3.10.7.2" },
    Edge { S::Listen, S::SynSent,
        QT_TRANSLATE_NOOP("TeachingText",
            "A SEND on a listening socket turns it into an active open: TCP sends a SYN (allowed by the RFC, not "
            "offered by the sockets API)."),
        "RFC 9293 §3.10.2" },
    Edge { S::Listen, S::Established,
        QT_TRANSLATE_NOOP("TeachingText",
            "SYN cookies: the final ACK carries a valid cookie, so the listener creates the connection directly "
            "without ever holding it in SYN_RECEIVED."),
        "RFC 4987 §3.6" },
    Edge { S::Listen, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "The application closes the listening socket (or the host crashes): no more connections are accepted."),
        "RFC 9293 §3.10.4" },
    Edge { S::SynSent, S::SynReceived,
        QT_TRANSLATE_NOOP("TeachingText",
            "Simultaneous open: a bare SYN arrives while our own SYN is unanswered; TCP answers SYN,ACK."),
        "RFC 9293 §3.5" },
    Edge { S::SynSent, S::Established,
        QT_TRANSLATE_NOOP(
            "TeachingText", "The SYN,ACK acknowledges our SYN: TCP sends the final ACK of the three-way handshake."),
        "RFC 9293 §3.5" },
    Edge { S::SynSent, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "An RST that acknowledges our SYN (connection refused), syn_retries used up (connection timed out), or the "
            "application gives up."),
        "RFC 9293 §3.10.7.3" },
    Edge { S::SynReceived, S::Established,
        QT_TRANSLATE_NOOP("TeachingText", "The ACK of our SYN arrives: the three-way handshake is complete."),
        "RFC 9293 §3.5" },
    Edge { S::SynReceived, S::FinWait1,
        QT_TRANSLATE_NOOP("TeachingText", "The application closes before the handshake is complete: TCP sends a FIN."),
        "RFC 9293 §3.10.4" },
    Edge { S::SynReceived, S::CloseWait,
        QT_TRANSLATE_NOOP("TeachingText",
            "The peer's FIN arrives together with the ACK that completes the handshake: TCP acknowledges it and "
            "reports end of file."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::SynReceived, S::Listen,
        QT_TRANSLATE_NOOP("TeachingText",
            "An RST arrives for a connection that began at a listener: the half-open connection is dropped and the "
            "listener goes on."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::SynReceived, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "An RST arrives for a connection that began with an active open, or synack_retries is used up."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::Established, S::FinWait1,
        QT_TRANSLATE_NOOP(
            "TeachingText", "Active close: the application calls close() or shutdown() first and TCP sends a FIN."),
        "RFC 9293 §3.6" },
    Edge { S::Established, S::CloseWait,
        QT_TRANSLATE_NOOP("TeachingText",
            "Passive close: the peer's FIN arrives; TCP acknowledges it and reports end of file to the application."),
        "RFC 9293 §3.6" },
    Edge { S::Established, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "An RST arrives (connection reset), the application aborts, or retransmissions or keepalive probes go "
            "unanswered."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::FinWait1, S::FinWait2,
        QT_TRANSLATE_NOOP(
            "TeachingText", "The ACK of our FIN arrives: our direction is closed, the peer's is still open."),
        "RFC 9293 §3.6" },
    Edge { S::FinWait1, S::Closing,
        QT_TRANSLATE_NOOP(
            "TeachingText", "Simultaneous close: the peer's FIN arrives before the ACK of ours; TCP acknowledges it."),
        "RFC 9293 §3.6" },
    Edge { S::FinWait1, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "An RST arrives, the application aborts, or the FIN is retransmitted until data_retries is used up."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::FinWait2, S::TimeWait,
        QT_TRANSLATE_NOOP("TeachingText", "The peer's FIN arrives: TCP acknowledges it and starts the 2×MSL wait."),
        "RFC 9293 §3.6.1" },
    Edge { S::FinWait2, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "An orphaned socket (already closed by its application) reaches the FIN_WAIT_2 timeout, tcp_fin_timeout on "
            "Linux; or an RST arrives."),
        "Linux tcp_fin_timeout, RFC 9293 §3.10.7.4" },
    Edge { S::CloseWait, S::LastAck,
        QT_TRANSLATE_NOOP("TeachingText", "The application finally calls close(): TCP sends its own FIN."),
        "RFC 9293 §3.6" },
    Edge { S::CloseWait, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText", "An RST arrives or the application aborts instead of closing."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::Closing, S::TimeWait,
        QT_TRANSLATE_NOOP(
            "TeachingText", "The ACK of our FIN arrives after the simultaneous close: TCP starts the 2×MSL wait."),
        "RFC 9293 §3.6.1" },
    Edge { S::Closing, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText", "An RST arrives or the FIN is retransmitted until the retry limit."),
        "RFC 9293 §3.10.7.4" },
    Edge { S::LastAck, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "The ACK of our FIN arrives: the passive closer deletes the connection at once, without TIME_WAIT. An RST "
            "or the retry limit also ends it."),
        "RFC 9293 §3.6" },
    Edge { S::TimeWait, S::Closed,
        QT_TRANSLATE_NOOP("TeachingText",
            "The TIME_WAIT timer expires after 2×MSL (or the profile's fixed length); also an RST (TIME_WAIT "
            "assassination, RFC 1337) or an overflow of max_tw_buckets."),
        "RFC 9293 §3.6.1" },
    Edge { S::TimeWait, S::SynReceived,
        QT_TRANSLATE_NOOP("TeachingText",
            "A new SYN for the same 4-tuple with a higher sequence number or a newer timestamp is accepted: a new "
            "incarnation begins."),
        "RFC 6191 §2" },
};

const Edge* findEdge(TcpState from, TcpState to)
{
    for (const Edge& edge : kEdges)
        if (edge.from == from && edge.to == to)
            return &edge;
    return nullptr;
}

} // namespace

QString TeachingText::transitionText(TcpState from, TcpState to)
{
    const Edge* edge = findEdge(from, to);
    return edge ? QCoreApplication::translate("TeachingText", edge->text) : QString();
}

QString TeachingText::transitionReference(TcpState from, TcpState to)
{
    const Edge* edge = findEdge(from, to);
    return edge ? QString::fromUtf8(edge->reference) : QString();
}

QString TeachingText::transitionsHelpHtml()
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Transitions").toHtmlEscaped());
    for (const Edge& edge : kEdges) {
        html += QStringLiteral("<tr><td><tt>%1&nbsp;→&nbsp;%2</tt></td><td>%3 <i>(%4)</i></td></tr>")
                    .arg(stateName(edge.from), stateName(edge.to),
                        QCoreApplication::translate("TeachingText", edge.text).toHtmlEscaped(),
                        QString::fromUtf8(edge.reference));
    }
    return html + QStringLiteral("</table>");
}

QList<TeachingText::HelpEntry> TeachingText::transitionHelpEntries()
{
    QList<HelpEntry> entries;
    for (const Edge& edge : kEdges) {
        const QString anchor = QStringLiteral("transition-%1-%2").arg(stateName(edge.from), stateName(edge.to));
        const QString title = QStringLiteral("%1 → %2").arg(stateName(edge.from), stateName(edge.to));
        entries.append({ anchor, title,
            QStringLiteral("<p><a name=\"%1\"></a><b><tt>%2&nbsp;→&nbsp;%3</tt></b><br>%4 <i>(%5)</i></p>")
                .arg(anchor, stateName(edge.from), stateName(edge.to),
                    QCoreApplication::translate("TeachingText", edge.text).toHtmlEscaped(),
                    QString::fromUtf8(edge.reference)) });
    }
    return entries;
}

} // namespace tcplab
