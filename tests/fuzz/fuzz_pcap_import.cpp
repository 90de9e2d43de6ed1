// libFuzzer target: any bytes as a capture file through importPcapStream, then the states read
// off it (CaptureStateInference) with every trace line formatted. Besides "no crash, no
// sanitizer report", it checks what the importer promises (pcap_import.h):
//  - a rejection names the source first ("fuzz.pcap: what went wrong");
//  - times start at 0 and never go back;
//  - every kept segment belongs to the chosen connection, ids count from 1;
//  - the skip counts add up to the packets read.
#include "capture_state_inference.h"
#include "pcap_import.h"
#include "trace_fields.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace tcplab;

namespace {

[[noreturn]] void failWith(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_pcap_import: %s\n%s\n", what, detail.c_str());
    std::abort();
}

class FormattingSink : public TraceSink {
public:
    void onTrace(const TraceEvent& event) override
    {
        const std::string line = traceToJsonLine(event);
        if (!isValidUtf8(line))
            failWith("a trace line that is not UTF-8", line);
        bytes += line.size();
    }
    std::size_t bytes = 0;
};

bool ofConnection(const Segment& s, const PcapImportResult& r)
{
    const bool forward = s.srcAddr == r.clientAddr && s.srcPort == r.clientPort && s.dstAddr == r.serverAddr
        && s.dstPort == r.serverPort;
    const bool backward = s.srcAddr == r.serverAddr && s.srcPort == r.serverPort && s.dstAddr == r.clientAddr
        && s.dstPort == r.clientPort;
    return forward || backward;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // fmemopen refuses a zero-length buffer: an empty file is one byte read as nothing.
    static const char kEmpty = 0;
    std::FILE* file = size == 0 ? fmemopen(const_cast<char*>(&kEmpty), 1, "rb")
                                : fmemopen(const_cast<std::uint8_t*>(data), size, "rb");
    if (!file)
        return 0;
    if (size == 0)
        std::fgetc(file);
    const PcapImportResult r = importPcapStream(file, "fuzz.pcap");
    if (!r.ok) {
        if (r.error.rfind("fuzz.pcap: ", 0) != 0 || r.error.size() <= 11)
            failWith("a rejection that does not name the file", r.error);
        return 0;
    }
    if (r.packetsSkipped != r.skippedNotTcp + r.skippedFragments + r.skippedOtherConnections)
        failWith("skip counts that do not add up", r.error);
    if (r.segments().size() + r.packetsSkipped != r.packetsRead)
        failWith("packets neither kept nor skipped", std::to_string(r.packetsRead));
    TimeUs last = 0;
    std::uint64_t id = 1;
    for (const CapturedSegment& c : r.segments()) {
        if (c.t_us < last)
            failWith("a time that goes back", std::to_string(c.t_us) + " after " + std::to_string(last));
        last = c.t_us;
        if (!ofConnection(c.segment, r))
            failWith("a segment of another connection", std::to_string(c.segment.id));
        if (c.segment.id != id++)
            failWith("segment ids that do not count from 1", std::to_string(c.segment.id));
    }
    FormattingSink sink;
    CaptureStateInference inference(sink);
    for (const CapturedSegment& c : r.segments()) {
        const bool fromClient = c.segment.srcAddr == r.clientAddr && c.segment.srcPort == r.clientPort;
        inference.onSegment(c.t_us, c.segment, fromClient ? Peer::Client : Peer::Server);
    }
    return 0;
}
