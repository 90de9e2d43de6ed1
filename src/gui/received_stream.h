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
        QString text; // the bytes as text ("100 bytes" when the application sent anonymous bytes)
        bool stray = false; // delivered from a segment of an older incarnation
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
    // At most kShownFirst + kShownLast pieces and the strays are written; "… 5 more pieces …"
    // stands for the others.
    QString html() const;
    static constexpr std::size_t kShownFirst = 8;
    static constexpr std::size_t kShownLast = 24;
};

} // namespace tcplab
