// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleService.h"

#include "schedule/ConflictChecker.h"
#include "schedule/IcalSupport.h"
#include "schedule/Recurrence.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BusyTimeRepository.h"
#include "storage/Database.h"
#include "storage/SessionNotesRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

RecurrenceSpec specOf(const Session &s)
{
    return { s.start, s.timeZone, s.rrule, s.exdates, s.rdates };
}

// What an invitation shows; a change to any of it bumps SEQUENCE.
bool sameInvitation(const Session &a, const Session &b)
{
    return a.kind == b.kind && a.title == b.title && a.organiser == b.organiser
            && a.organiserEmail == b.organiserEmail && a.participants == b.participants && a.start == b.start
            && a.durationMin == b.durationMin && a.timeZone == b.timeZone && a.location == b.location
            && a.rrule == b.rrule && a.exdates == b.exdates && a.rdates == b.rdates && a.status == b.status
            && a.agenda == b.agenda;
}

QString describe(const QList<Conflict> &conflicts)
{
    QStringList lines;
    for (qsizetype i = 0; i < conflicts.size() && i < 3; ++i)
        lines.append(conflicts.at(i).message);
    if (conflicts.size() > 3)
        lines.append(ScheduleService::tr("and %n more", nullptr, int(conflicts.size() - 3)));
    return lines.join(u"; "_s);
}

} // namespace

Result<void> ScheduleService::normalise(Session &s)
{
    s.title = s.title.trimmed();
    s.timeZone = s.timeZone.trimmed();
    if (s.timeZone == u"UTC"_s || s.timeZone == u"Etc/UTC"_s)
        s.timeZone.clear();
    if (!s.start.isValid())
        return fail(ErrorCode::InvalidInput, tr("The session “%1” has no start").arg(s.title));
    s.start = s.start.toUTC();
    // iCalendar carries whole seconds; so does the library.
    s.start.setTime(QTime(s.start.time().hour(), s.start.time().minute(), s.start.time().second()));
    if (s.durationMin <= 0 || s.durationMin > 24 * 60)
        return fail(ErrorCode::InvalidInput, tr("A session lasts between 1 minute and 24 hours, not %1 minutes")
                                                     .arg(s.durationMin));
    if (!IcalSupport::zone(s.timeZone))
        return fail(ErrorCode::InvalidInput, tr("Unknown time zone “%1”").arg(s.timeZone));
    if (s.participants.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The session “%1” has no participants").arg(s.title));
    if (s.kind == SessionKind::BuddyDebrief && s.participants.size() < 2)
        return fail(ErrorCode::InvalidInput, tr("A buddy debrief needs two reps"));
    std::sort(s.participants.begin(), s.participants.end());
    s.participants.erase(std::unique(s.participants.begin(), s.participants.end()), s.participants.end());

    s.rrule = s.rrule.trimmed();
    if (s.rrule.startsWith(u"RRULE:"_s, Qt::CaseInsensitive))
        s.rrule = s.rrule.mid(6);
    if (!s.rrule.isEmpty()) {
        if (auto ok = Recurrence::checkRule(s.rrule); !ok)
            return ok;
        // RFC 5545: with a zoned DTSTART, UNTIL is UTC. A date or local time is read in the session's zone.
        icalrecurrencetype rule = icalrecurrencetype_from_string(s.rrule.toUtf8().constData());
        if (!icaltime_is_null_time(rule.until) && !icaltime_is_utc(rule.until)) {
            icaltimetype until = rule.until;
            if (until.is_date) {
                until.is_date = 0;
                until.hour = 23;
                until.minute = 59;
                until.second = 59;
            }
            const QDateTime utc = IcalSupport::toUtc(until, IcalSupport::zone(s.timeZone));
            rule.until = IcalSupport::fromUtc(utc, icaltimezone_get_utc_timezone());
        }
        s.rrule = IcalSupport::take(icalrecurrencetype_as_string_r(&rule));
        if (auto ok = Recurrence::validate(specOf(s)); !ok)
            return ok;
    }
    for (QDateTime &t : s.exdates)
        t = t.toUTC();
    for (QDateTime &t : s.rdates)
        t = t.toUTC();
    std::sort(s.exdates.begin(), s.exdates.end());
    std::sort(s.rdates.begin(), s.rdates.end());
    std::sort(s.overrides.begin(), s.overrides.end(),
              [](const SessionOverride &a, const SessionOverride &b) { return a.occurrence < b.occurrence; });
    return {};
}

Result<QList<Occurrence>> ScheduleService::expand(const Session &s, const QDateTime &from, const QDateTime &to)
{
    const qint64 length = qint64(s.durationMin) * 60;
    // A meeting moved by up to a day still belongs to the window of its new start.
    auto starts = Recurrence::starts(specOf(s), from.addSecs(-length - 86400 * 7), to.addDays(7), 100000);
    if (!starts)
        return std::unexpected(starts.error());
    QList<Occurrence> result;
    const auto add = [&](const QDateTime &occurrence, const SessionOverride *ov) {
        Occurrence o;
        o.sessionId = s.id;
        o.occurrence = occurrence;
        o.start = ov ? ov->start : occurrence;
        o.end = o.start.addSecs(ov ? qint64(ov->durationMin) * 60 : length);
        o.kind = s.kind;
        o.status = ov ? ov->status : s.status;
        if (s.status == SessionStatus::Cancelled)
            o.status = SessionStatus::Cancelled;
        o.title = ov && ov->title ? *ov->title : s.title;
        o.location = ov && ov->location ? *ov->location : s.location;
        o.timeZone = s.timeZone;
        o.participants = s.participants;
        o.moved = ov && ov->start != occurrence;
        o.recurring = s.isRecurring();
        if (o.start < to && o.end > from)
            result.append(o);
    };
    QSet<qint64> seen;
    for (const QDateTime &t : *starts) {
        const auto ov = std::find_if(s.overrides.cbegin(), s.overrides.cend(),
                                     [&](const SessionOverride &x) { return x.occurrence == t; });
        add(t, ov == s.overrides.cend() ? nullptr : &*ov);
        seen.insert(t.toSecsSinceEpoch());
    }
    // Overrides moved far from their original slot.
    for (const SessionOverride &ov : s.overrides) {
        if (!seen.contains(ov.occurrence.toSecsSinceEpoch()) && !s.exdates.contains(ov.occurrence))
            add(ov.occurrence, &ov);
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.start != b.start ? a.start < b.start : a.sessionId < b.sessionId;
    });
    return result;
}

Result<QList<Conflict>> ScheduleService::conflicts(const Session &s, const QList<Session> &others) const
{
    auto candidates = expand(s, s.start.addSecs(-1), s.start.addDays(HorizonDays));
    if (!candidates)
        return std::unexpected(candidates.error());
    for (const SessionOverride &ov : s.overrides) {
        if (ov.start < s.start)
            candidates->append(expand(s, ov.start, ov.start.addSecs(1)).value_or(QList<Occurrence>()));
    }
    if (candidates->isEmpty())
        return QList<Conflict>();
    QDateTime from = candidates->constFirst().start;
    QDateTime to = candidates->constFirst().end;
    for (const Occurrence &o : *candidates) {
        from = std::min(from, o.start);
        to = std::max(to, o.end);
    }
    ConflictChecker::Facts facts;
    for (const Session &other : others) {
        if (other.id.isValid() && other.id == s.id)
            continue;
        auto occ = expand(other, from, to);
        if (!occ)
            return std::unexpected(occ.error());
        facts.existing.append(*occ);
    }
    // The session's own meetings may not overlap each other either (a move onto the next week's slot).
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        Occurrence self = candidates->at(i);
        self.sessionId = SessionId(-1);
        facts.existing.append(self);
    }
    auto busy = BusyTimeRepository(m_db).overlapping(from, to);
    if (!busy)
        return std::unexpected(busy.error());
    facts.busy = *busy;
    AvailabilityRepository availability(m_db);
    auto hours = availability.workingHours();
    if (!hours)
        return std::unexpected(hours.error());
    facts.hours = *hours;
    auto shifts = availability.shifts(from.addDays(-1), to.addDays(1));
    if (!shifts)
        return std::unexpected(shifts.error());
    facts.shifts = *shifts;
    auto contacts = SessionRepository(m_db).repContacts();
    if (!contacts)
        return std::unexpected(contacts.error());
    for (const RepContact &c : *contacts)
        facts.repNames.insert(c.id.value(), c.name);

    QList<Conflict> result;
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        // Compare each meeting with the others, not with itself.
        ConflictChecker::Facts mine = facts;
        mine.existing.removeIf([&](const Occurrence &o) {
            return o.sessionId == SessionId(-1) && o.occurrence == candidates->at(i).occurrence;
        });
        for (Occurrence &o : mine.existing) {
            if (o.sessionId == SessionId(-1))
                o.title = s.title;
        }
        result.append(ConflictChecker(std::move(mine)).check(candidates->at(i)));
    }
    return result;
}

Result<QList<Conflict>> ScheduleService::conflictsFor(const Session &session) const
{
    Session s = session;
    if (auto ok = normalise(s); !ok)
        return std::unexpected(ok.error());
    auto all = SessionRepository(m_db).all();
    if (!all)
        return std::unexpected(all.error());
    return conflicts(s, *all);
}

Result<Session> ScheduleService::save(Session s, bool isNew, SaveOptions options)
{
    if (auto ok = normalise(s); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (isNew && !options.allowPast && s.start < now.addSecs(-60)) {
        return fail(ErrorCode::InvalidInput, tr("“%1” would start in the past (%2); choose a later start")
                                                     .arg(s.title, s.start.toString(Qt::ISODate)));
    }
    SessionRepository repo(m_db);
    auto all = repo.all();
    if (!all)
        return std::unexpected(all.error());
    if (!options.allowConflicts) {
        auto found = conflicts(s, *all);
        if (!found)
            return std::unexpected(found.error());
        if (!found->isEmpty())
            return fail(ErrorCode::InvalidInput, tr("“%1” was not saved: %2").arg(s.title, describe(*found)));
    }
    Transaction transaction(m_db);
    SessionId id = s.id;
    if (isNew) {
        auto inserted = repo.insert(s);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
    } else if (auto updated = repo.update(s); !updated) {
        return std::unexpected(updated.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    auto stored = repo.find(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, tr("%1: the session vanished while saving").arg(m_db.path()));
    return **stored;
}

Result<Session> ScheduleService::addSession(Session session, SaveOptions options)
{
    session.id = SessionId();
    return save(std::move(session), true, options);
}

Result<Session> ScheduleService::updateSeries(Session session, SaveOptions options)
{
    auto old = SessionRepository(m_db).find(session.id);
    if (!old)
        return std::unexpected(old.error());
    if (!*old)
        return fail(ErrorCode::NotFound, tr("There is no session %1").arg(session.id.value()));
    if (auto ok = normalise(session); !ok)
        return std::unexpected(ok.error());
    session.icalUid = (*old)->icalUid;
    session.createdAt = (*old)->createdAt;
    // Overrides of meetings the new rule no longer has are dropped.
    session.overrides.removeIf([&](const SessionOverride &ov) {
        auto hit = Recurrence::starts(specOf(session), ov.occurrence, ov.occurrence.addSecs(1), 1);
        return !hit || hit->isEmpty();
    });
    Session before = **old;
    if (auto ok = normalise(before); !ok)
        before = **old;
    session.sequence = std::max(session.sequence, (*old)->sequence);
    if (!sameInvitation(session, before) || session.overrides != (*old)->overrides)
        session.sequence = (*old)->sequence + 1;
    return save(std::move(session), false, options);
}

Result<void> ScheduleService::removeSession(SessionId id)
{
    return SessionRepository(m_db).remove(id);
}

Result<Session> ScheduleService::moveOccurrence(SessionId id, const QDateTime &occurrence, const QDateTime &start,
                                                std::optional<int> durationMin, SaveOptions options)
{
    auto found = SessionRepository(m_db).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no session %1").arg(id.value()));
    Session s = **found;
    const QDateTime occ = occurrence.toUTC();
    auto hit = Recurrence::starts(specOf(s), occ, occ.addSecs(1), 1);
    if (!hit)
        return std::unexpected(hit.error());
    if (hit->isEmpty())
        return fail(ErrorCode::NotFound, tr("“%1” has no meeting at %2").arg(s.title, occ.toString(Qt::ISODate)));
    if (!options.allowPast && start.toUTC() < QDateTime::currentDateTimeUtc().addSecs(-60))
        return fail(ErrorCode::InvalidInput, tr("A meeting cannot be moved into the past (%1)")
                                                     .arg(start.toUTC().toString(Qt::ISODate)));
    auto it = std::find_if(s.overrides.begin(), s.overrides.end(),
                           [&](const SessionOverride &x) { return x.occurrence == occ; });
    if (it == s.overrides.end()) {
        SessionOverride ov;
        ov.occurrence = occ;
        ov.durationMin = s.durationMin;
        ov.status = s.status;
        ov.sequence = s.sequence;
        s.overrides.append(ov);
        it = s.overrides.end() - 1;
    }
    it->start = start.toUTC();
    if (durationMin)
        it->durationMin = *durationMin;
    if (it->durationMin <= 0 || it->durationMin > 24 * 60)
        return fail(ErrorCode::InvalidInput, tr("A session lasts between 1 minute and 24 hours, not %1 minutes")
                                                     .arg(it->durationMin));
    it->sequence = std::max(it->sequence, s.sequence) + 1;
    return save(std::move(s), false, options);
}

Result<Session> ScheduleService::setOccurrenceStatus(SessionId id, const QDateTime &occurrence, SessionStatus status)
{
    auto found = SessionRepository(m_db).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no session %1").arg(id.value()));
    Session s = **found;
    const QDateTime occ = occurrence.toUTC();
    if (!s.isRecurring()) {
        if (s.start != occ)
            return fail(ErrorCode::NotFound, tr("“%1” has no meeting at %2").arg(s.title, occ.toString(Qt::ISODate)));
        s.status = status;
        s.sequence += 1;
        return save(std::move(s), false, { true, true });
    }
    auto hit = Recurrence::starts(specOf(s), occ, occ.addSecs(1), 1);
    if (!hit)
        return std::unexpected(hit.error());
    if (hit->isEmpty())
        return fail(ErrorCode::NotFound, tr("“%1” has no meeting at %2").arg(s.title, occ.toString(Qt::ISODate)));
    auto it = std::find_if(s.overrides.begin(), s.overrides.end(),
                           [&](const SessionOverride &x) { return x.occurrence == occ; });
    if (it == s.overrides.end()) {
        s.overrides.append({ occ, occ, s.durationMin, std::nullopt, std::nullopt, status, s.sequence });
        it = s.overrides.end() - 1;
    }
    it->status = status;
    it->sequence = std::max(it->sequence, s.sequence) + 1;
    return save(std::move(s), false, { true, true });
}

Result<QList<Occurrence>> ScheduleService::occurrences(const QDateTime &from, const QDateTime &to) const
{
    auto all = SessionRepository(m_db).all();
    if (!all)
        return std::unexpected(all.error());
    QList<Occurrence> result;
    for (const Session &s : *all) {
        auto occ = expand(s, from, to);
        if (!occ)
            return std::unexpected(occ.error());
        result.append(*occ);
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.start != b.start ? a.start < b.start : a.sessionId < b.sessionId;
    });
    ConflictChecker::Facts facts;
    facts.existing = result;
    auto busy = BusyTimeRepository(m_db).overlapping(from, to);
    if (!busy)
        return std::unexpected(busy.error());
    facts.busy = *busy;
    AvailabilityRepository availability(m_db);
    auto hours = availability.workingHours();
    if (!hours)
        return std::unexpected(hours.error());
    facts.hours = *hours;
    auto shifts = availability.shifts(from.addDays(-1), to.addDays(1));
    if (!shifts)
        return std::unexpected(shifts.error());
    facts.shifts = *shifts;
    const ConflictChecker checker(std::move(facts));
    for (Occurrence &o : result)
        o.conflicting = !checker.check(o).isEmpty();
    return result;
}

Result<QList<Occurrence>> ScheduleService::upcomingOccurrences(const QDateTime &from, const QDateTime &to) const
{
    auto all = occurrences(from, to);
    if (!all)
        return all;
    all->removeIf([&](const Occurrence &o) { return o.status != SessionStatus::Planned || o.start < from; });
    return all;
}

Result<std::optional<Session>> ScheduleService::session(SessionId id) const
{
    return SessionRepository(m_db).find(id);
}

Result<QList<Session>> ScheduleService::sessions() const
{
    return SessionRepository(m_db).all();
}

Result<QList<ActionItem>> ScheduleService::openActionItems(RepId rep) const
{
    return SessionNotesRepository(m_db).openActionItemsOf(rep);
}

} // namespace coach
