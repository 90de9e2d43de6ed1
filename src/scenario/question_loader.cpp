#include "question_loader.h"

#include "json_reader.h"
#include "params.h"
#include "scenario_parser_parts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tcplab::parse {

namespace {

// A text people read while learning: {"en": …, "zh_CN": …}; English is required (the
// translation may follow), neither may be empty.
LocalizedText readLearningText(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path, { QStringLiteral("en"), QStringLiteral("zh_CN") });
    JsonReader::required(o, path, QStringLiteral("en"));
    LocalizedText text;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        if (!o.contains(language))
            continue;
        const QString fieldPath = childPath(path, language);
        const QString value = JsonReader::string(o.value(language), fieldPath, 4000);
        if (value.trimmed().isEmpty())
            JsonReader::fail(fieldPath, QStringLiteral("a text that is not empty"), o.value(language));
        (language == QStringLiteral("en") ? text.en : text.zh_CN) = value.toStdString();
    }
    return text;
}

Question readQuestion(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path,
        { QStringLiteral("after"), QStringLiteral("at_ms"), QStringLiteral("prompt"), QStringLiteral("choices"),
            QStringLiteral("answer"), QStringLiteral("explain") });
    auto field = [&path](const char* key) { return childPath(path, QString::fromLatin1(key)); };
    Question q;
    q.path = path.toStdString();
    const bool hasAt = o.contains(QStringLiteral("at_ms"));
    if (hasAt == o.contains(QStringLiteral("after")))
        JsonReader::failText(path, QStringLiteral("a question needs exactly one trigger: \"at_ms\" or \"after\""));
    if (hasAt)
        q.atUs = msToUs(JsonReader::integer(o.value(QStringLiteral("at_ms")), field("at_ms"), 0, kMaxTimeMs));
    else
        q.after = readAfter(o.value(QStringLiteral("after")), field("after")).after;
    for (const char* key : { "prompt", "choices", "answer", "explain" })
        JsonReader::required(o, path, QString::fromLatin1(key));
    q.prompt = readLearningText(o.value(QStringLiteral("prompt")), field("prompt"));
    const QJsonArray choices = JsonReader::array(o.value(QStringLiteral("choices")), field("choices"), kMaxChoices);
    if (choices.size() < 2)
        JsonReader::failText(
            field("choices"), QStringLiteral("expected 2 to %1 choices, got %2").arg(kMaxChoices).arg(choices.size()));
    for (int i = 0; i < choices.size(); ++i)
        q.choices.push_back(readLearningText(choices.at(i), indexPath(field("choices"), i)));
    q.answer = int(JsonReader::integer(o.value(QStringLiteral("answer")), field("answer"), 0, choices.size() - 1));
    q.explain = readLearningText(o.value(QStringLiteral("explain")), field("explain"));
    return q;
}

// "profile", "faults", "steps", "run_until_ms", "params", "params.KEY" for a key of paramTable(),
// or a group of them ("params.keepalive", "params.port_range").
void checkChangeable(const QJsonValue& v, const QString& path, const std::string& what)
{
    static const QStringList kWhole = { QStringLiteral("profile"), QStringLiteral("faults"), QStringLiteral("steps"),
        QStringLiteral("run_until_ms"), QStringLiteral("params") };
    if (kWhole.contains(QString::fromStdString(what)))
        return;
    const std::string prefix = "params.";
    if (what.rfind(prefix, 0) == 0) {
        const std::string key = what.substr(prefix.size());
        if (key == "keepalive" || key == "port_range")
            return; // the groups: every key under them
        for (const ParamInfo& info : paramTable())
            if (info.key == key)
                return;
    }
    JsonReader::fail(path,
        QStringLiteral("one of %1, or \"params.KEY\" for a parameter key (tcplab-cli params lists them)")
            .arg(kWhole.join(QStringLiteral(", "))),
        v);
}

} // namespace

std::vector<Question> readQuestions(const QJsonValue& v, const QString& path)
{
    const QJsonArray items = JsonReader::array(v, path, kMaxQuestions);
    std::vector<Question> questions;
    for (int i = 0; i < items.size(); ++i)
        questions.push_back(readQuestion(items.at(i), indexPath(path, i)));
    return questions;
}

Mission readMission(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = JsonReader::object(v, path);
    JsonReader::onlyKeys(o, path,
        { QStringLiteral("goal"), QStringLiteral("may_change"), QStringLiteral("hints"), QStringLiteral("explain"),
            QStringLiteral("impossible") });
    auto field = [&path](const char* key) { return childPath(path, QString::fromLatin1(key)); };
    for (const char* key : { "goal", "may_change", "explain" })
        JsonReader::required(o, path, QString::fromLatin1(key));
    Mission m;
    m.goal = readLearningText(o.value(QStringLiteral("goal")), field("goal"));
    const QJsonArray changes = JsonReader::array(o.value(QStringLiteral("may_change")), field("may_change"), 50);
    if (changes.isEmpty())
        JsonReader::failText(field("may_change"), QStringLiteral("expected at least one thing the student may change"));
    for (int i = 0; i < changes.size(); ++i) {
        const QString itemPath = indexPath(field("may_change"), i);
        const std::string what = JsonReader::string(changes.at(i), itemPath, 100).toStdString();
        checkChangeable(changes.at(i), itemPath, what);
        m.mayChange.push_back(what);
    }
    if (o.contains(QStringLiteral("hints"))) {
        const QJsonArray hints = JsonReader::array(o.value(QStringLiteral("hints")), field("hints"), 20);
        for (int i = 0; i < hints.size(); ++i)
            m.hints.push_back(readLearningText(hints.at(i), indexPath(field("hints"), i)));
    }
    m.explain = readLearningText(o.value(QStringLiteral("explain")), field("explain"));
    if (o.contains(QStringLiteral("impossible")))
        m.impossible = JsonReader::boolean(o.value(QStringLiteral("impossible")), field("impossible"));
    return m;
}

void readLearningParts(const QJsonObject& o, Scenario& scenario)
{
    if (o.contains(QStringLiteral("questions")))
        scenario.questions = readQuestions(o.value(QStringLiteral("questions")), QStringLiteral("questions"));
    if (o.contains(QStringLiteral("mission"))) {
        scenario.mission = readMission(o.value(QStringLiteral("mission")), QStringLiteral("mission"));
        if (scenario.expect.empty())
            JsonReader::failText(QStringLiteral("expect"),
                QStringLiteral("a mission needs its goal as \"expect\" rules (at least one)"));
    }
}

} // namespace tcplab::parse
