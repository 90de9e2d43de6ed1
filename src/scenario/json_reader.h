#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace tcplab {

constexpr qint64 kMaxTimeMs = 30LL * 24 * 3600 * 1000;   // 30 days of virtual time

// Raised with the JSON path and what was expected; the loader adds the file name.
struct JsonError {
    QString path;
    QString expected;
};

// Typed reads from a JSON value with a path for messages ("steps[3].do").
class JsonReader {
public:
    static QString describe(const QJsonValue& value);
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
};

inline QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}
inline QString indexPath(const QString& parent, int index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace tcplab
