// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IsoWeek.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * IsoWeek against dates worked out by hand from ISO 8601: week 53, weeks that
 * straddle New Year, the same instant in two zones' different weeks, and weeks
 * whose length a DST change makes 167 or 169 hours.
 */
class TestIsoWeek final : public QObject
{
    Q_OBJECT

private slots:
    void ofDate_data();
    void ofDate();
    void weeksInYear_data();
    void weeksInYear();
    void mondayAndSunday_data();
    void mondayAndSunday();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void stepsAcrossYears();
    void sameInstantDifferentZones();
    void dstWeeksHaveTheirRealLength_data();
    void dstWeeksHaveTheirRealLength();
    void startIsMondayMidnightInTheZone();
    void zoneFor();
    void ordering();
};

void TestIsoWeek::ofDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("week");
    QTest::newRow("2021-01-03 is in 2020-W53") << QDate(2021, 1, 3) << u"2020-W53"_s;
    QTest::newRow("2021-01-04 starts 2021-W01") << QDate(2021, 1, 4) << u"2021-W01"_s;
    QTest::newRow("2020-12-28 starts 2020-W53") << QDate(2020, 12, 28) << u"2020-W53"_s;
    QTest::newRow("2024-12-30 is 2025-W01") << QDate(2024, 12, 30) << u"2025-W01"_s;
    QTest::newRow("2024-12-29 is 2024-W52") << QDate(2024, 12, 29) << u"2024-W52"_s;
    QTest::newRow("2019-12-30 is 2020-W01") << QDate(2019, 12, 30) << u"2020-W01"_s;
    QTest::newRow("2026-11-26 is 2026-W48") << QDate(2026, 11, 26) << u"2026-W48"_s;
    QTest::newRow("2027-01-03 is 2026-W53") << QDate(2027, 1, 3) << u"2026-W53"_s;
    QTest::newRow("2016-01-03 is 2015-W53") << QDate(2016, 1, 3) << u"2015-W53"_s;
}

void TestIsoWeek::ofDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, week);
    QCOMPARE(IsoWeek::ofDate(date).toString(), week);
    QVERIFY(IsoWeek::ofDate(date).isValid());
    QVERIFY(!IsoWeek::ofDate(QDate()).isValid());
}

void TestIsoWeek::weeksInYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("weeks");
    QTest::newRow("2020 (leap, starts Wednesday)") << 2020 << 53;
    QTest::newRow("2015 (starts Thursday)") << 2015 << 53;
    QTest::newRow("2026 (starts Thursday)") << 2026 << 53;
    QTest::newRow("2021") << 2021 << 52;
    QTest::newRow("2024") << 2024 << 52;
    QTest::newRow("2025") << 2025 << 52;
}

void TestIsoWeek::weeksInYear()
{
    QFETCH(int, year);
    QFETCH(int, weeks);
    QCOMPARE(IsoWeek::weeksInYear(year), weeks);
    QCOMPARE(IsoWeek(year, 53).isValid(), weeks == 53);
}

void TestIsoWeek::mondayAndSunday_data()
{
    QTest::addColumn<QString>("week");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("2020-W53") << u"2020-W53"_s << QDate(2020, 12, 28);
    QTest::newRow("2020-W01 starts in 2019") << u"2020-W01"_s << QDate(2019, 12, 30);
    QTest::newRow("2025-W01 starts in 2024") << u"2025-W01"_s << QDate(2024, 12, 30);
    QTest::newRow("2026-W48") << u"2026-W48"_s << QDate(2026, 11, 23);
    QTest::newRow("2026-W01 starts in 2025") << u"2026-W01"_s << QDate(2025, 12, 29);
}

void TestIsoWeek::mondayAndSunday()
{
    QFETCH(QString, week);
    QFETCH(QDate, monday);
    const auto parsed = IsoWeek::parse(week);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->monday(), monday);
    QCOMPARE(parsed->monday().dayOfWeek(), 1);
    QCOMPARE(parsed->sunday(), monday.addDays(6));
    // Round trip: every day of the week maps back to it.
    for (int day = 0; day < 7; ++day)
        QCOMPARE(IsoWeek::ofDate(monday.addDays(day)), *parsed);
    QCOMPARE(IsoWeek::ofDate(monday.addDays(-1)), parsed->previous());
    QCOMPARE(IsoWeek::ofDate(monday.addDays(7)), parsed->next());
}

void TestIsoWeek::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("week");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("canonical") << u"2026-W48"_s << 2026 << 48 << u"2026-W48"_s;
    QTest::newRow("compact") << u"2026W48"_s << 2026 << 48 << u"2026-W48"_s;
    QTest::newRow("lower-case w, spaces") << u" 2026-w48 "_s << 2026 << 48 << u"2026-W48"_s;
    QTest::newRow("one digit week, padded on output") << u"2026-W5"_s << 2026 << 5 << u"2026-W05"_s;
    QTest::newRow("week 53 of a long year") << u"2020-W53"_s << 2020 << 53 << u"2020-W53"_s;
}

void TestIsoWeek::parse()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, week);
    QFETCH(QString, formatted);
    const auto parsed = IsoWeek::parse(text);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->year(), year);
    QCOMPARE(parsed->week(), week);
    QCOMPARE(parsed->toString(), formatted);
}

void TestIsoWeek::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << u"ISO week"_s;
    QTest::newRow("week 0") << u"2026-W00"_s << u"2026"_s;
    QTest::newRow("week 54") << u"2026-W54"_s << u"54"_s;
    QTest::newRow("week 53 of a 52-week year") << u"2021-W53"_s << u"2021"_s;
    QTest::newRow("no W") << u"2026-48"_s << u"2026-48"_s;
    QTest::newRow("two-digit year") << u"26-W48"_s << u"26-W48"_s;
    QTest::newRow("a date") << u"2026-11-26"_s << u"2026-11-26"_s;
}

void TestIsoWeek::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = IsoWeek::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message().contains(mentions), qPrintable(parsed.error().message()));
}

void TestIsoWeek::stepsAcrossYears()
{
    QCOMPARE(IsoWeek(2020, 53).next(), IsoWeek(2021, 1));
    QCOMPARE(IsoWeek(2021, 1).previous(), IsoWeek(2020, 53));
    QCOMPARE(IsoWeek(2024, 52).next(), IsoWeek(2025, 1));
    QCOMPARE(IsoWeek(2025, 1).previous(), IsoWeek(2024, 52));
    QCOMPARE(IsoWeek(2026, 48).addWeeks(5), IsoWeek(2026, 53));
    QCOMPARE(IsoWeek(2026, 48).addWeeks(6), IsoWeek(2027, 1));
    QCOMPARE(IsoWeek(2026, 48).addWeeks(-48), IsoWeek(2025, 52));
    QVERIFY(!IsoWeek().next().isValid());
}

void TestIsoWeek::sameInstantDifferentZones()
{
    // Sunday 22 November 2026, noon UTC: Monday 01:00 in Auckland (UTC+13), Sunday 04:00 in Los Angeles (UTC−8).
    const QDateTime instant(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    const QTimeZone auckland("Pacific/Auckland");
    const QTimeZone losAngeles("America/Los_Angeles");
    QVERIFY(auckland.isValid());
    QVERIFY(losAngeles.isValid());
    QCOMPARE(IsoWeek::containing(instant, auckland), IsoWeek(2026, 48));
    QCOMPARE(IsoWeek::containing(instant, losAngeles), IsoWeek(2026, 47));
    QVERIFY(IsoWeek(2026, 48).contains(instant, auckland));
    QVERIFY(!IsoWeek(2026, 48).contains(instant, losAngeles));
    // Auckland's 2026-W48 began 11 hours before that instant.
    QCOMPARE(IsoWeek(2026, 48).start(auckland), QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC));
    QCOMPARE(IsoWeek(2026, 48).start(losAngeles), QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    // New Year in Auckland is still 2020-W53's Thursday in Los Angeles.
    const QDateTime newYear(QDate(2020, 12, 31), QTime(11, 30), Qt::UTC); // 2021-01-01 00:30 NZDT
    QCOMPARE(IsoWeek::containing(newYear, auckland), IsoWeek(2020, 53));
    QCOMPARE(IsoWeek::containing(newYear, losAngeles), IsoWeek(2020, 53));
    // Monday 2021-01-04 00:30 in Auckland is Sunday in Los Angeles: 2021-W01 vs 2020-W53.
    const QDateTime firstMonday(QDate(2021, 1, 3), QTime(11, 30), Qt::UTC);
    QCOMPARE(IsoWeek::containing(firstMonday, auckland), IsoWeek(2021, 1));
    QCOMPARE(IsoWeek::containing(firstMonday, losAngeles), IsoWeek(2020, 53));
}

void TestIsoWeek::dstWeeksHaveTheirRealLength_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("week");
    QTest::addColumn<qint64>("hours");
    QTest::newRow("Los Angeles, clocks back on 2026-11-01") << u"America/Los_Angeles"_s << u"2026-W44"_s << 169LL;
    QTest::newRow("Los Angeles, clocks forward on 2026-03-08") << u"America/Los_Angeles"_s << u"2026-W10"_s << 167LL;
    QTest::newRow("Auckland, clocks forward on 2026-09-27") << u"Pacific/Auckland"_s << u"2026-W39"_s << 167LL;
    QTest::newRow("Auckland, clocks back on 2026-04-05") << u"Pacific/Auckland"_s << u"2026-W14"_s << 169LL;
    QTest::newRow("Los Angeles, an ordinary week") << u"America/Los_Angeles"_s << u"2026-W48"_s << 168LL;
    QTest::newRow("UTC") << u"UTC"_s << u"2026-W44"_s << 168LL;
}

void TestIsoWeek::dstWeeksHaveTheirRealLength()
{
    QFETCH(QString, zone);
    QFETCH(QString, week);
    QFETCH(qint64, hours);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const IsoWeek w = IsoWeek::parse(week).value();
    const QDateTime start = w.start(tz);
    const QDateTime end = w.end(tz);
    QCOMPARE(start.secsTo(end), hours * 3600);
    QCOMPARE(start.toTimeZone(tz).time(), QTime(0, 0));
    QCOMPARE(end.toTimeZone(tz).time(), QTime(0, 0));
    // The boundaries belong to the right weeks: [start, end).
    QVERIFY(w.contains(start, tz));
    QVERIFY(w.contains(end.addSecs(-1), tz));
    QVERIFY(!w.contains(end, tz));
    QVERIFY(!w.contains(start.addSecs(-1), tz));
    QCOMPARE(w.end(tz), w.next().start(tz));
}

void TestIsoWeek::startIsMondayMidnightInTheZone()
{
    const QTimeZone auckland("Pacific/Auckland");
    // 2020-W53 starts Monday 2020-12-28 00:00 NZDT (UTC+13) and ends Monday 2021-01-04 00:00 NZDT.
    QCOMPARE(IsoWeek(2020, 53).start(auckland), QDateTime(QDate(2020, 12, 27), QTime(11, 0), Qt::UTC));
    QCOMPARE(IsoWeek(2020, 53).end(auckland), QDateTime(QDate(2021, 1, 3), QTime(11, 0), Qt::UTC));
    QVERIFY(!IsoWeek().start(auckland).isValid());
}

void TestIsoWeek::zoneFor()
{
    const auto machine = IsoWeek::zoneFor(QString());
    QVERIFY(machine);
    QCOMPARE(*machine, QTimeZone::systemTimeZone());
    const auto auckland = IsoWeek::zoneFor(u"Pacific/Auckland"_s);
    QVERIFY(auckland);
    QCOMPARE(auckland->id(), QByteArray("Pacific/Auckland"));
    const auto unknown = IsoWeek::zoneFor(u"Mars/Olympus_Mons"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), ErrorCode::InvalidInput);
    QVERIFY(unknown.error().message().contains(u"Mars/Olympus_Mons"_s));
}

void TestIsoWeek::ordering()
{
    QVERIFY(IsoWeek(2020, 53) < IsoWeek(2021, 1));
    QVERIFY(IsoWeek(2026, 9) < IsoWeek(2026, 10));
    QVERIFY(IsoWeek(2026, 48) == IsoWeek(2026, 48));
}

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "TestIsoWeek.moc"
