#pragma once
#include <string>

namespace tcplab {

// A text of a scenario file in both languages ({"en": …, "zh_CN": …}).
struct LocalizedText {
    std::string en;
    std::string zh_CN;
    bool empty() const { return en.empty() && zh_CN.empty(); }
};

} // namespace tcplab
