#pragma once
#include "lesson_extras.h"
#include "scenario_spec.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tcplab {

// One `expect` entry of a scenario file.
struct Expectation {
    enum class Kind { States, Final, EventCount };
    Kind kind = Kind::EventCount;
    std::string path; // "expect[2]", for messages
    Peer peer = Peer::Client;
    std::vector<TcpState> states;
    TcpState finalState = TcpState::Closed;
    std::string event; // trace "ev"
    std::vector<std::pair<std::string, std::string>> filters; // field -> value as text
    std::optional<long long> count, min, max;
};

// A whole scenario file: the spec the simulation runs, plus what people read and the checks.
struct Scenario {
    std::string name; // file base name; built-ins are run as builtin:NAME
    LocalizedText title;
    LocalizedText summary;
    LocalizedText watch; // "what to watch" for the lesson
    // The lesson's counterpart for compare mode ("builtin:06b-…"): the same story with the one
    // thing changed that changes its outcome. Empty when it has none.
    std::string compareWith;
    std::string profile = "rfc9293";
    // What the file (or --set, or the GUI) changed on top of the profile, typed; spec.params is
    // always the profile's defaults with these applied (ScenarioLoader keeps the two in step).
    std::map<std::string, ParamValue> paramOverrides;
    ScenarioSpec spec;
    std::vector<Expectation> expect;
    std::vector<Question> questions; // lesson_extras.h
    std::optional<Mission> mission; // set for a mission: `expect` is then its goal
};

} // namespace tcplab
