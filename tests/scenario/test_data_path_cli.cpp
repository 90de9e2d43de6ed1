// The data path end to end through tcplab-cli (issue 13 item 3): one lost segment of five is
// repaired by fast retransmit about one round trip after the loss shows, with no timeout —
// the receiver holds what follows the hole (SHLD-31) and answers with duplicate ACKs (RFC 5681
// §4.2); the sender resends on the third (RFC 5681 §3.2, NewReno RFC 6582).
#include "cli_runner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// RTT 100 ms. Client ISN 1000: the five segments start at 1001, 2461, 3921, 5381, 6841; the
// second is lost. IW 3 (RFC 5681 §3.1, SMSS 1460) sends 1-3 at 110 ms; the ACK of 1 (210 ms)
// lets 4 and 5 go; the duplicate ACKs for 3, 4, 5 reach the client at 210, 310, 310 ms.
const QByteArray kOneLostOfFive = R"({"format":"tcplab-scenario/1","profile":"rfc9293",
  "steps":[
    {"at_ms":0,"peer":"server","do":"listen"},
    {"at_ms":10,"peer":"client","do":"connect"},
    {"after":"client:ESTABLISHED","peer":"client","do":"send","bytes":7300}],
  "faults":[{"peer":"client","match":"DATA","nth":2,"do":"drop"}],
  "run_until_ms":5000,
  "expect":[
    {"event":"timer","peer":"client","timer":"RETRANSMIT","what":"fire","count":0},
    {"event":"send","peer":"client","seq":2461,"count":2},
    {"event":"send","peer":"client","seq":2461,"t_us":310000,"count":1}]})";

} // namespace

class TestDataPathCli : public QObject {
    Q_OBJECT
private slots:
    void oneLostSegmentOfFiveRepairedInAboutOneRtt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one-lost-of-five.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kOneLostOfFive);
        file.close();
        const auto r = tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), { QStringLiteral("run"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        qint64 delivered = 0;
        qint64 lastDataUs = 0;
        for (const QByteArray& line : r.out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("ev")) == QStringLiteral("app")
                && o.value(QStringLiteral("peer")) == QStringLiteral("server")
                && o.value(QStringLiteral("what")) == QStringLiteral("data")) {
                delivered += o.value(QStringLiteral("bytes")).toInteger();
                lastDataUs = o.value(QStringLiteral("t_us")).toInteger();
            }
        }
        QCOMPARE(delivered, qint64(7300));
        // The hole is filled at 360 ms: 250 ms after the loss (110 ms), one RTT after the third
        // duplicate ACK left the receiver. The old go-back code needed RTO after RTO.
        QCOMPARE(lastDataUs, qint64(360'000));
    }
};

QTEST_GUILESS_MAIN(TestDataPathCli)
#include "test_data_path_cli.moc"
