#include "segment.h"

#include <array>
#include <cstdio>

namespace tcplab {

std::string addressToString(Address address)
{
    char text[16];
    std::snprintf(text, sizeof text, "%u.%u.%u.%u", (address >> 24) & 255u, (address >> 16) & 255u,
        (address >> 8) & 255u, address & 255u);
    return text;
}

bool parseAddress(const std::string& text, Address& out)
{
    unsigned parts[4];
    char tail = 0;
    if (std::sscanf(text.c_str(), "%u.%u.%u.%u%c", &parts[0], &parts[1], &parts[2], &parts[3], &tail) != 4)
        return false;
    Address value = 0;
    for (unsigned part : parts) {
        if (part > 255)
            return false;
        value = (value << 8) | part;
    }
    out = value;
    return true;
}

std::string flagsToString(std::uint8_t flags)
{
    static constexpr std::array<std::pair<std::uint8_t, const char*>, 5> kOrder = { {
        { kSyn, "SYN" },
        { kAck, "ACK" },
        { kFin, "FIN" },
        { kRst, "RST" },
        { kPsh, "PSH" },
    } };
    std::string out;
    for (const auto& [bit, name] : kOrder) {
        if (flags & bit) {
            if (!out.empty())
                out += '|';
            out += name;
        }
    }
    return out;
}

bool segmentMatches(const Segment& s, SegmentClass cls)
{
    switch (cls) {
    case SegmentClass::Any:
        return true;
    case SegmentClass::Syn:
        return s.has(kSyn) && !s.has(kAck);
    case SegmentClass::SynAck:
        return s.has(kSyn) && s.has(kAck);
    case SegmentClass::Rst:
        return s.has(kRst);
    case SegmentClass::Fin:
        return s.has(kFin) && !s.has(kRst);
    case SegmentClass::Data:
        return s.len > 0 && !s.has(kSyn) && !s.has(kFin) && !s.has(kRst);
    case SegmentClass::PureAck:
        return s.has(kAck) && s.len == 0 && !s.has(kSyn) && !s.has(kFin) && !s.has(kRst);
    }
    return false;
}

namespace {
constexpr std::array<std::pair<SegmentClass, const char*>, 7> kClassNames = { {
    { SegmentClass::Syn, "SYN" },
    { SegmentClass::SynAck, "SYN|ACK" },
    { SegmentClass::PureAck, "ACK" },
    { SegmentClass::Data, "DATA" },
    { SegmentClass::Fin, "FIN" },
    { SegmentClass::Rst, "RST" },
    { SegmentClass::Any, "ANY" },
} };
}

const char* segmentClassName(SegmentClass cls)
{
    for (const auto& [c, name] : kClassNames)
        if (c == cls)
            return name;
    return "ANY";
}

bool parseSegmentClass(const std::string& name, SegmentClass& out)
{
    for (const auto& [c, n] : kClassNames) {
        if (name == n) {
            out = c;
            return true;
        }
    }
    return false;
}

} // namespace tcplab
