// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RedactionTermRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/*
 * `coach redact --jsonl` through QProcess on the real binary: one JSON line
 * per input line, offsets in code points (not UTF-16 units, not bytes), a
 * bad line reported with its number while the others are still processed.
 */
class TestRedactCli final : public QObject
{
    Q_OBJECT

private slots:
    void jsonLines();
    void invalidUtf8LineIsReported();
    void plainTextAndNames();
    void libraryNamesAndList();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input);
};

TestRedactCli::Run TestRedactCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(COACH_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestRedactCli::jsonLines()
{
    const QByteArray input = u"Café 😀 call me on 07700 900123\n"
                             "no personal data here, order 4471 2290\n"
                             "\n"
                             "my name is Dana and my card is 4111 1111 1111 1111\r\n"_s.toUtf8();
    const Run r = run({ u"redact"_s, u"--jsonl"_s }, input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);

    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(u"redacted"_s).toString(), u"Café 😀 call me on [phone]"_s);
    const QJsonObject span = first.value(u"spans"_s).toArray().at(0).toObject();
    QCOMPARE(span.value(u"type"_s).toString(), u"phone"_s);
    // "Café 😀 call me on " is 18 code points (19 UTF-16 units, 21 bytes).
    QCOMPARE(span.value(u"start"_s).toInt(), 18);
    QCOMPARE(span.value(u"end"_s).toInt(), 30);
    QVERIFY(span.value(u"confidence"_s).toDouble() > 0.5);

    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(u"spans"_s).toArray().size(), 0);
    QCOMPARE(second.value(u"redacted"_s).toString(), u"no personal data here, order 4471 2290"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(u"redacted"_s).toString(), QString());

    const QJsonObject fourth = QJsonDocument::fromJson(lines[3]).object();
    QCOMPARE(fourth.value(u"redacted"_s).toString(), u"my name is [name] and my card is [card number]"_s);
    QStringList types;
    for (const QJsonValue &value : fourth.value(u"spans"_s).toArray())
        types.append(value.toObject().value(u"type"_s).toString());
    QCOMPARE(types, (QStringList{ u"name"_s, u"card"_s }));
}

void TestRedactCli::invalidUtf8LineIsReported()
{
    const QByteArray input = "call 07700 900123\n\xff\xfe broken \xc3\n jane@example.com\n";
    const Run r = run({ u"redact"_s, u"--jsonl"_s }, input);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("line 2"), r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"redacted"_s).toString(), u"call [phone]"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"line"_s).toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(u"redacted"_s).toString(), u" [email]"_s);
}

void TestRedactCli::plainTextAndNames()
{
    const Run r = run({ u"redact"_s, u"--name"_s, u"Zebulon Quirke"_s }, "ask zebulon or quirke\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("ask [name] or [name]\n"));
    const Run usage = run({ u"redact"_s, u"file.txt"_s }, {});
    QCOMPARE(usage.exitCode, 2);
}

void TestRedactCli::libraryNamesAndList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.coachdb"_s);
    {
        auto db = coach::Database::open(path);
        QVERIFY(db);
        coach::PeopleRepository people(**db);
        const auto team = people.ensureTeam(u"Billing"_s);
        QVERIFY(team);
        QVERIFY(people.ensureRep(u"Quentin Zabrowski"_s, *team));
        coach::RedactionTermRepository terms(**db);
        QVERIFY(terms.setTerms(coach::RedactionTermRepository::Kind::AlwaysRedact, { u"zebulon"_s }));
        QVERIFY(terms.setTerms(coach::RedactionTermRepository::Kind::NeverRedact, { u"Zillow"_s }));
    }
    const QByteArray input = "quentin will call zebulon. Ask Zillow about it\n";
    const Run without = run({ u"redact"_s }, input);
    QCOMPARE(without.exitCode, 0);
    QCOMPARE(without.out, QByteArray("quentin will call zebulon. Ask [name] about it\n"));
    const Run with = run({ u"redact"_s, u"--library"_s, path }, input);
    QCOMPARE(with.exitCode, 0);
    QCOMPARE(with.err, QByteArray());
    QCOMPARE(with.out, QByteArray("[name] will call [name]. Ask Zillow about it\n"));

    // A mistyped library is an error naming it, not an empty library created on the spot.
    const QString missing = dir.filePath(u"missing.coachdb"_s);
    const Run wrong = run({ u"redact"_s, u"--library"_s, missing }, input);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QDir::toNativeSeparators(missing).toUtf8()), wrong.err.constData());
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestRedactCli)
#include "TestRedactCli.moc"
