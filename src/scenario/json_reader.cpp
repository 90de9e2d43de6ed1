#include "json_reader.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace tcplab {

namespace {

// What the JSON parser wanted where it stopped, in the words of our other messages.
QString parseExpectation(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("expected , or } after an object member");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("expected : after a key");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("expected , or ] after an array element");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("expected , between values");
    case QJsonParseError::IllegalValue:
        return QStringLiteral(
            "expected a JSON value: an object, an array, a \"string\", a number, true, false or null");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("expected more after a number; the file ends there");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("expected a number such as 42 or 0.5");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("expected an escape such as \\n, \\\" or \\u00e9");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("expected UTF-8 text");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("expected a closing \" for the string");
    case QJsonParseError::MissingObject:
        return QStringLiteral("expected a JSON object");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("expected at most 1024 nested objects and arrays");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("expected a smaller document");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("expected nothing after the top-level object");
    case QJsonParseError::NoError:
        break;
    }
    return QStringLiteral("expected valid JSON");
}

QString lineAndColumn(const QByteArray& bytes, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

QString JsonReader::quoted(const QString& text)
{
    // Escaped and shortened so that an error stays one readable line whatever the file holds.
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size() && i < 60; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > 60)
        out += QStringLiteral("...");
    return out + QLatin1Char('"');
}

QString JsonReader::describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    // The shortest text that reads back as the same number: 1.5, 1e+300, not 1.5000000000000000.
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing (the key is missing)");
    }
    return QStringLiteral("something else");
}

void JsonReader::fail(const QString& path, const QString& expected, const QJsonValue& got)
{
    throw JsonError { path, QStringLiteral("expected %1, got %2").arg(expected, describe(got)) };
}

void JsonReader::failText(const QString& path, const QString& message)
{
    throw JsonError { path, message };
}

QJsonObject JsonReader::object(const QJsonValue& v, const QString& path)
{
    if (!v.isObject())
        fail(path, QStringLiteral("an object"), v);
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonValue& v, const QString& path, int maxItems)
{
    if (!v.isArray())
        fail(path, QStringLiteral("an array"), v);
    QJsonArray a = v.toArray();
    if (a.size() > maxItems)
        failText(path, QStringLiteral("expected at most %1 entries, got %2").arg(maxItems).arg(a.size()));
    return a;
}

QString JsonReader::string(const QJsonValue& v, const QString& path, int maxLength)
{
    if (!v.isString())
        fail(path, QStringLiteral("a string"), v);
    QString s = v.toString();
    if (s.size() > maxLength)
        failText(
            path, QStringLiteral("expected a string of at most %1 characters, got %2").arg(maxLength).arg(s.size()));
    return s;
}

bool JsonReader::boolean(const QJsonValue& v, const QString& path)
{
    if (!v.isBool())
        fail(path, QStringLiteral("true or false"), v);
    return v.toBool();
}

qint64 JsonReader::integer(const QJsonValue& v, const QString& path, qint64 min, qint64 max)
{
    const QString expected = QStringLiteral("an integer from %1 to %2").arg(min).arg(max);
    if (!v.isDouble())
        fail(path, expected, v);
    // A JSON integer that fits in 64 bits is kept exactly (QCborValue::isInteger); a double is
    // exact as an integer only up to 2^53, and converting one beyond the qint64 range would be
    // undefined behaviour (-fsanitize=float-cast-overflow).
    const QCborValue exact = QCborValue::fromJsonValue(v);
    if (exact.isInteger()) {
        const qint64 n = exact.toInteger();
        if (n < min || n > max)
            fail(path, expected, v);
        return n;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 0x1p53 || d < static_cast<double>(min)
        || d > static_cast<double>(max))
        fail(path, expected, v);
    return static_cast<qint64>(d);
}

double JsonReader::real(const QJsonValue& v, const QString& path, double min, double max)
{
    const QString expected = QStringLiteral("a number from %1 to %2").arg(min).arg(max);
    if (!v.isDouble())
        fail(path, expected, v);
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max)
        fail(path, expected, v);
    return d;
}

QString JsonReader::oneOf(const QJsonValue& v, const QString& path, const QStringList& choices)
{
    const QString expected = QStringLiteral("one of ") + choices.join(QStringLiteral(", "));
    if (!v.isString() || !choices.contains(v.toString()))
        fail(path, expected, v);
    return v.toString();
}

void JsonReader::onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            failText(childPath(path, it.key()),
                QStringLiteral("unknown key; expected one of ") + allowed.join(QStringLiteral(", ")));
    }
}

void JsonReader::required(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!o.contains(key))
        failText(childPath(path, key), QStringLiteral("missing; this key is required"));
}

// What a valid JSON text that is not an object is ("a number 42"), or empty when it is not
// valid JSON at all. Wrapped in an array because a bare scalar is not a document to Qt.
QString JsonReader::topLevelKind(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return {};
    const QJsonValue v = wrapped.array().at(0);
    switch (v.type()) {
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::String:
        return QStringLiteral("a string ") + describe(v);
    case QJsonValue::Double:
        return QStringLiteral("a number ") + describe(v);
    case QJsonValue::Bool:
        return QStringLiteral("a boolean ") + describe(v);
    default:
        return describe(v);
    }
}

QString JsonReader::syntaxError(const QByteArray& bytes, const QJsonParseError& error)
{
    // Qt puts an illegal value's offset just past its first character.
    const int offset
        = error.error == QJsonParseError::IllegalValue && error.offset > 0 ? error.offset - 1 : error.offset;
    return lineAndColumn(bytes, offset) + QStringLiteral(": not valid JSON (") + error.errorString()
        + QStringLiteral("); ") + parseExpectation(error.error);
}

} // namespace tcplab
