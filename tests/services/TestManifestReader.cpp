// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "services/ManifestReader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * ManifestReader: the columns a contact centre's export may use, values that
 * are wrong on one row only, and finding a recording's row by path or name.
 * Runs in Europe/Berlin so that dates without an offset are visibly local.
 */
class TestManifestReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsGoodManifest();
    void readsValues_data();
    void readsValues();
    void refusesWithoutFileColumn_data();
    void refusesWithoutFileColumn();
    void reportsUnknownColumns();
    void badValuesAreProblemsOnTheirRow_data();
    void badValuesAreProblemsOnTheirRow();
    void duplicateAndFilelessRows();
    void findsRowsByPathThenName();
    void readMissingFile();

private:
    QTemporaryDir m_dir;
    bool m_berlin = false;
};

namespace {

// The fields of a row as text, so a data table can name the one it expects.
QMap<QString, QString> describe(const ManifestRow &row)
{
    QMap<QString, QString> m;
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            m.insert(QString::fromLatin1(key), value);
    };
    put("file", row.file);
    put("rep", row.rep);
    put("team", row.team);
    put("queue", row.queue);
    put("customer", row.customerRef);
    if (row.startedAt.isValid())
        put("started", row.startedAt.toUTC().toString(Qt::ISODateWithMs));
    if (row.csat)
        put("csat", QString::number(*row.csat));
    if (row.feltHeard)
        put("felt", QString::number(*row.feltHeard));
    if (row.firstContactResolution)
        put("fcr", *row.firstContactResolution ? u"yes"_s : u"no"_s);
    if (row.repeatContact)
        put("repeat", *row.repeatContact ? u"yes"_s : u"no"_s);
    if (row.handleTimeS)
        put("handle", QString::number(*row.handleTimeS));
    if (row.agentChannel != AgentChannel::Unknown)
        put("channel", row.agentChannel == AgentChannel::Left ? u"left"_s : u"right"_s);
    return m;
}

const QString kPath = u"/exports/manifest.csv"_s;

} // namespace

void TestManifestReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("TZ", "Europe/Berlin");
    tzset();
    m_berlin = QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc() == 3600;
}

void TestManifestReader::readsGoodManifest()
{
    const QString csv = m_dir.filePath(u"manifest.csv"_s);
    QVERIFY(test::writeFile(csv,
            "file,rep,team,started_at,queue,customer_ref,csat,felt_heard,fcr,repeat_contact,handle_time,agent_channel\n"
            "a.wav,Dana Scully,Billing,2026-11-24T09:30:00+01:00,Refunds,C-100,4.5,3,yes,no,5:30,left\n"
            "sub/b.wav,Fox Mulder,Tech,2026-11-24T10:00:00Z,Outage,C-200,2,5,no,yes,95,right\n"));
    const auto manifest = ManifestReader::read(csv);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QCOMPARE(manifest->path, csv);
    QVERIFY2(manifest->problems.isEmpty(), qPrintable(manifest->problems.join(u'\n')));
    QVERIFY(manifest->unknownColumns.isEmpty());
    QCOMPARE(manifest->rows.size(), 2);

    const ManifestRow &a = manifest->rows.at(0);
    QCOMPARE(a.line, 2);
    QCOMPARE(a.file, u"a.wav"_s);
    QCOMPARE(a.rep, u"Dana Scully"_s);
    QCOMPARE(a.team, u"Billing"_s);
    QCOMPARE(a.startedAt, QDateTime(QDate(2026, 11, 24), QTime(8, 30), Qt::UTC));
    QCOMPARE(a.queue, u"Refunds"_s);
    QCOMPARE(a.customerRef, u"C-100"_s);
    QCOMPARE(a.csat, 4.5);
    QCOMPARE(a.feltHeard, 3.0);
    QCOMPARE(a.firstContactResolution, true);
    QCOMPARE(a.repeatContact, false);
    QCOMPARE(a.handleTimeS, 330);
    QCOMPARE(a.agentChannel, AgentChannel::Left);

    const ManifestRow &b = manifest->rows.at(1);
    QCOMPARE(b.line, 3);
    QCOMPARE(b.startedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    QCOMPARE(b.agentChannel, AgentChannel::Right);
    QCOMPARE(b.handleTimeS, 95);
    QCOMPARE(b.firstContactResolution, false);
    QCOMPARE(b.repeatContact, true);
}

void TestManifestReader::readsValues_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    // Aliases and header spellings.
    QTest::newRow("Agent is the rep") << u"Agent"_s << u"Dana"_s << u"rep"_s << u"Dana"_s;
    QTest::newRow("Agent Name") << u"Agent Name"_s << u"Dana"_s << u"rep"_s << u"Dana"_s;
    QTest::newRow("Group is the team") << u"Group"_s << u"Billing"_s << u"team"_s << u"Billing"_s;
    QTest::newRow("Date is the start") << u"Date"_s << u"2026-11-24T09:30:00Z"_s << u"started"_s
                                       << u"2026-11-24T09:30:00.000Z"_s;
    QTest::newRow("Started At, spaced") << u"Started At"_s << u"2026-11-24T09:30:00Z"_s << u"started"_s
                                        << u"2026-11-24T09:30:00.000Z"_s;
    QTest::newRow("STARTED-AT, shouted") << u"STARTED-AT"_s << u"2026-11-24T09:30:00Z"_s << u"started"_s
                                         << u"2026-11-24T09:30:00.000Z"_s;
    QTest::newRow("AHT is the handle time") << u"AHT"_s << u"420"_s << u"handle"_s << u"420"_s;
    QTest::newRow("Customer ID") << u"Customer ID"_s << u"C-9"_s << u"customer"_s << u"C-9"_s;
    QTest::newRow("Skill is the queue") << u"Skill"_s << u"Cards"_s << u"queue"_s << u"Cards"_s;
    QTest::newRow("Satisfaction is CSAT") << u"Satisfaction"_s << u"5"_s << u"csat"_s << u"5"_s;
    QTest::newRow("First Contact Resolution") << u"First Contact Resolution"_s << u"Y"_s << u"fcr"_s << u"yes"_s;
    QTest::newRow("Repeat") << u"Repeat"_s << u"true"_s << u"repeat"_s << u"yes"_s;
    QTest::newRow("Felt heard") << u"felt_heard"_s << u"4"_s << u"felt"_s << u"4"_s;
    QTest::newRow("Agent Side") << u"Agent Side"_s << u"R"_s << u"channel"_s << u"right"_s;

    // Values.
    QTest::newRow("offset date") << u"started_at"_s << u"2026-11-24T09:30:00-05:00"_s << u"started"_s
                                 << u"2026-11-24T14:30:00.000Z"_s;
    QTest::newRow("milliseconds kept") << u"started_at"_s << u"2026-11-24T09:30:00.250Z"_s << u"started"_s
                                       << u"2026-11-24T09:30:00.250Z"_s;
    QTest::newRow("local date and time (Berlin, +1)") << u"started_at"_s << u"2026-11-24 09:30:00"_s
                                                      << u"started"_s << u"2026-11-24T08:30:00.000Z"_s;
    QTest::newRow("local, no seconds") << u"started_at"_s << u"2026-11-24 09:30"_s << u"started"_s
                                       << u"2026-11-24T08:30:00.000Z"_s;
    QTest::newRow("local date only: midnight") << u"started_at"_s << u"2026-07-01"_s << u"started"_s
                                               << u"2026-06-30T22:00:00.000Z"_s;
    QTest::newRow("decimal comma") << u"csat"_s << u"\"4,5\""_s << u"csat"_s << u"4.5"_s;
    QTest::newRow("padded number") << u"csat"_s << u"  3  "_s << u"csat"_s << u"3"_s;
    QTest::newRow("m:ss") << u"handle_time"_s << u"5:30"_s << u"handle"_s << u"330"_s;
    QTest::newRow("h:mm:ss") << u"handle_time"_s << u"1:02:03"_s << u"handle"_s << u"3723"_s;
    QTest::newRow("fractional seconds round") << u"handle_time"_s << u"95.6"_s << u"handle"_s << u"96"_s;
    QTest::newRow("zero seconds") << u"handle_time"_s << u"0"_s << u"handle"_s << u"0"_s;
    QTest::newRow("yes/no: YES") << u"fcr"_s << u"YES"_s << u"fcr"_s << u"yes"_s;
    QTest::newRow("yes/no: 0") << u"fcr"_s << u"0"_s << u"fcr"_s << u"no"_s;
    QTest::newRow("yes/no: n") << u"repeat_contact"_s << u"n"_s << u"repeat"_s << u"no"_s;
    QTest::newRow("channel 0 is left") << u"agent_channel"_s << u"0"_s << u"channel"_s << u"left"_s;
    QTest::newRow("empty value: absent") << u"csat"_s << u""_s << u"csat"_s << QString();
}

void TestManifestReader::readsValues()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    if (key == u"started"_s && !m_berlin)
        QSKIP("the Europe/Berlin time zone is not available");
    const QByteArray csv = (u"file,"_s + header + u"\ncall.wav,"_s + value + u"\n"_s).toUtf8();
    const auto manifest = ManifestReader::parse(csv, kPath);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QVERIFY2(manifest->problems.isEmpty(), qPrintable(manifest->problems.join(u'\n')));
    QVERIFY2(manifest->unknownColumns.isEmpty(), qPrintable(manifest->unknownColumns.join(u", "_s)));
    QCOMPARE(manifest->rows.size(), 1);
    const auto fields = describe(manifest->rows.constFirst());
    QCOMPARE(fields.value(key), expected);
    // Nothing else was set from the value.
    QCOMPARE(fields.size(), expected.isEmpty() ? 1 : 2);
}

void TestManifestReader::refusesWithoutFileColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no file column") << QByteArray("rep,team\nDana,Billing\n") << ErrorCode::InvalidInput;
    QTest::newRow("header only, no file column") << QByteArray("rep\n") << ErrorCode::InvalidInput;
    QTest::newRow("empty") << QByteArray() << ErrorCode::Empty;
    QTest::newRow("blank lines only") << QByteArray("\n\n\r\n") << ErrorCode::Empty;
    QTest::newRow("unterminated quote") << QByteArray("file,rep\n\"a.wav,Dana\n") << ErrorCode::Corrupt;
}

Q_DECLARE_METATYPE(coach::ErrorCode)

void TestManifestReader::refusesWithoutFileColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(ErrorCode, code);
    const auto manifest = ManifestReader::parse(csv, kPath);
    QVERIFY(!manifest);
    QCOMPARE(manifest.error().code(), code);
    QVERIFY2(manifest.error().message().contains(kPath), qPrintable(manifest.error().message()));
}

void TestManifestReader::reportsUnknownColumns()
{
    const auto manifest = ManifestReader::parse("Recording,Sentiment,rep,Notes,\na.wav,pos,Dana,hi,\n", kPath);
    QVERIFY(manifest);
    // An empty header cell (trailing comma) is not worth a warning.
    QCOMPARE(manifest->unknownColumns, (QStringList{ u"Sentiment"_s, u"Notes"_s }));
    QCOMPARE(manifest->rows.size(), 1);
    QCOMPARE(manifest->rows.constFirst().file, u"a.wav"_s);
    QCOMPARE(manifest->rows.constFirst().rep, u"Dana"_s);
}

void TestManifestReader::badValuesAreProblemsOnTheirRow_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::newRow("date") << u"started_at"_s << u"yesterday"_s;
    QTest::newRow("impossible date") << u"started_at"_s << u"2026-02-30 10:00"_s;
    QTest::newRow("number") << u"csat"_s << u"great"_s;
    QTest::newRow("number with thousands separator") << u"csat"_s << u"1,234.5"_s;
    QTest::newRow("CSAT not a number (nan)") << u"csat"_s << u"nan"_s;
    QTest::newRow("felt heard infinite") << u"felt_heard"_s << u"inf"_s;
    QTest::newRow("yes/no") << u"fcr"_s << u"maybe"_s;
    QTest::newRow("handle time words") << u"handle_time"_s << u"ten"_s;
    QTest::newRow("handle time negative") << u"handle_time"_s << u"-5"_s;
    QTest::newRow("handle time infinite") << u"handle_time"_s << u"inf"_s;
    QTest::newRow("handle time too large") << u"handle_time"_s << u"1e300"_s;
    QTest::newRow("channel") << u"agent_channel"_s << u"middle"_s;
}

void TestManifestReader::badValuesAreProblemsOnTheirRow()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    // The bad row starts on line 4, after a note spanning two lines.
    const QByteArray csv = (u"file,rep,note,"_s + header + u"\n"_s
                            + u"a.wav,Dana,\"two\nlines\",\n"_s
                            + u"b.wav,Fox,,\""_s + value + u"\"\n"_s
                            + u"c.wav,Cleo,,\n"_s).toUtf8();
    const auto manifest = ManifestReader::parse(csv, kPath);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QCOMPARE(manifest->problems.size(), 1);
    const QString problem = manifest->problems.constFirst();
    QVERIFY2(problem.contains(u"line 4"_s), qPrintable(problem));
    QVERIFY2(problem.contains(value), qPrintable(problem));
    QVERIFY2(problem.contains(header), qPrintable(problem));
    QVERIFY2(problem.contains(kPath), qPrintable(problem));

    // The row is kept with what was good in it, and the bad value is absent.
    QCOMPARE(manifest->rows.size(), 3);
    const ManifestRow &b = manifest->rows.at(1);
    QCOMPARE(b.line, 4);
    QCOMPARE(b.file, u"b.wav"_s);
    QCOMPARE(b.rep, u"Fox"_s);
    QCOMPARE(describe(b).size(), 2);
    QCOMPARE(manifest->rows.at(2).line, 5);
}

void TestManifestReader::duplicateAndFilelessRows()
{
    const auto manifest = ManifestReader::parse("file,rep\n"
                                                "a.wav,Dana\n"
                                                ",Nobody\n"
                                                "./a.wav,Fox\n"
                                                "b.wav,Cleo\n",
                                                kPath);
    QVERIFY(manifest);
    QCOMPARE(manifest->rows.size(), 2);
    QCOMPARE(manifest->problems.size(), 2);
    QVERIFY2(manifest->problems.at(0).contains(u"line 3"_s), qPrintable(manifest->problems.at(0)));
    QVERIFY2(manifest->problems.at(1).contains(u"line 4"_s), qPrintable(manifest->problems.at(1)));
    QVERIFY2(manifest->problems.at(1).contains(u"twice"_s), qPrintable(manifest->problems.at(1)));
    // The first row wins.
    QCOMPARE(manifest->rowFor(u"/exports/a.wav"_s)->rep, u"Dana"_s);
}

void TestManifestReader::findsRowsByPathThenName()
{
    // meta/manifest.csv names recordings relative to its own folder, two with the same name.
    QVERIFY(QDir(m_dir.path()).mkpath(u"meta"_s));
    const QString csv = m_dir.filePath(u"meta/manifest.csv"_s);
    QVERIFY(test::writeFile(csv, "file,rep\n"
                                 "../north/call.wav,North\n"
                                 "../south/call.wav,South\n"
                                 "unique.wav,Unique\n"
                                 + QDir::toNativeSeparators(m_dir.filePath(u"abs/absolute.wav"_s)).toUtf8()
                                 + ",Absolute\n"));
    const auto manifest = ManifestReader::read(csv);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QCOMPARE(manifest->rows.size(), 4);

    const auto repFor = [&](const QString &recording) {
        const ManifestRow *row = manifest->rowFor(recording);
        return row ? row->rep : u"(none)"_s;
    };
    QCOMPARE(repFor(m_dir.filePath(u"north/call.wav"_s)), u"North"_s);
    QCOMPARE(repFor(m_dir.filePath(u"south/call.wav"_s)), u"South"_s);
    QCOMPARE(repFor(m_dir.filePath(u"south/../north/call.wav"_s)), u"North"_s);
    QCOMPARE(repFor(m_dir.filePath(u"meta/unique.wav"_s)), u"Unique"_s);
    QCOMPARE(repFor(m_dir.filePath(u"abs/absolute.wav"_s)), u"Absolute"_s);
    // Elsewhere, the file name still finds its row.
    QCOMPARE(repFor(u"/somewhere/else/unique.wav"_s), u"Unique"_s);
    QCOMPARE(repFor(u"/somewhere/else/absolute.wav"_s), u"Absolute"_s);
    QCOMPARE(repFor(u"/somewhere/else/other.wav"_s), u"(none)"_s);
    // Names compare exactly: another case is another file on Linux.
    QCOMPARE(repFor(u"/somewhere/else/UNIQUE.WAV"_s), u"(none)"_s);
}

void TestManifestReader::readMissingFile()
{
    const auto manifest = ManifestReader::read(m_dir.filePath(u"nope.csv"_s));
    QVERIFY(!manifest);
    QCOMPARE(manifest.error().code(), ErrorCode::NotFound);
    QVERIFY(manifest.error().message().contains(u"nope.csv"_s));
}

QTEST_GUILESS_MAIN(TestManifestReader)
#include "TestManifestReader.moc"
