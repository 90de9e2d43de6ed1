#include "segment_inspector.h"

#include "congestion_control.h"
#include "event_explainer.h"
#include "simulation.h"
#include "teaching_text.h"

namespace tcplab {

namespace {
QString hexOf(const std::string& bytes)
{
    QString out;
    for (std::size_t i = 0; i < bytes.size() && i < 64; ++i)
        out += QStringLiteral("%1 ").arg(static_cast<unsigned char>(bytes[i]), 2, 16, QLatin1Char('0'));
    if (bytes.size() > 64)
        out += QStringLiteral("…");
    return out.trimmed();
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// The receiver's socket when `segment` arrives: the core reports the arrival before it
// processes it, so a snapshot taken then is the state the acceptability test used.
class ArrivalWatch : public TraceSink {
public:
    ArrivalWatch(const Simulation& sim, std::uint64_t id)
        : sim_(sim)
        , id_(id)
    {
    }
    void onTrace(const TraceEvent& e) override
    {
        if (found || e.kind != TraceKind::Arrive || !e.segment || e.segment->id != id_)
            return;
        const Segment& s = *e.segment;
        for (const SocketView& v : sim_.snapshot().sockets) {
            if (v.peer == e.peer && !v.listener && v.tuple.localPort == s.dstPort && v.tuple.remotePort == s.srcPort
                && v.tuple.remoteAddr == s.srcAddr) {
                receiver = v;
                found = true;
                return;
            }
        }
        found = true; // arrived where no connection was (a listener, or nothing)
    }
    std::optional<SocketView> receiver;
    bool found = false;

private:
    const Simulation& sim_;
    std::uint64_t id_;
};
} // namespace

std::optional<SegmentInspector::Detail> SegmentInspector::inspect(
    const Scenario& scenario, const std::vector<TraceRecord>& records, std::uint64_t id, bool replay)
{
    Detail d;
    bool seen = false;
    TimeUs lastUs = 0;
    for (const TraceRecord& r : records) {
        if (!r.segment || r.segment->id != id)
            continue;
        const TraceEvent& e = r.event;
        if (!seen) {
            d.segment = *r.segment;
            d.from = e.kind == TraceKind::Send ? e.peer : otherPeer(e.peer);
            seen = true;
        }
        lastUs = e.t_us;
        switch (e.kind) {
        case TraceKind::Send:
            d.sentUs = e.t_us;
            break;
        case TraceKind::Arrive:
            d.arrivedUs = e.t_us;
            break;
        case TraceKind::Drop:
            d.droppedUs = e.t_us;
            d.reason = e.reason;
            break;
        case TraceKind::Stray:
            d.strayAccepted = e.accepted;
            break;
        default:
            break;
        }
    }
    if (!seen)
        return std::nullopt;
    if (!replay)
        return d;
    Simulation sim(scenario.spec);
    d.mslUs = msToUs(sim.params().msl_ms);
    ArrivalWatch watch(sim, id);
    sim.addSink(&watch);
    sim.runUntil(d.arrivedUs.value_or(lastUs));
    // The sender's ISN, for relative numbers: its connection on this 4-tuple and incarnation.
    for (const SocketView& v : sim.snapshot().sockets) {
        if (v.peer == d.from && !v.listener && v.tuple.localPort == d.segment.srcPort
            && v.tuple.remotePort == d.segment.dstPort && v.incarnation == d.segment.incarnation) {
            d.senderIss = v.iss;
            d.senderKnown = true;
        }
    }
    if (watch.receiver) {
        const SocketView& v = *watch.receiver;
        d.receiver = Receiver { v.state, v.rcvNxt, sim.params().window, v.iss, v.sndUna, v.sndNxt };
    }
    return d;
}

QStringList SegmentInspector::acceptability(const Segment& s, const Receiver& r)
{
    // RFC 9293 §3.10.7.4's four cases, with the numbers filled in (comparisons modulo 2^32).
    const SeqNum nxt(r.rcvNxt);
    const SeqNum end = nxt + r.rcvWnd;
    const std::uint32_t len = s.seqLength();
    QStringList out;
    if (len == 0 && r.rcvWnd == 0) {
        out << QStringLiteral("SEG.SEQ = RCV.NXT: %1 = %2 → %3")
                   .arg(s.seq.value())
                   .arg(r.rcvNxt)
                   .arg(yesNo(s.seq == nxt));
    } else if (len > 0 && r.rcvWnd == 0) {
        out << tr("SEG.LEN > 0 and RCV.WND = 0: never acceptable → false");
    } else {
        out << QStringLiteral("RCV.NXT ≤ SEG.SEQ < RCV.NXT+RCV.WND: %1 ≤ %2 < %3 → %4")
                   .arg(r.rcvNxt)
                   .arg(s.seq.value())
                   .arg(end.value())
                   .arg(yesNo(s.seq.inHalfOpen(nxt, end)));
        if (len > 0) {
            const SeqNum last = s.seq + (len - 1);
            out << QStringLiteral("RCV.NXT ≤ SEG.SEQ+SEG.LEN−1 < RCV.NXT+RCV.WND: %1 ≤ %2 < %3 → %4")
                       .arg(r.rcvNxt)
                       .arg(last.value())
                       .arg(end.value())
                       .arg(yesNo(last.inHalfOpen(nxt, end)));
        }
    }
    out << tr("acceptable: %1").arg(yesNo(segmentAcceptable(s.seq, len, nxt, r.rcvWnd)));
    return out;
}

QString SegmentInspector::ackCheck(const Segment& s, const Receiver& r)
{
    const SeqNum una(r.sndUna), nxt(r.sndNxt);
    const bool ok = s.ack.after(una) && s.ack.beforeOrEqual(nxt);
    return QStringLiteral("SND.UNA < SEG.ACK ≤ SND.NXT: %1 < %2 ≤ %3 → %4")
        .arg(r.sndUna)
        .arg(s.ack.value())
        .arg(r.sndNxt)
        .arg(ok                ? QStringLiteral("true")
                : s.ack == una ? tr("false (a duplicate ACK, harmless)")
                               : QStringLiteral("false"));
}

QString SegmentInspector::shortText(const Detail& d)
{
    QString fate;
    if (d.strayAccepted)
        fate = *d.strayAccepted ? tr("stray, accepted") : tr("stray, rejected");
    else if (d.droppedUs)
        fate = tr("dropped (%1)").arg(QString::fromLatin1(dropReasonName(d.reason).data()));
    else if (d.arrivedUs)
        fate = tr("delivered");
    else
        fate = tr("in flight");
    return QStringLiteral("#%1 %2 · %3").arg(d.segment.id).arg(EventExplainer::segmentLabel(d.segment), fate);
}

QString SegmentInspector::html(const Detail& d)
{
    const Segment& s = d.segment;
    auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString h = QStringLiteral("<h3>%1</h3><table cellspacing=\"2\">")
                    .arg(tr("Segment #%1 from the %2").arg(s.id).arg(EventExplainer::peerName(d.from)).toHtmlEscaped());
    h += row(tr("Ports"),
        QStringLiteral("%1:%2 → %3:%4")
            .arg(QString::fromStdString(addressToString(s.srcAddr)))
            .arg(s.srcPort)
            .arg(QString::fromStdString(addressToString(s.dstAddr)))
            .arg(s.dstPort));
    h += row(tr("Flags"), QString::fromStdString(flagsToString(s.flags)));
    h += row(tr("SEQ"),
        d.senderKnown ? tr("%1 (relative %2)").arg(s.seq.value()).arg(s.seq - SeqNum(d.senderIss))
                      : QString::number(s.seq.value()));
    if (s.has(kAck))
        h += row(tr("ACK"),
            d.receiver ? tr("%1 (relative %2)").arg(s.ack.value()).arg(s.ack - SeqNum(d.receiver->iss))
                       : QString::number(s.ack.value()));
    h += row(tr("Window"), QString::number(s.window));
    h += row(tr("Length"), tr("%1 bytes (sequence space %2)").arg(s.len).arg(s.seqLength()));
    h += row(
        tr("Options"), s.hasTimestamps ? tr("timestamps TSval=%1 TSecr=%2").arg(s.tsVal).arg(s.tsEcr) : tr("none"));
    if (s.text) {
        h += row(tr("Payload (text)"), QString::fromStdString(*s.text));
        h += row(tr("Payload (hex)"), hexOf(*s.text));
    }
    if (s.sender.known) {
        // The sender's congestion state as it sent this segment (RFC 5681), ground truth.
        const QString ssthresh = s.sender.ssthresh == CongestionControl::kInfiniteSsthresh
            ? tr("not yet set (no loss so far)")
            : tr("%1 bytes").arg(s.sender.ssthresh);
        h += row(tr("Sender's window"),
            tr("cwnd %1 bytes, ssthresh %2, in flight %3 bytes")
                .arg(s.sender.cwnd)
                .arg(ssthresh)
                .arg(s.sender.inFlight));
    }
    h += row(tr("Incarnation"), tr("%1 (connection number %1 on this 4-tuple)").arg(s.incarnation));
    if (s.copyOf != 0)
        h += row(tr("Copy of"), tr("segment #%1 (made by the network)").arg(s.copyOf));
    h += row(tr("Born"), EventExplainer::formatTime(s.bornUs));
    const TimeUs endUs = d.arrivedUs.value_or(d.droppedUs.value_or(s.bornUs));
    h += row(tr("Age at its end"),
        tr("%1 of MSL %2").arg(EventExplainer::formatTime(endUs - s.bornUs), EventExplainer::formatTime(d.mslUs)));
    h += QStringLiteral("</table><h4>%1</h4><p>").arg(tr("What became of it").toHtmlEscaped());
    if (d.droppedUs)
        h += tr("Dropped at %1: %2.")
                 .arg(EventExplainer::formatTime(*d.droppedUs), QString::fromLatin1(dropReasonName(d.reason).data()))
                 .toHtmlEscaped();
    else if (d.arrivedUs)
        h += tr("Delivered at %1.").arg(EventExplainer::formatTime(*d.arrivedUs)).toHtmlEscaped();
    else
        h += tr("Still in flight.").toHtmlEscaped();
    if (d.strayAccepted)
        h += QStringLiteral(" <b>%1</b>")
                 .arg((*d.strayAccepted ? tr("A stray from an older incarnation: ACCEPTED by the new connection.")
                                        : tr("A stray from an older incarnation: rejected."))
                          .toHtmlEscaped());
    h += QStringLiteral("</p>");
    if (d.receiver && isSynchronized(d.receiver->state)) {
        h += QStringLiteral("<h4>%1</h4><pre>")
                 .arg(tr("The acceptability test at the receiver (%1, RFC 9293 §3.10.7.4)")
                          .arg(QString::fromLatin1(stateName(d.receiver->state).data()))
                          .toHtmlEscaped());
        for (const QString& line : acceptability(s, *d.receiver))
            h += line.toHtmlEscaped() + QLatin1Char('\n');
        if (s.has(kAck))
            h += ackCheck(s, *d.receiver).toHtmlEscaped() + QLatin1Char('\n');
        h += QStringLiteral("</pre>");
    }
    return h;
}

} // namespace tcplab
