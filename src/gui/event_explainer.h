#pragma once
#include "trace_record.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tcplab {

// Turns trace events into plain language for the event log and the status line, citing the
// RFC section behind each rule. Translations live in the "EventExplainer" context.
class EventExplainer {
    Q_DECLARE_TR_FUNCTIONS(EventExplainer)
public:
    static QString formatTime(TimeUs t_us);
    static QString peerName(Peer peer);
    static QString segmentLabel(const Segment& segment);
    static QString explain(const TraceRecord& record);
    // For a capture's events: what was seen at the capture point and what is inferred (empty
    // for a simulated run).
    static QString evidence(const TraceRecord& record);
    static QString rfcSection(const TraceRecord& record);
    // Whether the event log shows this event (timer cancels are bookkeeping, not news).
    static bool worthLogging(const TraceRecord& record);
};

} // namespace tcplab
