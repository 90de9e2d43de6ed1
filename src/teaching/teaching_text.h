#pragma once
#include "params.h"
#include "segment.h"
#include "tcp_state.h"
#include "trace_event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string_view>

namespace tcplab {

// The program's own teaching material: what each state means, one sentence per transition of
// the RFC 9293 diagram, what each parameter changes, and plain-language log sentences for trace
// events. Every string goes through the "TeachingText" translation context and is built anew
// on each call, so a caller that asks again after QEvent::LanguageChange gets the new language.
// State names stay the RFC identifiers (TIME_WAIT) in every language.
//
// The implementation is split by topic: teaching_text_states.cpp, teaching_text_transitions.cpp,
// teaching_text_params.cpp, teaching_text_events.cpp, teaching_text_labels.cpp; this file pair's
// .cpp holds the shared formatting helpers.
class TeachingText {
    Q_DECLARE_TR_FUNCTIONS(TeachingText)
public:
    enum class StateTopic { Meaning, ReachedBy, WaitsFor, EndsBy, PileUp };
    static constexpr int kStateTopicCount = 5;

    // --- states (teaching_text_states.cpp)
    static QString stateName(TcpState state); // the RFC identifier, never translated
    static QString topicTitle(StateTopic topic);
    static QString stateText(TcpState state, StateTopic topic);
    // Rich text for a tooltip on a state node: name, meaning and what it waits for.
    static QString stateTooltip(TcpState state);
    // Rich text for the help panel: all five topics of one state.
    static QString stateHelpHtml(TcpState state);

    // --- transitions (teaching_text_transitions.cpp)
    // One sentence for an edge of the diagram (isDiagramEdge); empty for a pair that is not one.
    static QString transitionText(TcpState from, TcpState to);
    // The RFC section that defines the edge, e.g. "RFC 9293 §3.6" (not translated).
    static QString transitionReference(TcpState from, TcpState to);
    // Every edge of the diagram with its sentence, as rich text for the help panel.
    static QString transitionsHelpHtml();

    // --- parameters (teaching_text_params.cpp)
    // What the parameter of paramTable() changes; empty for an unknown key.
    static QString paramText(std::string_view key);
    // A value of `key` as a reader wants it: durations in s/min/h, on/off, "2×MSL" for null.
    static QString paramValueDisplay(const Params& params, std::string_view key);
    struct ProfileDefault {
        QString profile; // "rfc9293", "linux", "windows": identifiers, not translated
        QString value;
    };
    // The default of `key` in each built-in profile, read from profileDefaults().
    static QList<ProfileDefault> paramDefaults(std::string_view key);
    // Rich text: what the parameter changes and its default in each profile (tooltips, help).
    static QString paramHelpHtml(std::string_view key);

    // --- trace events (teaching_text_events.cpp)
    static QString peerName(Peer peer);
    // A plain-language log sentence for one trace event, ending with the RFC section behind it.
    // `segment` replaces event.segment when the caller kept its own copy (the core's pointer is
    // only valid during the TraceSink call).
    static QString explainEvent(const TraceEvent& event, const Segment* segment = nullptr);
    // The same sentence without the RFC section, for views that show eventReference() apart.
    static QString describeEvent(const TraceEvent& event, const Segment* segment = nullptr);
    // The RFC section behind an event, or empty when no rule of an RFC is involved.
    static QString eventReference(const TraceEvent& event);

    // --- short labels (teaching_text_labels.cpp)
    // The core's cause of a state change ("rcv FIN / snd ACK") in the diagram's own notation,
    // translated; a cause the table does not know is returned as it is.
    static QString causeText(std::string_view cause);
    // The name of a timer as the timer panel shows it; TIME_WAIT and FIN_WAIT_2 stay RFC names.
    static QString timerName(TimerKind kind);

    // --- the help page in entries, for a help window with an index
    enum class HelpPart { States, Transitions, Parameters };
    struct HelpEntry {
        QString anchor; // "state-TIME_WAIT", "transition-FIN_WAIT_2-TIME_WAIT", "param-msl_ms"
        QString title; // what an index lists: "TIME_WAIT", "FIN_WAIT_2 → TIME_WAIT", "msl_ms"
        QString html; // the entry's rich text, its first element named `anchor` (<a name=…>)
    };
    // The heading of a part, as helpHtml() writes it ("The states of TCP", "Transitions", …).
    static QString helpPartTitle(HelpPart part);
    // The entries of one part, in helpHtml()'s order: every state, edge and parameter.
    static QList<HelpEntry> helpEntries(HelpPart part);
    static QString stateAnchor(TcpState state);

    // --- shared helpers (teaching_text.cpp)
    // A duration in the unit a teacher would say it in (ms, s, min, h), numbers via QLocale.
    static QString durationText(std::int64_t ms);
    // A whole help page: every state, every transition, every parameter.
    static QString helpHtml();

private:
    static QString stateTopicsHtml(TcpState state); // teaching_text_states.cpp
    static QList<HelpEntry> stateHelpEntries(); // teaching_text_states.cpp
    static QList<HelpEntry> transitionHelpEntries(); // teaching_text_transitions.cpp
    static QList<HelpEntry> paramHelpEntries(); // teaching_text_params.cpp
    static QString stateSentence(const TraceEvent& event);
    static QString segmentText(const Segment& segment);
    static QString citing(const QString& sentence, const QString& reference);
};

} // namespace tcplab
