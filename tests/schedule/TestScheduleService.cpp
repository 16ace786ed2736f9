// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/BuddyPlanner.h"
#include "schedule/CalendarTransfer.h"
#include "schedule/ScheduleService.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BusyTimeRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SessionNotesRepository.h"
#include "storage/SessionRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

namespace {

// A Tuesday well in the future, so "in the past" never fires by accident.
QDateTime london(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/London")).toUTC();
}

Session oneOnOne(RepId rep, const QDateTime &start, const QString &rrule = {})
{
    Session s;
    s.kind = SessionKind::OneOnOne;
    s.title = u"One-on-one"_s;
    s.organiser = u"Morgan Lee"_s;
    s.organiserEmail = u"morgan@example.org"_s;
    s.participants = { rep };
    s.start = start;
    s.durationMin = 30;
    s.timeZone = u"Europe/London"_s;
    s.rrule = rrule;
    return s;
}

} // namespace

// The scheduling use cases on a real library file: saving, conflicts, moves, notes, .ics in and out.
class TestScheduleService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndExpand();
    void refusesPastNeverEndingAndOverlap();
    void conflictsWithBusyTimeAndHours();
    void moveOneMeetingBumpsSequence();
    void notesStayPrivateAndCarryForward();
    void roundTripReproducesSessions();
    void failedImportChangesNothing();
    void busyImportReplacesItsSource();
    void buddiesAndToughShift();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    RepId m_ana;
    RepId m_ben;
};

void TestScheduleService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    PeopleRepository people(*m_db);
    const TeamId team = *people.ensureTeam(u"Billing"_s);
    m_ana = *people.ensureRep(u"Ana Díaz"_s, team);
    m_ben = *people.ensureRep(u"Ben Okafor"_s, team);
}

void TestScheduleService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestScheduleService::addAndExpand()
{
    ScheduleService service(*m_db);
    // UNTIL as a local date is normalised to UTC, as RFC 5545 wants with a zoned start.
    auto added = service.addSession(oneOnOne(m_ana, london(2031, 3, 4, 9), u"FREQ=WEEKLY;INTERVAL=2;UNTIL=20310415"_s));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    QVERIFY(added->id.isValid());
    QVERIFY(added->icalUid.endsWith(u"@coachbench"_s));
    QVERIFY(added->rrule.contains(u"UNTIL=20310415T225959Z"_s));
    auto occ = service.occurrences(london(2031, 3, 1, 0), london(2031, 5, 1, 0));
    QVERIFY(occ);
    QCOMPARE(occ->size(), 4); // 4 Mar, 18 Mar, 1 Apr, 15 Apr; 9:00 London across the DST change
    QCOMPARE(occ->at(2).start, london(2031, 4, 1, 9));
    QCOMPARE(occ->at(2).start.time().hour(), 8);
    QVERIFY(!occ->at(0).conflicting);
}

void TestScheduleService::refusesPastNeverEndingAndOverlap()
{
    ScheduleService service(*m_db);
    auto past = service.addSession(oneOnOne(m_ana, london(2020, 3, 3, 9)));
    QVERIFY(!past);
    QVERIFY(past.error().message().contains(u"past"_s));
    auto endless = service.addSession(oneOnOne(m_ana, london(2031, 3, 4, 9), u"FREQ=WEEKLY"_s));
    QVERIFY(!endless);
    QVERIFY(endless.error().message().contains(u"never ends"_s));
    QVERIFY(service.addSession(oneOnOne(m_ana, london(2031, 3, 4, 9), u"FREQ=WEEKLY;COUNT=4"_s)));
    // Ben's session overlaps the third meeting; the organiser attends both.
    const Session clash = oneOnOne(m_ben, london(2031, 3, 18, 9, 15));
    auto conflicts = service.conflictsFor(clash);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().kind, Conflict::Kind::OverlapsSession);
    auto refused = service.addSession(clash);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(u"overlaps"_s), qPrintable(refused.error().message()));
    QVERIFY(service.addSession(clash, { .allowConflicts = true }));
    auto occ = service.occurrences(london(2031, 3, 18, 0), london(2031, 3, 19, 0));
    QVERIFY(occ);
    QCOMPARE(occ->size(), 2);
    QVERIFY(occ->at(0).conflicting && occ->at(1).conflicting);
    // A buddy debrief between the reps does not involve the organiser.
    Session debrief = oneOnOne(m_ben, london(2031, 3, 20, 9));
    debrief.kind = SessionKind::BuddyDebrief;
    debrief.participants = { m_ben, m_ana };
    QVERIFY(service.addSession(debrief));
}

void TestScheduleService::conflictsWithBusyTimeAndHours()
{
    ScheduleService service(*m_db);
    AvailabilityRepository availability(*m_db);
    QList<WorkingHours> week;
    for (int day = 1; day <= 5; ++day)
        week.append({ m_ana, day, QTime(9, 0), QTime(17, 0), u"Europe/London"_s });
    QVERIFY(availability.setWorkingHours(m_ana, week));
    BusyBlock b;
    b.start = london(2031, 3, 5, 10);
    b.end = london(2031, 3, 5, 11);
    b.summary = u"Budget review"_s;
    QVERIFY(BusyTimeRepository(*m_db).replaceSource(u"/tmp/outlook.ics"_s, { b }));

    auto early = service.conflictsFor(oneOnOne(m_ana, london(2031, 3, 4, 8)));
    QVERIFY(early);
    QCOMPARE(early->size(), 1);
    QCOMPARE(early->first().kind, Conflict::Kind::OutsideWorkingHours);
    auto busy = service.conflictsFor(oneOnOne(m_ana, london(2031, 3, 5, 10, 30)));
    QVERIFY(busy);
    QCOMPARE(busy->size(), 1);
    QCOMPARE(busy->first().kind, Conflict::Kind::OverlapsBusyTime);
    QVERIFY(busy->first().message.contains(u"Budget review"_s));
    Shift off;
    off.repId = m_ana;
    off.kind = Shift::Kind::Off;
    off.start = london(2031, 3, 6, 0);
    off.end = london(2031, 3, 7, 0);
    QVERIFY(availability.addShift(off));
    auto away = service.conflictsFor(oneOnOne(m_ana, london(2031, 3, 6, 10)));
    QVERIFY(away);
    QCOMPARE(away->first().kind, Conflict::Kind::TimeOff);
}

void TestScheduleService::moveOneMeetingBumpsSequence()
{
    ScheduleService service(*m_db);
    auto s = service.addSession(oneOnOne(m_ana, london(2031, 3, 4, 9), u"FREQ=WEEKLY;COUNT=3"_s));
    QVERIFY(s);
    QCOMPARE(s->sequence, 0);
    auto moved = service.moveOccurrence(s->id, london(2031, 3, 11, 9), london(2031, 3, 12, 14), 45);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message()));
    QCOMPARE(moved->overrides.size(), 1);
    QCOMPARE(moved->overrides.first().sequence, 1);
    auto occ = service.occurrences(london(2031, 3, 1, 0), london(2031, 4, 1, 0));
    QVERIFY(occ);
    QCOMPARE(occ->size(), 3);
    QCOMPARE(occ->at(1).start, london(2031, 3, 12, 14));
    QCOMPARE(occ->at(1).occurrence, london(2031, 3, 11, 9));
    QVERIFY(occ->at(1).moved);
    // Moving onto another meeting of the same series is a conflict.
    QVERIFY(!service.moveOccurrence(s->id, london(2031, 3, 18, 9), london(2031, 3, 4, 9, 10)));
    // Editing the series bumps its SEQUENCE; the move survives.
    Session edit = *moved;
    edit.location = u"Room 4"_s;
    auto edited = service.updateSeries(edit);
    QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message()));
    QCOMPARE(edited->sequence, 1);
    QCOMPARE(edited->overrides.size(), 1);
    auto cancelled = service.setOccurrenceStatus(s->id, london(2031, 3, 18, 9), SessionStatus::Cancelled);
    QVERIFY(cancelled);
    auto upcoming = service.upcomingOccurrences(london(2031, 3, 1, 0), london(2031, 4, 1, 0));
    QVERIFY(upcoming);
    QCOMPARE(upcoming->size(), 2);
}

void TestScheduleService::notesStayPrivateAndCarryForward()
{
    ScheduleService service(*m_db);
    auto s = service.addSession(oneOnOne(m_ana, london(2031, 3, 4, 9), u"FREQ=WEEKLY;COUNT=3"_s));
    QVERIFY(s);
    SessionNotesRepository notes(*m_db);
    QVERIFY(notes.saveCheckIn({ s->id, s->start, m_ana, 2, 5, u"SECRET-CHECKIN: tired, caring for a parent"_s, {} }));
    QVERIFY(!notes.saveCheckIn({ s->id, s->start, m_ana, 6, 1, {}, {} }));
    ActionItem item;
    item.sessionId = s->id;
    item.occurrence = s->start;
    item.repId = m_ana;
    item.text = u"Try the pause button on billing disputes"_s;
    auto id = notes.addActionItem(item);
    QVERIFY(id);
    item.text = u"Done already"_s;
    item.done = true;
    QVERIFY(notes.addActionItem(item));
    auto next = notes.actionItemsFor(s->id, london(2031, 3, 11, 9));
    QVERIFY(next);
    QCOMPARE(next->size(), 1);
    QVERIFY(next->first().carried);
    auto open = service.openActionItems(m_ana);
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    QVERIFY(notes.setActionItemDone(*id, true));
    QCOMPARE(service.openActionItems(m_ana)->size(), 0);
    QVERIFY(notes.saveHuddleEntry({ s->id, s->start, m_ana, u"Calmed a caller"_s, u"Long holds"_s }));
    QCOMPARE(notes.huddleEntries(s->id, s->start)->size(), 1);

    Session withNotes = *s;
    withNotes.notes = u"SECRET-NOTE"_s;
    QVERIFY(service.updateSeries(withNotes));
    auto ics = CalendarTransfer(*m_db).exportIcs();
    QVERIFY(ics);
    QVERIFY(!ics->contains("SECRET"));
}

void TestScheduleService::roundTripReproducesSessions()
{
    ScheduleService service(*m_db);
    Session a = oneOnOne(m_ana, london(2031, 3, 4, 9), u"FREQ=WEEKLY;INTERVAL=2;COUNT=6"_s);
    a.exdates = { london(2031, 3, 18, 9) };
    a.agenda = u"Workload, energy, one thing to try"_s;
    a.location = u"https://meet.example.org/ana"_s;
    auto sa = service.addSession(a);
    QVERIFY2(sa, sa ? "" : qPrintable(sa.error().message()));
    QVERIFY(service.moveOccurrence(sa->id, london(2031, 4, 1, 9), london(2031, 4, 2, 15), 40));
    QVERIFY(service.setOccurrenceStatus(sa->id, london(2031, 4, 15, 9), SessionStatus::Cancelled));
    Session h = oneOnOne(m_ben, QDateTime(QDate(2031, 3, 7), QTime(4, 30), Qt::UTC), u"FREQ=WEEKLY;COUNT=3"_s);
    h.kind = SessionKind::Huddle;
    h.title = u"Weekly huddle"_s;
    h.timeZone = u"Asia/Kolkata"_s;
    h.participants = { m_ana, m_ben };
    h.durationMin = 10;
    QVERIFY(service.addSession(h));
    Session d = oneOnOne(m_ben, QDateTime(QDate(2031, 3, 9), QTime(16, 0), Qt::UTC));
    d.kind = SessionKind::BuddyDebrief;
    d.timeZone.clear();
    d.participants = { m_ana, m_ben };
    d.status = SessionStatus::Held;
    QVERIFY(service.addSession(d, { .allowConflicts = true }));
    const QList<Session> before = *service.sessions();

    const QString file = m_dir->filePath(u"out.ics"_s);
    auto written = CalendarTransfer(*m_db).exportToFile(file);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
    QCOMPARE(*written, 5);

    // A second, empty library imports the file.
    auto other = Database::open(m_dir->filePath(u"other.coachdb"_s));
    QVERIFY(other);
    CalendarTransfer::ImportOptions options;
    options.mode = CalendarTransfer::ImportMode::Sessions;
    auto report = CalendarTransfer(**other).importFile(file, options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->sessionsAdded, 3);
    const QList<Session> after = *ScheduleService(**other).sessions();
    const auto names = [](const Database &db, const Session &s) {
        const auto contacts = *SessionRepository(db).repContacts();
        QStringList out;
        for (RepId r : s.participants)
            out.append(contacts.value(r.value()).name);
        out.sort();
        return out;
    };
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Session &x = before.at(i);
        const Session &y = after.at(i);
        QCOMPARE(y.icalUid, x.icalUid);
        QCOMPARE(y.kind, x.kind);
        QCOMPARE(y.title, x.title);
        QCOMPARE(y.organiser, x.organiser);
        QCOMPARE(y.organiserEmail, x.organiserEmail);
        QCOMPARE(names(**other, y), names(*m_db, x));
        QCOMPARE(y.start, x.start);
        QCOMPARE(y.durationMin, x.durationMin);
        QCOMPARE(y.timeZone, x.timeZone);
        QCOMPARE(y.location, x.location);
        QCOMPARE(y.rrule, x.rrule);
        QCOMPARE(y.exdates, x.exdates);
        QCOMPARE(y.rdates, x.rdates);
        QCOMPARE(y.overrides, x.overrides);
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.agenda, x.agenda);
        QCOMPARE(y.sequence, x.sequence);
    }
    // Importing the same file again updates rather than duplicates.
    auto again = CalendarTransfer(**other).importFile(file, options);
    QVERIFY(again);
    QCOMPARE(again->sessionsUpdated, 3);
    QCOMPARE(ScheduleService(**other).sessions()->size(), 3);
}

void TestScheduleService::failedImportChangesNothing()
{
    ScheduleService service(*m_db);
    QVERIFY(service.addSession(oneOnOne(m_ana, london(2031, 3, 4, 9))));
    const QString file = m_dir->filePath(u"bad.ics"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // The first event is fine and names a new rep; the second overlaps the stored session.
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
            "BEGIN:VEVENT\r\nUID:ok@t\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:Fine\r\n"
            "DTSTART:20310310T100000Z\r\nDTEND:20310310T103000Z\r\nATTENDEE;CN=Zoe New:mailto:zoe@example.org\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:clash@t\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:Clash\r\n"
            "DTSTART:20310304T091000Z\r\nDTEND:20310304T094000Z\r\nATTENDEE;CN=Ben Okafor:mailto:ben@example.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n");
    f.close();
    const auto countRows = [&](const QString &table) {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        q.next();
        return q.value(0).toInt();
    };
    const int sessions = countRows(u"sessions"_s);
    const int reps = countRows(u"reps"_s);
    CalendarTransfer::ImportOptions options;
    options.mode = CalendarTransfer::ImportMode::Sessions;
    auto report = CalendarTransfer(*m_db).importFile(file, options);
    QVERIFY(!report);
    QVERIFY2(report.error().message().contains(u"overlaps"_s), qPrintable(report.error().message()));
    QVERIFY(report.error().message().contains(u"bad.ics"_s));
    QCOMPARE(countRows(u"sessions"_s), sessions);
    QCOMPARE(countRows(u"reps"_s), reps);
    // A past event, likewise.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:old@t\r\n"
            "DTSTAMP:20200101T000000Z\r\nSUMMARY:Old\r\nDTSTART:20200310T100000Z\r\nDTEND:20200310T103000Z\r\n"
            "ATTENDEE;CN=Ana Díaz:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    f.close();
    auto past = CalendarTransfer(*m_db).importFile(file, options);
    QVERIFY(!past);
    QVERIFY(past.error().message().contains(u"past"_s));
    QCOMPARE(countRows(u"sessions"_s), sessions);
}

void TestScheduleService::busyImportReplacesItsSource()
{
    const QString file = m_dir->filePath(u"outlook.ics"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
            "BEGIN:VEVENT\r\nUID:standup@t\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:Ops standup\r\n"
            "DTSTART;TZID=Europe/London:20310303T093000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:free@t\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:Lunch\r\nTRANSP:TRANSPARENT\r\n"
            "DTSTART:20310304T120000Z\r\nDTEND:20310304T130000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    f.close();
    CalendarTransfer::ImportOptions options;
    options.from = london(2031, 3, 3, 0);
    options.to = london(2031, 3, 17, 0);
    auto report = CalendarTransfer(*m_db).importFile(file, options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->busyBlocks, 10); // a never-ending rule, bounded by the window
    QVERIFY(CalendarTransfer(*m_db).importFile(file, options));
    QCOMPARE(*BusyTimeRepository(*m_db).count(), 10);
    auto clash = ScheduleService(*m_db).conflictsFor(oneOnOne(m_ana, london(2031, 3, 5, 9, 40)));
    QVERIFY(clash);
    QCOMPARE(clash->size(), 1);
    QVERIFY(clash->first().message.contains(u"Ops standup"_s));
}

void TestScheduleService::buddiesAndToughShift()
{
    PeopleRepository people(*m_db);
    const TeamId team = *people.ensureTeam(u"Billing"_s);
    const RepId cleo = *people.ensureRep(u"Cleo Park"_s, team);
    BuddyPlanner planner(*m_db);
    auto december = planner.propose(team, u"2031-12"_s);
    QVERIFY(december);
    QCOMPARE(december->pairs.size(), 1);
    QCOMPARE(december->unpaired.size(), 1);
    QVERIFY(planner.save(team, u"2031-12"_s, december->pairs));
    auto january = planner.propose(team, u"2032-01"_s);
    QVERIFY(january);
    QVERIFY(january->pairs.first() != december->pairs.first());
    QVERIFY(!planner.propose(team, u"2031-13"_s));

    // Three calls of Ana's on one day tagged as escalated or angry.
    QSqlQuery q(m_db->connection());
    for (int i = 0; i < 3; ++i) {
        q.prepare(u"INSERT INTO calls (recording_path, fingerprint, started_at, imported_at, duration_ms, channels, "
                  "sample_rate, codec, rep_id) VALUES (?, ?, ?, 0, 1000, 1, 8000, 'pcm', ?)"_s);
        q.addBindValue(u"/calls/%1.wav"_s.arg(i));
        q.addBindValue(u"fp%1"_s.arg(i));
        q.addBindValue(QDateTime(QDate(2031, 12, 5), QTime(10 + i, 0), Qt::UTC).toSecsSinceEpoch());
        q.addBindValue(m_ana.value());
        QVERIFY(q.exec());
        const qint64 call = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO annotations (call_id, start_ms, end_ms, tag_id, created_at, updated_at) "
                  "SELECT ?, 0, 10, id, 0, 0 FROM tags WHERE key = ?"_s);
        q.addBindValue(call);
        q.addBindValue(i == 0 ? u"signal.escalated"_s : u"signal.angry_customer"_s);
        QVERIFY(q.exec());
    }
    auto suggestions = planner.debriefSuggestions(QDate(2031, 12, 5), u"Europe/London"_s);
    QVERIFY2(suggestions, suggestions ? "" : qPrintable(suggestions.error().message()));
    QCOMPARE(suggestions->size(), 1);
    const DebriefSuggestion &s = suggestions->first();
    QCOMPARE(s.rep, m_ana);
    QCOMPARE(s.toughCalls, 3);
    // 5 December 2031 is a Friday: the next working day is Monday.
    QCOMPARE(s.start.toTimeZone(QTimeZone("Europe/London")).date(), QDate(2031, 12, 8));
    const BuddyPair pair = december->pairs.first();
    if (pair.members().contains(m_ana))
        QVERIFY(pair.members().contains(s.buddy));
    else
        QVERIFY(!s.buddy.isValid());
    Q_UNUSED(cleo);
    QCOMPARE(planner.debriefSuggestions(QDate(2031, 12, 5), u"Europe/London"_s, 4)->size(), 0);
}

QTEST_GUILESS_MAIN(TestScheduleService)
#include "TestScheduleService.moc"
