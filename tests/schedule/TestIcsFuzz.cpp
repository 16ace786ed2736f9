// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcsImporter.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

namespace {

// Lines that stress the parts of the importer that do the most: rules, zones, overrides.
const QList<QByteArray> hostileLines = {
    "RRULE:FREQ=SECONDLY", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "RRULE:FREQ=DAILY;COUNT=-1",
    "RRULE:FREQ=WEEKLY;UNTIL=19000101T000000Z", "RRULE:FREQ=MONTHLY;BYSETPOS=-400;BYDAY=MO",
    "RRULE:FREQ=YEARLY;BYWEEKNO=99;BYDAY=SU", "EXRULE:FREQ=HOURLY", "RDATE;VALUE=PERIOD:20260101T000000Z/PT1H",
    "DTSTART;TZID=Nowhere/Land:20260101T090000", "DTSTART;VALUE=DATE:20261332", "DTSTART:99991231T235959Z",
    "DTEND:00000101T000000", "DURATION:-P1000000W", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260105T090000Z",
    "RECURRENCE-ID:20260105T090000Z", "EXDATE;VALUE=DATE:2026", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE",
    "TZOFFSETFROM:+9999", "END:VCALENDAR", "BEGIN:VCALENDAR", "UID:", "SEQUENCE:-5", "STATUS:CANCELLED",
    "ATTENDEE;CN=\"unterminated:mailto:x", "X-COACHBENCH-KIND:huddle", " folded continuation line",
};

QByteArray mutate(QByteArray data, QRandomGenerator &random, const QList<QByteArray> &others)
{
    const int steps = 1 + int(random.bounded(4));
    for (int s = 0; s < steps; ++s) {
        QList<QByteArray> lines = data.split('\n');
        switch (random.bounded(7)) {
        case 0: // flip bytes
            for (int i = 0; i < 4 && !data.isEmpty(); ++i)
                data[qsizetype(random.bounded(int(data.size())))] = char(random.bounded(256));
            continue;
        case 1: // truncate
            data.truncate(qsizetype(random.bounded(int(data.size()) + 1)));
            continue;
        case 2: // duplicate a line
            if (!lines.isEmpty()) {
                const qsizetype at = qsizetype(random.bounded(int(lines.size())));
                lines.insert(at, lines.at(at));
            }
            break;
        case 3: // delete a line
            if (!lines.isEmpty())
                lines.removeAt(qsizetype(random.bounded(int(lines.size()))));
            break;
        case 4: // insert a hostile line
            lines.insert(qsizetype(random.bounded(int(lines.size()) + 1)),
                         hostileLines.at(qsizetype(random.bounded(int(hostileLines.size())))) + '\r');
            break;
        case 5: // splice another file's middle
            if (!others.isEmpty()) {
                const QByteArray &o = others.at(qsizetype(random.bounded(int(others.size()))));
                const qsizetype from = o.isEmpty() ? 0 : qsizetype(random.bounded(int(o.size())));
                lines.insert(qsizetype(random.bounded(int(lines.size()) + 1)), o.mid(from, 400));
            }
            break;
        default: // swap two lines
            if (lines.size() > 1) {
                const qsizetype a = qsizetype(random.bounded(int(lines.size())));
                const qsizetype b = qsizetype(random.bounded(int(lines.size())));
                lines.swapItemsAt(a, b);
            }
            break;
        }
        data = lines.join('\n');
    }
    return data;
}

} // namespace

// Mutated real calendars: the importer returns (a result or a message) and never crashes or hangs.
// Run it under -DCOACH_SANITIZE=ON to have ASan and UBSan watch every path.
class TestIcsFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutatedCorpusNeverCrashes();
};

void TestIcsFuzz::mutatedCorpusNeverCrashes()
{
    const QString dir = QStringLiteral(COACH_SHARED_CORPUS) + u"/ics"_s;
    if (!QFileInfo::exists(dir))
        QSKIP("the shared corpus is absent");
    QList<QByteArray> files;
    QDirIterator it(dir, { u"*.ics"_s }, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : paths) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.append(f.readAll());
    }
    QVERIFY(files.size() > 20);
    const int perFile = qEnvironmentVariableIntValue("COACH_FUZZ_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("COACH_FUZZ_ROUNDS")
            : 30;
    QRandomGenerator random(20261201u); // fixed, so a failure reproduces
    IcsImporter::Options options;
    options.from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    options.to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    options.floatingZone = u"Europe/London"_s;
    options.maxOccurrences = 20000;
    int accepted = 0, refused = 0;
    for (const QByteArray &original : files) {
        for (int round = 0; round < perFile; ++round) {
            const QByteArray data = mutate(original, random, files);
            const auto result = IcsImporter::read(data, u"fuzz.ics"_s, options);
            if (result) {
                ++accepted;
            } else {
                ++refused;
                QVERIFY(result.error().message().startsWith(u"fuzz.ics"_s));
            }
        }
    }
    qInfo("%d mutated calendars accepted, %d refused with a message", accepted, refused);
    QVERIFY(accepted > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestIcsFuzz)
#include "TestIcsFuzz.moc"
