// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcsImporter.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

namespace {

QString corpus()
{
    return QStringLiteral(COACH_SHARED_CORPUS) + u"/ics"_s;
}

IcsImporter::Options window(int fromYear, int toYear)
{
    IcsImporter::Options o;
    o.from = QDateTime(QDate(fromYear, 1, 1), QTime(0, 0), Qt::UTC);
    o.to = QDateTime(QDate(toYear, 1, 1), QTime(0, 0), Qt::UTC);
    o.floatingZone = u"UTC"_s;
    return o;
}

QStringList utcStarts(const IcsEvent &e, qsizetype max = 1000)
{
    QStringList out;
    for (const Occurrence &o : e.occurrences) {
        if (out.size() >= max)
            break;
        if (o.status != SessionStatus::Cancelled)
            out.append(o.start.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
    }
    return out;
}

Result<QList<IcsEvent>> readText(const QByteArray &text, const IcsImporter::Options &options = window(2020, 2030))
{
    return IcsImporter::read(text, u"test.ics"_s, options);
}

const QByteArray header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n";
const QByteArray footer = "END:VCALENDAR\r\n";

} // namespace

// Reading calendars of real clients: the shared corpus, its expectations, and bad input.
class TestIcsImporter : public QObject
{
    Q_OBJECT

private slots:
    void everyCorpusFileReturns_data();
    void everyCorpusFileReturns();
    void icalJsSamples();
    void libicalRecurTxt();
    void undefinedZoneIsNamed();
    void badInput_data();
    void badInput();
    void overridesFoldIntoTheSeries();
};

void TestIcsImporter::everyCorpusFileReturns_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(corpus(), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(u".json"_s) && !path.endsWith(u".md"_s))
            files.append(path);
    }
    files.sort();
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.mid(corpus().size() + 1))) << f;
}

void TestIcsImporter::everyCorpusFileReturns()
{
    if (!QFileInfo::exists(corpus()))
        QSKIP("the shared corpus is absent");
    QFETCH(QString, path);
    // Accepted or refused with a message naming the file; never a crash or a hang.
    const auto events = IcsImporter::readFile(path, window(2000, 2030));
    if (!events) {
        QVERIFY(!events.error().message().isEmpty());
        QVERIFY(events.error().message().contains(QFileInfo(path).fileName()));
        qInfo("refused: %s", qPrintable(events.error().message()));
    }
}

void TestIcsImporter::icalJsSamples()
{
    const QString dir = corpus() + u"/ical.js/samples/"_s;
    if (!QFileInfo::exists(dir))
        QSKIP("the shared corpus is absent");
    {
        auto e = IcsImporter::readFile(dir + u"recur_instances_finite.ics"_s, window(2012, 2016));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message()));
        QCOMPARE(e->size(), 1);
        QCOMPARE(utcStarts(e->first()), (QStringList{ u"2012-10-02T17:00:00Z"_s, u"2012-11-05T18:00:00Z"_s,
                                                      u"2012-11-06T18:00:00Z"_s, u"2012-11-10T18:00:00Z"_s,
                                                      u"2012-12-04T18:00:00Z"_s }));
    }
    {
        auto e = IcsImporter::readFile(dir + u"recur_instances.ics"_s, window(2012, 2030));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message()));
        const IcsEvent &ev = *std::find_if(e->cbegin(), e->cend(), [](const IcsEvent &x) { return !x.rrule.isEmpty(); });
        // ical.js's expectations list the rule's instances before exceptions move them.
        QStringList occurrences;
        for (const Occurrence &o : ev.occurrences)
            occurrences.append(o.occurrence.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s));
        occurrences.sort();
        QCOMPARE(occurrences.mid(0, 6), (QStringList{ u"2012-10-02T17:00:00Z"_s, u"2012-11-05T18:00:00Z"_s,
                                                      u"2012-11-06T18:00:00Z"_s, u"2012-11-10T18:00:00Z"_s,
                                                      u"2012-11-30T18:00:00Z"_s, u"2013-01-01T18:00:00Z"_s }));
        QVERIFY(ev.exdates.contains(QDateTime(QDate(2012, 12, 4), QTime(18, 0), Qt::UTC)));
    }
    {
        auto e = IcsImporter::readFile(dir + u"google_birthday.ics"_s, window(2012, 2015));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message()));
        QStringList days;
        for (const IcsEvent &ev : *e) {
            QVERIFY(ev.allDay);
            for (const Occurrence &o : ev.occurrences)
                days.append(o.start.date().toString(Qt::ISODate));
        }
        days.sort();
        days.removeDuplicates();
        QCOMPARE(days, (QStringList{ u"2012-12-10"_s, u"2013-12-10"_s, u"2014-12-10"_s }));
    }
    {
        auto e = IcsImporter::readFile(dir + u"daily_recur.ics"_s, window(2000, 2030));
        QVERIFY(e);
        QVERIFY(e->first().occurrences.size() >= 10);
    }
    {
        auto e = IcsImporter::readFile(dir + u"forced_types.ics"_s, window(2000, 2030));
        QVERIFY(e);
        QVERIFY(e->first().allDay);
    }
    {
        auto e = IcsImporter::readFile(dir + u"duration_instead_of_dtend.ics"_s, window(2000, 2030));
        QVERIFY(e);
        QCOMPARE(e->first().durationSecs, 86400);
    }
    {
        auto e = IcsImporter::readFile(dir + u"only_dtstart_date.ics"_s, window(2000, 2030));
        QVERIFY(e);
        QVERIFY(e->first().allDay);
        QCOMPARE(e->first().durationSecs, 86400);
    }
    {
        auto e = IcsImporter::readFile(dir + u"only_dtstart_time.ics"_s, window(2000, 2030));
        QVERIFY(e);
        QCOMPARE(e->first().durationSecs, 0);
    }
    {
        auto e = IcsImporter::readFile(dir + u"multiple_rrules.ics"_s, window(2000, 2030));
        QVERIFY(e);
        QCOMPARE(e->first().ruleCount, 2);
    }
}

void TestIcsImporter::libicalRecurTxt()
{
    QFile file(corpus() + u"/libical/test-data/recur.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the shared corpus is absent");
    const QByteArray body = file.readAll();
    // The file is bare VEVENTs; each carries its expected count.
    QList<int> expected;
    // Lines starting with ';' are the file's own commented-out blocks.
    QStringList lines = QString::fromUtf8(body).split(u'\n');
    lines.removeIf([](const QString &l) { return l.startsWith(u';'); });
    const QString text = lines.join(u'\n');
    const QStringList blocks = text.split(u"BEGIN:VEVENT"_s, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const auto m = QRegularExpression(u"X-EXPECT-NUMEVENTS:\\s*(\\d+)"_s).match(block);
        if (block.contains(u"END:VEVENT"_s))
            expected.append(m.hasMatch() ? m.captured(1).toInt() : -1);
    }
    // Without UIDs, two identical blocks would be one event; number them as the file orders them.
    QByteArray numbered;
    int n = 0;
    for (const QByteArray &part : body.split('\n')) {
        numbered += part + '\n';
        if (part.trimmed() == "BEGIN:VEVENT")
            numbered += "UID:recur-" + QByteArray::number(++n) + "\n";
    }
    auto events = IcsImporter::read(header + numbered + footer, u"recur.txt"_s, window(1990, 2040));
    QVERIFY2(events, events ? "" : qPrintable(events.error().message()));
    QCOMPARE(events->size(), expected.size());
    int checked = 0;
    QStringList differ;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected[i] < 0)
            continue;
        ++checked;
        if (events->at(i).occurrences.size() != expected[i])
            differ.append(u"#%1 %2: %3 ≠ %4"_s.arg(i).arg(events->at(i).rrule).arg(events->at(i).occurrences.size())
                                  .arg(expected[i]));
    }
    QVERIFY(checked > 40);
    QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u"; "_s)));
}

void TestIcsImporter::undefinedZoneIsNamed()
{
    const QString path = corpus() + u"/libical/test-data/recur-errors.ics"_s;
    if (!QFileInfo::exists(path))
        QSKIP("the shared corpus is absent");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Bare VEVENTs in the corpus; a calendar around them.
    const auto events = IcsImporter::read(header + file.readAll() + footer, u"recur-errors.ics"_s, window(1990, 2030));
    QVERIFY(!events);
    QVERIFY2(events.error().message().contains(u"US-Eastern"_s), qPrintable(events.error().message()));
    QVERIFY(events.error().message().contains(u"recur-errors.ics"_s));
}

void TestIcsImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messagePart");
    const QByteArray event = "BEGIN:VEVENT\r\nUID:x@test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Check-in\r\n";
    QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
    QTest::newRow("not ics") << QByteArray("hello, world\n") << u"not an iCalendar file"_s;
    QTest::newRow("truncated") << QByteArray(header + event + "DTSTART:20260301T090000Z\r\n") << u"cut short"_s;
    QTest::newRow("bad DTEND") << QByteArray(header + event + "DTSTART:20260301T090000Z\r\nDTEND:2026xx\r\n"
                                             "END:VEVENT\r\n" + footer)
                               << u"DTEND"_s;
    QTest::newRow("no DTSTART") << QByteArray(header + event + "END:VEVENT\r\n" + footer) << u"no start"_s;
    QTest::newRow("unknown zone") << QByteArray(header + event + "DTSTART;TZID=Atlantis/Capital:20260301T090000\r\n"
                                                "END:VEVENT\r\n" + footer)
                                  << u"Atlantis/Capital"_s;
    QTest::newRow("rule gives nothing") << QByteArray(header + event + "DTSTART:20260301T090000Z\r\n"
                                                      "RRULE:FREQ=DAILY;UNTIL=20200101T000000Z\r\nEND:VEVENT\r\n" + footer)
                                        << u"gives no date"_s;
    QTest::newRow("too many meetings") << QByteArray(header + event + "DTSTART:20200101T000000Z\r\n"
                                                     "RRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n" + footer)
                                       << u"more than"_s;
}

void TestIcsImporter::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messagePart);
    const auto events = readText(data);
    QVERIFY(!events);
    QVERIFY2(events.error().message().contains(messagePart), qPrintable(events.error().message()));
    QVERIFY(events.error().message().startsWith(u"test.ics"_s));
}

void TestIcsImporter::overridesFoldIntoTheSeries()
{
    const QByteArray data = header
            + "BEGIN:VEVENT\r\nUID:s@test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Standup\r\n"
              "DTSTART;TZID=Europe/Berlin:20260302T090000\r\nDURATION:PT15M\r\n"
              "RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE;TZID=Europe/Berlin:20260304T090000\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:s@test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Standup (late)\r\n"
              "RECURRENCE-ID;TZID=Europe/Berlin:20260303T090000\r\n"
              "DTSTART;TZID=Europe/Berlin:20260303T110000\r\nDURATION:PT30M\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:s@test\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Standup\r\nSTATUS:CANCELLED\r\n"
              "RECURRENCE-ID;TZID=Europe/Berlin:20260305T090000\r\n"
              "DTSTART;TZID=Europe/Berlin:20260305T090000\r\nDURATION:PT15M\r\nEND:VEVENT\r\n"
            + footer;
    const auto events = readText(data);
    QVERIFY2(events, events ? "" : qPrintable(events.error().message()));
    QCOMPARE(events->size(), 1);
    const IcsEvent &e = events->first();
    QCOMPARE(e.timeZone, u"Europe/Berlin"_s);
    QCOMPARE(e.overrides.size(), 2);
    QCOMPARE(utcStarts(e), (QStringList{ u"2026-03-02T08:00:00Z"_s, u"2026-03-03T10:00:00Z"_s,
                                         u"2026-03-06T08:00:00Z"_s }));
    QCOMPARE(e.occurrences.at(1).title, u"Standup (late)"_s);
    QVERIFY(e.occurrences.at(1).moved);
    QCOMPARE(e.occurrences.at(1).end, e.occurrences.at(1).start.addSecs(1800));
}

QTEST_GUILESS_MAIN(TestIcsImporter)
#include "TestIcsImporter.moc"
