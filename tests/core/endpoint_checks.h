#pragma once
// What the endpoint tests compare, as Qt values QCOMPARE prints well: the segments an endpoint
// sent as text, its state's name, the reason of its last drop (tests/core/endpoint_harness.h
// keeps the plain C++ side).
#include "endpoint_harness.h"

#include <QString>
#include <QStringList>

namespace tcplab::testing {

inline QStringList texts(const std::vector<Segment>& segments)
{
    QStringList out;
    for (const Segment& s : segments)
        out << QString::fromStdString(EndpointHarness::text(s));
    return out;
}

inline QString stateOf(const EndpointHarness& h)
{
    const Endpoint* ep = h.endpoint();
    return QString::fromUtf8(stateName(ep ? ep->state() : TcpState::Closed).data());
}

inline QString dropReasonOf(const EndpointHarness& h)
{
    const auto drop = h.lastDrop();
    return drop ? QString::fromUtf8(dropReasonName(drop->reason).data()) : QString();
}

} // namespace tcplab::testing
