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
            c.anonymous = e.cause.empty();
            c.bytes = e.bytes;
            if (!c.anonymous)
                c.text = QString::fromStdString(e.cause);
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

QString ReceivedStream::Chunk::shownText() const
{
    return anonymous ? ReceivedStream::tr("[%1 bytes]").arg(bytes) : text;
}

QString ReceivedStream::html() const
{
    QString out = tr("Received:").toHtmlEscaped();
    if (chunks.empty())
        out += QLatin1Char(' ') + tr("nothing yet").toHtmlEscaped();
    // What is written: one item per piece, or per run of anonymous pieces on one connection.
    struct Item {
        int sock;
        QString text;
        bool stray;
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < chunks.size();) {
        const Chunk& c = chunks[i];
        std::size_t j = i + 1;
        std::uint64_t bytes = c.bytes;
        if (c.anonymous && !c.stray)
            for (; j < chunks.size() && chunks[j].anonymous && !chunks[j].stray && chunks[j].sock == c.sock; ++j)
                bytes += chunks[j].bytes;
        const QString text = j - i == 1
            ? c.shownText()
            : tr("[%1 bytes in %n pieces]", nullptr, int(j - i)).arg(QString::number(bytes));
        items.push_back({ c.sock, text, c.stray });
        i = j;
    }
    // A label lays its whole text out: a run at mss 1 delivers hundreds of thousands of pieces.
    const std::size_t n = items.size();
    auto written = [n, &items](std::size_t i) {
        return n <= kShownFirst + kShownLast || i < kShownFirst || i >= n - kShownLast || items[i].stray;
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
        const Item& c = items[i];
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
