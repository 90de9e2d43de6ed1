#pragma once
// What a scenario adds for learning: questions asked while it plays ("questions") and, for a
// mission, the goal's words, what the student may change, hints and the explanation ("mission").
// Plain data; read by question_loader.cpp, written by scenario_writer.cpp.
#include "localized_text.h"
#include "scenario_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace tcplab {

// One "predict, then see" question. It is asked at `atUs`, or at the first `after` event at or
// after the instant the question listed before it was asked (the rule of `steps`).
struct Question {
    std::string path; // "questions[1]", for messages
    std::optional<AwaitedEvent> after;
    TimeUs atUs = 0;
    LocalizedText prompt;
    std::vector<LocalizedText> choices;
    int answer = 0; // index into choices
    LocalizedText explain;
};

// A mission: the scenario's `expect` rules are its goal; this is what people read about it.
struct Mission {
    LocalizedText goal; // the goal in words
    // What the student may change: "params.KEY", "profile", "faults", "steps" (and "steps[N]").
    std::vector<std::string> mayChange;
    std::vector<LocalizedText> hints;
    LocalizedText explain; // shown when the goal is met, or when the student gives up
    bool impossible = false; // no change allowed can meet the goal; `explain` says why
};

} // namespace tcplab
