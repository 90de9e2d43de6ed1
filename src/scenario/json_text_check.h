#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace tcplab {

// What QJsonDocument accepts but reads other than written, found in the text it accepted:
//  - two equal keys in one object: it keeps the last and says nothing ("delay_ms" twice);
//  - a number with a fraction or an exponent between 2^53 and 2^63: Qt reads it as a double
//    and then as a whole number, rounded (9007199254740993.0 becomes ...992), while plain
//    digits are read exactly.
struct JsonTextProblem {
    QString path; // "steps[2].peer", as the loader's messages write paths (childPath, indexPath)
    QString message; // "expected ..., got ..."
};
std::optional<JsonTextProblem> firstTextProblem(const QByteArray& json);

} // namespace tcplab
