#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace tcplab {

constexpr qint64 kMaxTimeMs = 30LL * 24 * 3600 * 1000; // 30 days of virtual time

// Raised with the JSON path and what was expected; the loader adds the file name.
struct JsonError {
    QString path;
    QString expected;
};

// Typed reads from a JSON value with a path for messages ("steps[3].do").
class JsonReader {
public:
    static QString describe(const QJsonValue& value);
    // A string as messages show it: in quotes, control characters escaped, at most 60 characters.
    static QString quoted(const QString& text);
    [[noreturn]] static void fail(const QString& path, const QString& expected, const QJsonValue& got);
    [[noreturn]] static void failText(const QString& path, const QString& message);

    static QJsonObject object(const QJsonValue& v, const QString& path);
    static QJsonArray array(const QJsonValue& v, const QString& path, int maxItems);
    static QString string(const QJsonValue& v, const QString& path, int maxLength = 100000);
    static bool boolean(const QJsonValue& v, const QString& path);
    static qint64 integer(const QJsonValue& v, const QString& path, qint64 min, qint64 max);
    static double real(const QJsonValue& v, const QString& path, double min, double max);
    static QString oneOf(const QJsonValue& v, const QString& path, const QStringList& choices);
    // Fails on any key not in `allowed`.
    static void onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed);
    static void required(const QJsonObject& o, const QString& path, const QString& key);

    // "line L, column C: not valid JSON (Qt's words); expected …" for a failed parse.
    static QString syntaxError(const QByteArray& bytes, const QJsonParseError& error);
    // What a valid JSON text that is not an object is ("a number 42"), or empty when the text
    // is not valid JSON at all.
    static QString topLevelKind(const QByteArray& bytes);
};

// A key that is not a plain name (an unknown key in a file can be anything, newlines included)
// is shown quoted, so the path stays one readable line.
inline QString childPath(const QString& parent, const QString& key)
{
    bool plain = !key.isEmpty() && key.size() <= 60;
    for (const QChar c : key)
        plain = plain && c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    const QString shown = plain ? key : JsonReader::quoted(key);
    return parent.isEmpty() ? shown : parent + QLatin1Char('.') + shown;
}
inline QString indexPath(const QString& parent, int index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace tcplab
