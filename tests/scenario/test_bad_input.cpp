// Bad input never crashes, hangs or misleads: a table of malformed scenario files, each run
// through the real tcplab-cli binary. Every one must exit 2 with one line on stderr naming the
// file, the JSON path (or line and column) and what was expected (README.md, "The command
// line"). Rows edit one valid scenario, and the test checks that the text each row replaces is
// really there, so a row cannot silently stop testing anything. Bad `--set` and `--until-ms`
// values: test_bad_options.cpp.
#include "cli_runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using tcplab::testing::CliResult;

CliResult runCli(const QStringList& args)
{
    return tcplab::testing::runCli(QStringLiteral(TCPLAB_CLI), args);
}

// A valid scenario; every row below changes one thing in it.
const QByteArray kBase = R"({"format":"tcplab-scenario/1","title":{"en":"base"},"profile":"rfc9293",
 "params":{"msl_ms":1000,"loss":0,"isn":"fixed","timestamps":false,"time_wait_ms":null,"keepalive":{"enabled":false}},
 "client":{"addr":"192.0.2.1","port":49152},
 "server":{"addr":"198.51.100.2","port":80},
 "steps":[{"at_ms":0,"peer":"server","do":"listen"},
          {"at_ms":10,"peer":"client","do":"connect"},
          {"after":"client:ESTABLISHED","peer":"client","do":"send","bytes":100}],
 "faults":[{"peer":"client","match":"ACK","nth":1,"do":"drop"}],
 "run_until_ms":5000,
 "expect":[{"peer":"client","final":"ESTABLISHED"},{"event":"stray","count":0}]})";

QByteArray edit(const QByteArray& from, const QByteArray& to)
{
    if (!kBase.contains(from))
        qFatal("test_bad_input: row edits \"%s\", which is not in the base scenario", from.constData());
    QByteArray out = kBase;
    out.replace(from, to);
    return out;
}

QByteArray nested(int depth, const QByteArray& open, const QByteArray& close)
{
    return open.repeated(depth) + close.repeated(depth);
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void baseScenarioIsValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("base.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kBase);
        file.close();
        const CliResult r = runCli({ QStringLiteral("run"), path, QStringLiteral("--quiet") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void malformedScenario_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where"); // what follows "FILE: "
        QTest::addColumn<QString>("expected"); // part of what follows the path

        // The file as a whole.
        QTest::newRow("empty file")
            << QByteArray() << "(top level)"
            << "expected a JSON object with \"format\": \"tcplab-scenario/1\", got an empty file";
        QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << "(top level)"
                                         << "got an empty file";
        QTest::newRow("utf-8 BOM") << (QByteArray("\xEF\xBB\xBF") + kBase) << "line 1, column 1"
                                   << "expected UTF-8 JSON without a byte order mark";
        QTest::newRow("not JSON: prose") << QByteArray("hello, world\n") << "line 1, column 1"
                                         << "not valid JSON";
        QTest::newRow("not JSON: YAML") << QByteArray("format: tcplab-scenario/1\nsteps: []\n") << "line 1, column 1"
                                        << "expected a JSON value";
        QTest::newRow("truncated object") << kBase.left(200) << "line 3, column 9"
                                          << "expected a closing \" for the string";
        QTest::newRow("trailing comma") << edit("\"run_until_ms\":5000,", "\"run_until_ms\":5000,,")
                                        << "line 9, column 23"
                                        << "expected , or } after an object member";
        QTest::newRow("single quotes") << edit("\"profile\":\"rfc9293\"", "'profile':'rfc9293'") << "line 1, column 54"
                                       << "expected";
        QTest::newRow("comment") << (QByteArray("// a scenario\n") + kBase) << "line 1, column 1"
                                 << "expected a JSON value";
        QTest::newRow("garbage after the object") << (kBase + "\n}{") << "line 11, column 1"
                                                  << "expected nothing after the top-level object";
        QTest::newRow("NaN literal") << edit("\"loss\":0", "\"loss\":NaN") << "line 2, column 33"
                                     << "expected a number";
        QTest::newRow("invalid UTF-8") << edit("\"base\"", "\"ba\xC3\x28se\"") << "line 1, column 48"
                                       << "expected UTF-8 text";
        QTest::newRow("NUL byte") << (QByteArray(1, '\0') + kBase) << "line 1, column 1"
                                  << "expected a JSON value";
        QTest::newRow("top level array") << QByteArray("[1,2,3]") << "(top level)"
                                         << "expected a JSON object, got an array";
        QTest::newRow("top level string") << QByteArray("\"tcplab-scenario/1\"") << "(top level)"
                                          << "expected a JSON object, got a string";
        QTest::newRow("top level number") << QByteArray("42") << "(top level)"
                                          << "expected a JSON object, got a number";
        QTest::newRow("deeply nested arrays") << nested(100000, "[", "]") << "line 1, column 1026"
                                              << "expected at most 1024 nested";
        QTest::newRow("deeply nested junk in a value")
            << edit("{\"en\":\"base\"}", "{\"en\":" + nested(500, "[", "]") + "}") << "title.en"
            << "expected a string, got an array";
        QTest::newRow("10 MB file") << (kBase + QByteArray(10 * 1024 * 1024, ' ')) << "(top level)"
                                    << "expected a scenario of at most 1048576 bytes, got 10486";

        // Top-level keys.
        QTest::newRow("missing format") << edit("\"format\":\"tcplab-scenario/1\",", "") << "format"
                                        << "missing; this key is required";
        QTest::newRow("future format") << edit("tcplab-scenario/1", "tcplab-scenario/2") << "format"
                                       << "expected one of tcplab-scenario/1, got \"tcplab-scenario/2\"";
        QTest::newRow("format is a number") << edit("\"tcplab-scenario/1\"", "1") << "format"
                                            << "got 1";
        QTest::newRow("unknown top-level key") << edit("\"steps\":", "\"stpes\":") << "stpes"
                                               << "unknown key; expected one of format, title";
        QTest::newRow("missing steps") << QByteArray(R"({"format":"tcplab-scenario/1"})") << "steps"
                                       << "missing; this key is required";
        QTest::newRow("steps is an object") << edit("\"steps\":[{\"at_ms\":0,", "\"steps\":{\"a\":[{\"at_ms\":0,")
                                                   .replace("}],\n \"faults\"", "}]},\n \"faults\"")
                                            << "steps"
                                            << "expected an array, got an object";
        QTest::newRow("unknown profile") << edit("\"rfc9293\"", "\"bsd\"") << "profile"
                                         << "expected one of rfc9293, linux, windows, got \"bsd\"";
        QTest::newRow("title is a number") << edit("{\"en\":\"base\"}", "7") << "title"
                                           << "expected a string or an object";
        QTest::newRow("title in an unknown language") << edit("{\"en\":\"base\"}", "{\"fr\":\"base\"}") << "title.fr"
                                                      << "unknown key; expected one of en, zh_CN";
        QTest::newRow("key with a newline") << edit("\"profile\":", "\"pro\\nfile\":") << "\"pro\\nfile\""
                                            << "unknown key";
        QTest::newRow("run_until_ms negative") << edit("\"run_until_ms\":5000", "\"run_until_ms\":-5") << "run_until_ms"
                                               << "expected an integer from 0 to 2592000000, got -5";
        QTest::newRow("run_until_ms absurd")
            << edit("\"run_until_ms\":5000", "\"run_until_ms\":1e300") << "run_until_ms"
            << "got 1e+300";
        QTest::newRow("run_until_ms a string")
            << edit("\"run_until_ms\":5000", "\"run_until_ms\":\"5000\"") << "run_until_ms"
            << "got \"5000\"";

        // params
        QTest::newRow("unknown param") << edit("\"msl_ms\":1000", "\"msl\":1000") << "params.msl"
                                       << "unknown key; expected one of msl_ms";
        QTest::newRow("msl_ms negative") << edit("\"msl_ms\":1000", "\"msl_ms\":-5") << "params.msl_ms"
                                         << "expected an integer from 0 to 86400000, got -5";
        QTest::newRow("msl_ms a string") << edit("\"msl_ms\":1000", "\"msl_ms\":\"1000\"") << "params.msl_ms"
                                         << "got \"1000\"";
        QTest::newRow("msl_ms fractional") << edit("\"msl_ms\":1000", "\"msl_ms\":1.5") << "params.msl_ms"
                                           << "got 1.5";
        QTest::newRow("msl_ms huge") << edit("\"msl_ms\":1000", "\"msl_ms\":123456789012345678901234567890")
                                     << "params.msl_ms"
                                     << "got 1.2345678901234568e+29";
        QTest::newRow("loss above 1") << edit("\"loss\":0", "\"loss\":1.5") << "params.loss"
                                      << "expected a number from 0 to 1, got 1.5";
        QTest::newRow("loss a word") << edit("\"loss\":0", "\"loss\":\"high\"") << "params.loss"
                                     << "got \"high\"";
        QTest::newRow("unknown isn mode") << edit("\"isn\":\"fixed\"", "\"isn\":\"sequential\"") << "params.isn"
                                          << "expected one of clock, random, fixed, got \"sequential\"";
        QTest::newRow("boolean as a word")
            << edit("\"timestamps\":false", "\"timestamps\":\"yes\"") << "params.timestamps"
            << "expected true or false, got \"yes\"";
        QTest::newRow("null as a string")
            << edit("\"time_wait_ms\":null", "\"time_wait_ms\":\"null\"") << "params.time_wait_ms"
            << "or null, got \"null\"";
        QTest::newRow("keepalive not an object") << edit("{\"enabled\":false}", "true") << "params.keepalive"
                                                 << "expected an object, got true";
        QTest::newRow("keepalive unknown key") << edit("\"enabled\":false", "\"on\":false") << "params.keepalive.on"
                                               << "unknown key; expected one of enabled";
        QTest::newRow("port_range low above high")
            << edit("\"msl_ms\":1000", "\"msl_ms\":1000,\"port_range\":{\"low\":61000,\"high\":60999}")
            << "params.port_range"
            << "expected low <= high, got low 61000 and high 60999";
        QTest::newRow("port_range unknown key")
            << edit("\"msl_ms\":1000", "\"msl_ms\":1000,\"port_range\":{\"from\":50000}") << "params.port_range.from"
            << "unknown key; expected one of low, high";
        QTest::newRow("port_range.low 0")
            << edit("\"msl_ms\":1000", "\"msl_ms\":1000,\"port_range\":{\"low\":0}") << "params.port_range.low"
            << "expected an integer from 1 to 65535, got 0";
        QTest::newRow("params an array") << edit("\"params\":{", "\"params\":[{").replace("}},", "}}],") << "params"
                                         << "expected an object, got an array";

        // client and server
        QTest::newRow("bad address") << edit("\"192.0.2.1\"", "\"999.0.2.1\"") << "client.addr"
                                     << "expected an IPv4 address";
        QTest::newRow("port 0") << edit("\"port\":49152", "\"port\":0") << "client.port"
                                << "expected an integer from 1 to 65535, got 0";
        QTest::newRow("port too big") << edit("\"port\":80", "\"port\":70000") << "server.port"
                                      << "got 70000";
        QTest::newRow("same address twice") << edit("\"198.51.100.2\"", "\"192.0.2.1\"") << "server.addr"
                                            << "expected an address different from client.addr";
        QTest::newRow("unknown peer key") << edit("{\"addr\":\"192.0.2.1\"", "{\"ip\":\"192.0.2.1\"") << "client.ip"
                                          << "unknown key; expected one of addr, port";

        // steps
        QTest::newRow("step is a string")
            << edit("{\"at_ms\":0,\"peer\":\"server\",\"do\":\"listen\"}", "\"listen\"") << "steps[0]"
            << "expected an object, got \"listen\"";
        QTest::newRow("step without do") << edit(",\"do\":\"listen\"", "") << "steps[0].do"
                                         << "missing; this key is required";
        QTest::newRow("unknown peer name")
            << edit("\"peer\":\"server\",\"do\":\"listen\"", "\"peer\":\"sever\",\"do\":\"listen\"") << "steps[0].peer"
            << "expected one of client, server, got \"sever\"";
        QTest::newRow("connect port a word")
            << edit("\"do\":\"connect\"}", "\"do\":\"connect\",\"port\":\"automatic\"}") << "steps[1].port"
            << "expected an integer from 1 to 65535 or \"auto\", got \"automatic\"";
        QTest::newRow("reuseaddr not a boolean")
            << edit("\"do\":\"connect\"}", "\"do\":\"connect\",\"reuseaddr\":1}") << "steps[1].reuseaddr"
            << "expected true or false, got 1";
        QTest::newRow("reuseaddr with an automatic port")
            << edit("\"do\":\"connect\"}", "\"do\":\"connect\",\"port\":\"auto\",\"reuseaddr\":true}")
            << "steps[1].reuseaddr"
            << "expected no \"reuseaddr\" with \"port\": \"auto\"";
        QTest::newRow("reuseaddr on send")
            << edit("\"do\":\"send\",\"bytes\":100}", "\"do\":\"send\",\"bytes\":100,\"reuseaddr\":true}")
            << "steps[2].reuseaddr"
            << "unknown key";
        QTest::newRow("unknown action") << edit("\"do\":\"connect\"", "\"do\":\"conect\"") << "steps[1].do"
                                        << "expected one of listen, connect";
        QTest::newRow("value with a newline") << edit("\"do\":\"connect\"", "\"do\":\"con\\nnect\"") << "steps[1].do"
                                              << "got \"con\\nnect\"";
        QTest::newRow("negative time") << edit("\"at_ms\":10", "\"at_ms\":-10") << "steps[1].at_ms"
                                       << "expected an integer from 0 to 2592000000, got -10";
        QTest::newRow("absurd time") << edit("\"at_ms\":10", "\"at_ms\":9e15") << "steps[1].at_ms"
                                     << "got 9e+15";
        QTest::newRow("two triggers") << edit("\"at_ms\":10,", "\"at_ms\":10,\"after\":\"server:LISTEN\",")
                                      << "steps[1]"
                                      << "a step needs exactly one trigger";
        QTest::newRow("no trigger") << edit("\"at_ms\":10,", "") << "steps[1]"
                                    << "a step needs exactly one trigger";
        QTest::newRow("after: unknown state") << edit("client:ESTABLISHED", "client:ESTABLISHD") << "steps[2].after"
                                              << "expected \"PEER:STATE\" or \"PEER:EVENT\"";
        QTest::newRow("after: lower-case state") << edit("client:ESTABLISHED", "client:established") << "steps[2].after"
                                                 << "got \"client:established\"";
        QTest::newRow("after: no colon") << edit("client:ESTABLISHED", "ESTABLISHED") << "steps[2].after"
                                         << "expected \"PEER:STATE\"";
        QTest::newRow("after: unknown peer") << edit("client:ESTABLISHED", "alice:ESTABLISHED") << "steps[2].after"
                                             << "got \"alice:ESTABLISHED\"";
        QTest::newRow("after: a trace event, not an app event")
            << edit("client:ESTABLISHED", "client:stray") << "steps[2].after"
            << "got \"client:stray\"";
        QTest::newRow("after: an event nothing can cause")
            << edit("\"at_ms\":0,\"peer\":\"server\"", "\"at_ms\":0,\"peer\":\"client\"")
                   .replace("client:ESTABLISHED", "server:SYN_RECEIVED")
            << "steps[2].after"
            << "expected an event an earlier step can cause";
        QTest::newRow("send without bytes") << edit(",\"bytes\":100", "") << "steps[2]"
                                            << "a send step needs exactly one of \"bytes\" or \"text\"";
        QTest::newRow("send zero bytes") << edit("\"bytes\":100", "\"bytes\":0") << "steps[2].bytes"
                                         << "expected an integer from 1 to 10000000, got 0";
        QTest::newRow("too many steps") << edit("{\"at_ms\":0,\"peer\":\"server\",\"do\":\"listen\"},",
            QByteArray("{\"at_ms\":0,\"peer\":\"server\",\"do\":\"listen\"},").repeated(10001))
                                        << "steps"
                                        << "expected at most 10000 entries, got 10003";

        QTest::newRow("SYN floods adding up to gigabytes")
            << edit("{\"at_ms\":10,\"peer\":\"client\",\"do\":\"connect\"},",
                   QByteArray("{\"at_ms\":0,\"peer\":\"client\",\"do\":\"syn_flood\",\"count\":100000},").repeated(100)
                       + "{\"at_ms\":10,\"peer\":\"client\",\"do\":\"connect\"},")
            << "steps[2].count"
            << "expected at most 100000 spoofed SYNs in the whole scenario, got 200000 up to this step";

        // faults
        QTest::newRow("unknown flag name") << edit("\"match\":\"ACK\"", "\"match\":\"SYNACK\"") << "faults[0].match"
                                           << "expected one of SYN, SYN|ACK, ACK, DATA, FIN, RST, ANY, got \"SYNACK\"";
        QTest::newRow("nth 0") << edit("\"nth\":1", "\"nth\":0") << "faults[0].nth"
                               << "expected an integer from 1 to 1000000, got 0";
        QTest::newRow("nth negative") << edit("\"nth\":1", "\"nth\":-3") << "faults[0].nth"
                                      << "got -3";
        QTest::newRow("unknown fault action") << edit("\"do\":\"drop\"", "\"do\":\"corrupt\"") << "faults[0].do"
                                              << "expected one of drop, delay, duplicate, got \"corrupt\"";
        QTest::newRow("delay without delay_ms") << edit("\"do\":\"drop\"", "\"do\":\"delay\"") << "faults[0].delay_ms"
                                                << "missing; this key is required";
        QTest::newRow("negative fault delay")
            << edit("\"do\":\"drop\"", "\"do\":\"duplicate\",\"delay_ms\":-1") << "faults[0].delay_ms"
            << "got -1";
        QTest::newRow("faults an object")
            << edit("\"faults\":[{", "\"faults\":{\"f\":{").replace("\"drop\"}],", "\"drop\"}},") << "faults"
            << "expected an array, got an object";

        // expect
        QTest::newRow("unknown state name")
            << edit("\"final\":\"ESTABLISHED\"", "\"final\":\"ESTABLISH\"") << "expect[0].final"
            << "expected one of CLOSED, LISTEN";
        QTest::newRow("states with a bad entry")
            << edit("\"final\":\"ESTABLISHED\"", "\"states\":[\"CLOSED\",\"TIMEWAIT\"]") << "expect[0].states[1]"
            << "got \"TIMEWAIT\"";
        QTest::newRow("unknown trace event")
            << edit("\"event\":\"stray\"", "\"event\":\"segment\"") << "expect[1].event"
            << "expected one of state, send";
        QTest::newRow("event without a count") << edit(",\"count\":0", "") << "expect[1]"
                                               << "an event expectation needs \"count\", \"min\" or \"max\"";
        QTest::newRow("negative count") << edit("\"count\":0", "\"count\":-1") << "expect[1].count"
                                        << "got -1";
        QTest::newRow("unknown filter") << edit("\"count\":0", "\"count\":0,\"colour\":\"red\"") << "expect[1].colour"
                                        << "unknown key";
        // Issue 14: QJsonDocument keeps the last of two equal keys; the loader refuses them.
        QTest::newRow("duplicate top-level key")
            << edit("\"run_until_ms\":5000", "\"run_until_ms\":5000,\"run_until_ms\":6000") << "run_until_ms"
            << "expected each key once in its object, got it a second time";
        QTest::newRow("duplicate parameter")
            << edit("\"msl_ms\":1000", "\"msl_ms\":1000,\"msl_ms\":2000") << "params.msl_ms"
            << "expected each key once";
        QTest::newRow("duplicate key in a step")
            << edit("{\"at_ms\":10,\"peer\":\"client\"", "{\"at_ms\":10,\"peer\":\"client\",\"peer\":\"server\"")
            << "steps[1].peer"
            << "expected each key once";
        QTest::newRow("duplicate key written with an escape")
            << edit("\"keepalive\":{\"enabled\":false}", "\"keepalive\":{\"enabled\":false,\"\\u0065nabled\":true}")
            << "params.keepalive.enabled"
            << "expected each key once";
        // Issue 14: no silent rounding of integers a double cannot hold.
        QTest::newRow("seed with an exponent above 2^53")
            << edit("\"loss\":0", "\"loss\":0,\"seed\":1e18") << "params.seed"
            << "written with digits only";
        QTest::newRow("seed with a fraction above 2^53")
            << edit("\"loss\":0", "\"loss\":0,\"seed\":9007199254740993.0") << "params.seed"
            << "got 9007199254740993.0";
        QTest::newRow("seed beyond 2^63 - 1")
            << edit("\"loss\":0", "\"loss\":0,\"seed\":9223372036854775808") << "params.seed"
            << "expected an integer from 0 to 9223372036854775807";
        QTest::newRow("step time beyond 2^53 as a double")
            << edit("\"at_ms\":10,", "\"at_ms\":9007199254740993.5,") << "steps[1].at_ms"
            << "written with digits only";
    }

    void malformedScenario()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        file.close();
        const CliResult r = runCli({ QStringLiteral("run"), path });
        QVERIFY2(r.finished, "tcplab-cli did not finish");
        QVERIFY2(!r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        const QString prefix = path + QStringLiteral(": ") + where + QStringLiteral(": ");
        QVERIFY2(err.startsWith(prefix), qPrintable(QStringLiteral("want prefix %1\ngot %2").arg(prefix, err)));
        QVERIFY2(err.contains(expected), qPrintable(QStringLiteral("want %1\ngot %2").arg(expected, err)));
        QVERIFY2(err.count(QLatin1Char('\n')) == 1 && err.endsWith(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.size() < 2000, "the message should stay readable");
    }

    void notAFile()
    {
        QTemporaryDir dir;
        const CliResult r = runCli({ QStringLiteral("run"), dir.path() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.startsWith((dir.path() + QStringLiteral(": expected a scenario file, got a directory")).toUtf8()),
            r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
