#include "received_stream.h"

namespace tcplab {

ReceivedStream ReceivedStream::of(const std::vector<TraceRecord>& records, Peer peer)
{
    ReceivedStream s;
    s.follow(records, peer);
    return s;
}

void ReceivedStream::follow(const std::vector<TraceRecord>& records, Peer peer)
{
    if (records.size() < consumed)
        *this = ReceivedStream();
    ReceivedStream& s = *this;
    for (; consumed < records.size(); ++consumed) {
        const TraceEvent& e = records[consumed].event;
        if (e.peer != peer)
            continue;
        if (e.kind == TraceKind::Stray && e.accepted) {
            ++s.strayAccepted;
            // The data the stray carried was delivered at the same instant, to the same socket,
            // just before this event: mark it.
            for (auto it = s.chunks.rbegin(); it != s.chunks.rend() && it->t_us == e.t_us; ++it)
                if (it->sock == e.sock)
                    it->stray = true;
        }
        if (e.kind != TraceKind::App)
            continue;
        if (e.app == AppEventKind::Data) {
            Chunk c;
            c.sock = e.sock;
            c.t_us = e.t_us;
            c.text = e.cause.empty() ? tr("[%1 bytes]").arg(e.bytes) : QString::fromStdString(e.cause);
            s.chunks.push_back(c);
        } else if (e.app == AppEventKind::Eof) {
            s.eof = true;
        } else if (e.app == AppEventKind::Reset) {
            s.reset = true;
        } else if (e.app == AppEventKind::Refused) {
            s.refused = true;
        } else if (e.app == AppEventKind::Timeout) {
            s.timeout = true;
        }
    }
}

QString ReceivedStream::html() const
{
    QString out = tr("Received:").toHtmlEscaped();
    if (chunks.empty())
        out += QLatin1Char(' ') + tr("nothing yet").toHtmlEscaped();
    // A label lays its whole text out: a run at mss 1 delivers hundreds of thousands of pieces.
    // The first few and the last ones are written, and every stray, with a count of the rest.
    const std::size_t n = chunks.size();
    auto written = [n, this](std::size_t i) {
        return n <= kShownFirst + kShownLast || i < kShownFirst || i >= n - kShownLast || chunks[i].stray;
    };
    int sock = -1;
    for (std::size_t i = 0; i < n; ++i) {
        if (!written(i)) {
            std::size_t skipped = 0;
            for (; i < n && !written(i); ++i)
                ++skipped;
            out += QStringLiteral("… %1 … ").arg(tr("%n more piece(s)", nullptr, int(skipped)).toHtmlEscaped());
            sock = -1; // the next piece says its connection again
            --i;
            continue;
        }
        const Chunk& c = chunks[i];
        if (c.sock != sock) {
            out += QStringLiteral(" <b>%1</b> ").arg(tr("conn %1:").arg(c.sock).toHtmlEscaped());
            sock = c.sock;
        }
        const QString text = c.text.left(80).toHtmlEscaped();
        out += c.stray
            ? QStringLiteral("<span style=\"background:#D55E00;color:white;font-weight:bold\">«%1» %2</span> ")
                  .arg(text, tr("(stray from the old connection!)").toHtmlEscaped())
            : QStringLiteral("«%1» ").arg(text);
    }
    if (eof)
        out += QStringLiteral(" · ") + tr("EOF").toHtmlEscaped();
    if (reset)
        out += QStringLiteral(" · ") + tr("connection reset").toHtmlEscaped();
    if (refused)
        out += QStringLiteral(" · ") + tr("connection refused").toHtmlEscaped();
    if (timeout)
        out += QStringLiteral(" · ") + tr("timed out").toHtmlEscaped();
    return out;
}

} // namespace tcplab
