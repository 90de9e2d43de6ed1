#pragma once
#include "trace_record.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tcplab {

// What one peer's application has received, as text, connection by connection: the bytes the
// old request put into a new connection are visible ("GET /old-page" where "GET /new-page" was
// sent), highlighted as a stray. Derived from the trace's application events alone.
struct ReceivedStream {
    Q_DECLARE_TR_FUNCTIONS(ReceivedStream)

public:
    struct Chunk {
        int sock = 0;
        TimeUs t_us = 0;
        QString text; // the bytes as text; empty when anonymous (see shownText)
        bool stray = false; // delivered from a segment of an older incarnation
        bool anonymous = false; // bytes the application sent without text: `bytes` of them
        std::uint32_t bytes = 0;
        // What a label writes for it: the text, or "[100 bytes]" for anonymous bytes (made only
        // when written: a run at mss 1 delivers a million pieces, and words for each cost).
        QString shownText() const;
    };
    std::vector<Chunk> chunks;
    bool eof = false;
    bool reset = false;
    bool refused = false;
    bool timeout = false;
    int strayAccepted = 0;
    std::size_t consumed = 0;

    static ReceivedStream of(const std::vector<TraceRecord>& records, Peer peer);
    // Catches up with the trace from where it stopped (records only grow between two resets).
    void follow(const std::vector<TraceRecord>& records, Peer peer);
    // For a label: "Received: conn 2 «GET /old-page» · conn 3 «GET /old-page» (stray!)".
    // Anonymous pieces in a row on one connection are written as one ("«[3000 bytes in 3000
    // pieces]»"); of what is left at most kShownFirst + kShownLast and every stray are written,
    // "… 5 more pieces …" standing for the others: the label stays a few lines on a projector.
    QString html() const;
    static constexpr std::size_t kShownFirst = 3;
    static constexpr std::size_t kShownLast = 5;
};

} // namespace tcplab
