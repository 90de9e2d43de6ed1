#include "json_text_check.h"

#include "json_reader.h"

#include <QByteArrayView>
#include <QSet>

#include <cmath>

#include <vector>

namespace tcplab {

namespace {

// One open object or array: its path, the keys seen (objects) or the next index (arrays).
struct Container {
    bool isObject = false;
    QString path;
    QSet<QString> keys;
    int index = 0;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string starting at json[at] == '"' (already known to be valid JSON) into `out`
// and returns the index after its closing quote.
qsizetype readString(const QByteArray& json, qsizetype at, QString& out)
{
    QByteArray utf8;
    QString decoded;
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            out = decoded + QString::fromUtf8(utf8);
            return i + 1;
        }
        if (c != '\\') {
            utf8 += c;
            continue;
        }
        const char e = json[++i];
        if (e == 'u' && i + 4 < json.size()) {
            char16_t unit = 0;
            for (int k = 1; k <= 4; ++k)
                unit = static_cast<char16_t>(unit * 16 + hexValue(json[i + k]));
            decoded += QString::fromUtf8(utf8);
            utf8.clear();
            decoded += QChar(unit);
            i += 4;
            continue;
        }
        switch (e) {
        case 'n':
            utf8 += '\n';
            break;
        case 't':
            utf8 += '\t';
            break;
        case 'r':
            utf8 += '\r';
            break;
        case 'b':
            utf8 += '\b';
            break;
        case 'f':
            utf8 += '\f';
            break;
        default: // \" \\ \/
            utf8 += e;
        }
    }
    out = decoded + QString::fromUtf8(utf8);
    return json.size();
}

// The path of the value that starts now inside `top` (the next array element, or the member
// whose key was just read).
QString valuePath(const Container& top, const QString& key)
{
    return top.isObject ? childPath(top.path, key) : indexPath(top.path, top.index);
}

} // namespace

std::optional<JsonTextProblem> firstTextProblem(const QByteArray& json)
{
    std::vector<Container> open;
    QString pendingKey; // the key of the member whose value comes next
    bool expectKey = false; // inside an object, before a member's key
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            Container next;
            next.isObject = c == '{';
            next.path = open.empty() ? QString() : valuePath(open.back(), pendingKey);
            open.push_back(std::move(next));
            expectKey = c == '{';
            ++i;
        } else if (c == '}' || c == ']') {
            open.pop_back(); // the enclosing array counts its next element at the ','
            expectKey = false;
            ++i;
        } else if (c == ',') {
            if (!open.empty() && !open.back().isObject)
                ++open.back().index;
            expectKey = !open.empty() && open.back().isObject;
            ++i;
        } else if (c == '"') {
            QString text;
            i = readString(json, i, text);
            if (expectKey && !open.empty()) {
                Container& object = open.back();
                if (object.keys.contains(text))
                    return JsonTextProblem { childPath(object.path, text),
                        QStringLiteral("expected each key once in its object, got it a second time") };
                object.keys.insert(text);
                pendingKey = text;
                expectKey = false;
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            bool plainDigits = true;
            while (end < json.size() && QByteArrayView("+-.eE0123456789").contains(json[end])) {
                plainDigits = plainDigits && (json[end] == '-' || (json[end] >= '0' && json[end] <= '9'));
                ++end;
            }
            const QByteArray number = json.mid(i, end - i);
            const double magnitude = std::fabs(number.toDouble());
            if (!plainDigits && magnitude >= 0x1p53 && magnitude < 0x1p63 && !open.empty())
                return JsonTextProblem { valuePath(open.back(), pendingKey),
                    QStringLiteral("expected a number above 2^53 written with digits only (a fraction or an exponent "
                                   "there is rounded), got %1")
                        .arg(QString::fromLatin1(number)) };
            i = end;
        } else {
            ++i; // whitespace, ':', true, false, null
        }
    }
    return std::nullopt;
}

} // namespace tcplab
