#pragma once
#include <QList>
#include <QString>

namespace tcplab {

// One built-in scenario seen as a lesson: its number from the file name ("05b" of
// "05b-lost-last-ack-without-time-wait.json") and its texts in the UI's language.
struct Lesson {
    QString name; // the file's base name: "05b-lost-last-ack-without-time-wait"
    QString spec; // "builtin:" + name
    QString number; // "05b"
    QString group; // the lesson "05" that the variants a, b, … belong to
    QString title;
    QString summary;
    QString watch;
};

// The built-in scenarios as the scenario library and the help list them. The lesson number is
// the file name's prefix: the digits make the lesson, a letter after them the variant.
class LessonCatalog {
public:
    // Every built-in scenario that loads, in lesson order (05b before 10, 9 before 10), with
    // title, summary and watch text in Chinese when QLocale() is Chinese, else in English.
    static QList<Lesson> builtin();
    // The built-in missions (mission:NAME), in file order, numbered "M1", "M2", …; `summary`
    // is the mission's goal, `watch` its summary.
    static QList<Lesson> missions();
    // Natural order of two file names: the leading numbers compare as numbers.
    static bool lessonLess(const QString& a, const QString& b);
    static QString numberOf(const QString& name);
    static QString groupOf(const QString& name);
};

} // namespace tcplab
