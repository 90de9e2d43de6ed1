#include "explorer_charts.h"

#include "explorer_csv.h"
#include "explorer_plot.h"

namespace tcplab {

namespace {

QColor stateColor(TcpState s)
{
    switch (s) {
    case TcpState::SynSent:
        return QColor(0x9e, 0xca, 0xe1);
    case TcpState::SynReceived:
        return QColor(0x6b, 0xae, 0xd6);
    case TcpState::Established:
        return QColor(0x31, 0x82, 0xbd);
    case TcpState::FinWait1:
        return QColor(0xfd, 0xd0, 0xa2);
    case TcpState::FinWait2:
        return QColor(0xfd, 0xae, 0x6b);
    case TcpState::CloseWait:
        return QColor(0xd6, 0x27, 0x28);
    case TcpState::Closing:
        return QColor(0xbc, 0xbd, 0x22);
    case TcpState::LastAck:
        return QColor(0x8c, 0x56, 0x4b);
    case TcpState::TimeWait:
        return QColor(0x74, 0xc4, 0x76);
    default:
        return Qt::gray;
    }
}

QVector<double> seconds(const ExplorerResult& r)
{
    QVector<double> xs;
    for (const ExplorerSample& s : r.samples)
        xs.append(static_cast<double>(s.t_ms) / 1000.0);
    return xs;
}

// Per-second rate of a cumulative counter between consecutive samples.
template <typename Field> QVector<double> ratePerS(const ExplorerResult& r, Field field)
{
    QVector<double> ys;
    for (std::size_t i = 0; i < r.samples.size(); ++i) {
        if (i == 0) {
            ys.append(0.0);
            continue;
        }
        const double dt = static_cast<double>(r.samples[i].t_ms - r.samples[i - 1].t_ms) / 1000.0;
        ys.append(dt > 0 ? static_cast<double>(field(r.samples[i]) - field(r.samples[i - 1])) / dt : 0.0);
    }
    return ys;
}

QVector<double> stateSeries(const ExplorerResult& r, Peer host, TcpState state)
{
    QVector<double> ys;
    for (const ExplorerSample& s : r.samples)
        ys.append(static_cast<double>(s.count(host, state)));
    return ys;
}

} // namespace

void ExplorerCharts::drawPopulations(ExplorerPlot& plot, const ExplorerResult& a, const ExplorerResult* b, Peer host)
{
    plot.clear();
    plot.setTitle(host == Peer::Client ? tr("Client sockets per state") : tr("Server sockets per state"));
    plot.setAxisTitles(tr("virtual time (s)"), tr("sockets"));
    const QVector<double> xs = seconds(a);
    QStringList names;
    QVector<QVector<double>> ys;
    QVector<QColor> colors;
    for (TcpState s : explorerStates()) {
        QVector<double> series = stateSeries(a, host, s);
        if (std::all_of(series.begin(), series.end(), [](double v) { return v == 0.0; }))
            continue; // keep the legend to what happens
        names.append(QString::fromLatin1(stateName(s).data(), static_cast<qsizetype>(stateName(s).size())));
        ys.append(series);
        colors.append(stateColor(s));
    }
    plot.addStackedAreas(names, xs, ys, colors);
    QVector<double> little;
    for (const ExplorerSample& s : a.samples)
        little.append(a.expectedTimeWait(s.t_ms));
    plot.addLine(tr("Little's law: rate × TIME_WAIT"), xs, little, Qt::black, ExplorerPlot::Style::Dashed);
    if (host == Peer::Client) {
        const double ports = static_cast<double>(a.config.portCount());
        // Far above the data it would flatten everything: named in the legend, drawn off scale.
        plot.addLine(tr("Port ceiling (ephemeral ports)"), { xs.front(), xs.back() }, { ports, ports }, Qt::red,
            ExplorerPlot::Style::Dotted, ExplorerPlot::Axis::Left, ports <= 1.5 * plot.leftMax());
    }
    if (b && !b->samples.empty()) {
        const QVector<double> bx = seconds(*b);
        plot.addLine(tr("B: TIME_WAIT"), bx, stateSeries(*b, host, TcpState::TimeWait), QColor(0x54, 0x27, 0x88),
            ExplorerPlot::Style::Dashed);
        plot.addLine(tr("B: CLOSE_WAIT"), bx, stateSeries(*b, host, TcpState::CloseWait), QColor(0xe7, 0x29, 0x8a),
            ExplorerPlot::Style::Dashed);
        QVector<double> bLittle;
        for (const ExplorerSample& s : b->samples)
            bLittle.append(b->expectedTimeWait(s.t_ms));
        plot.addLine(tr("B: Little's law"), bx, bLittle, Qt::darkGray, ExplorerPlot::Style::Dotted);
    }
}

void ExplorerCharts::drawFailures(ExplorerPlot& plot, const ExplorerResult& a, const ExplorerResult* b)
{
    plot.clear();
    plot.setTitle(tr("Failed connects and pool exhaustion"));
    plot.setAxisTitles(tr("virtual time (s)"), tr("per second"));
    const auto eaddr = [](const ExplorerSample& s) { return s.eaddrnotavail; };
    const auto pool = [](const ExplorerSample& s) { return s.poolRejected; };
    plot.addLine(tr("A: EADDRNOTAVAIL (no free port)"), seconds(a), ratePerS(a, eaddr), Qt::red);
    plot.addLine(tr("A: refused, pool full"), seconds(a), ratePerS(a, pool), QColor(0xff, 0x7f, 0x0e));
    if (b && !b->samples.empty()) {
        plot.addLine(tr("B: EADDRNOTAVAIL (no free port)"), seconds(*b), ratePerS(*b, eaddr), Qt::red,
            ExplorerPlot::Style::Dashed);
        plot.addLine(tr("B: refused, pool full"), seconds(*b), ratePerS(*b, pool), QColor(0xff, 0x7f, 0x0e),
            ExplorerPlot::Style::Dashed);
    }
}

void ExplorerCharts::drawSweep(ExplorerPlot& plot, const QString& key, const std::vector<SweepPoint>& points)
{
    plot.clear();
    plot.setTitle(tr("Steady state against %1").arg(key));
    plot.setAxisTitles(key, tr("sockets (mean over the second half)"), tr("per second"));
    QVector<double> xs, clientTw, serverTw, closeWait, little, failed;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SweepPoint& p = points[i];
        // Non-numeric values (closer=client,server) are placed by their index.
        xs.append(p.x != 0.0 || p.value == "0" ? p.x : static_cast<double>(i));
        clientTw.append(p.outcome.clientTimeWait);
        serverTw.append(p.outcome.serverTimeWait);
        closeWait.append(static_cast<double>(p.outcome.finalServerCloseWait));
        little.append(p.outcome.littleTimeWait);
        failed.append(p.outcome.eaddrnotavailPerS);
    }
    plot.addLine(tr("Client TIME_WAIT"), xs, clientTw, QColor(0x2c, 0xa0, 0x2c));
    plot.addLine(tr("Server TIME_WAIT"), xs, serverTw, QColor(0x17, 0xbe, 0xcf));
    plot.addLine(tr("Server CLOSE_WAIT at end"), xs, closeWait, QColor(0xd6, 0x27, 0x28));
    plot.addLine(tr("Little's law: rate × TIME_WAIT"), xs, little, Qt::black, ExplorerPlot::Style::Dashed);
    plot.addLine(tr("Failed connects per second"), xs, failed, QColor(0xff, 0x7f, 0x0e), ExplorerPlot::Style::Solid,
        ExplorerPlot::Axis::Right);
}

} // namespace tcplab
