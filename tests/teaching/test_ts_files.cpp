// Checks Qt Linguist .ts files: every message finished, none vanished or obsolete, every
// translation non-empty and with the same placeholders (%1, %n, …) as its source.
// check_translations.cmake runs it twice per language: on the committed file, and on a copy that
// lupdate has just refreshed from the sources, where a string missing from the committed file
// shows up as unfinished and a string no longer in the sources as vanished.
// The files come from TCPLAB_TS_FILES ("label=path|label=path"), so QtTest's own arguments stay
// free for selecting functions.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one translation, or the numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString& error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            messages << current;
        }
    }
    if (xml.hasError())
        error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// The placeholders of a text, sorted: word order may change in a translation, the set may not.
// %L1 and %1 count as the same placeholder (the L only asks for locale digits).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.sort();
    return found;
}

} // namespace

class TestTsFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QString files = qEnvironmentVariable("TCPLAB_TS_FILES");
        QVERIFY2(!files.isEmpty(), "TCPLAB_TS_FILES is not set: run through check_translations.cmake");
        for (const QString& entry : files.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const auto parts = entry.split(QLatin1Char('='));
            QTest::newRow(qPrintable(parts.first())) << parts.last();
        }
    }
    void complete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(!messages.isEmpty(), qPrintable(path + QStringLiteral(": no messages")));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source.left(60) + QLatin1Char('"');
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished (or missing from the committed file): ") + where;
                continue;
            }
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << m.type + QStringLiteral(" (no longer in the sources): ") + where;
            const QStringList expected = placeholders(m.source);
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation: ") + where;
                else if (placeholders(form) != expected)
                    problems << QStringLiteral("placeholders %1 instead of %2: %3")
                                    .arg(placeholders(form).join(QLatin1Char(',')), expected.join(QLatin1Char(',')),
                                        where);
            }
            if (m.forms.isEmpty())
                problems << QStringLiteral("no translation: ") + where;
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1: %2 problem(s)\n").arg(path).arg(problems.size())
                + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTsFiles)
#include "test_ts_files.moc"
