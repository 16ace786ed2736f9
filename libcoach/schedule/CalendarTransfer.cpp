// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CalendarTransfer.h"

#include "schedule/IcsExporter.h"
#include "schedule/Recurrence.h"
#include "schedule/ScheduleService.h"
#include "storage/BusyTimeRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace coach {

Result<QByteArray> CalendarTransfer::exportIcs(std::optional<SessionId> series) const
{
    SessionRepository repo(m_db);
    QList<Session> sessions;
    if (series) {
        auto found = repo.find(*series);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, tr("%1: there is no session %2")
                                                     .arg(QDir::toNativeSeparators(m_db.path()))
                                                     .arg(series->value()));
        sessions.append(**found);
    } else {
        auto all = repo.all();
        if (!all)
            return std::unexpected(all.error());
        sessions = *all;
    }
    auto contacts = repo.repContacts();
    if (!contacts)
        return std::unexpected(contacts.error());
    QHash<qint64, IcsContact> names;
    for (const RepContact &c : *contacts)
        names.insert(c.id.value(), { c.name, c.email });
    return IcsExporter::write(sessions, names);
}

Result<int> CalendarTransfer::exportToFile(const QString &path, std::optional<SessionId> series) const
{
    const QString file = QDir::toNativeSeparators(path);
    auto data = exportIcs(series);
    if (!data)
        return std::unexpected(data.error());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("%1: cannot write the calendar (%2)").arg(file, out.errorString()));
    if (out.write(*data) != data->size() || !out.commit())
        return fail(ErrorCode::Io, tr("%1: cannot write the calendar (%2)").arg(file, out.errorString()));
    return int(data->count("BEGIN:VEVENT"));
}

Result<CalendarTransfer::ImportReport> CalendarTransfer::importFile(const QString &path, const ImportOptions &options)
{
    const QString file = QDir::toNativeSeparators(path);
    IcsImporter::Options read;
    read.floatingZone = options.floatingZone;
    if (options.mode == ImportMode::BusyTime) {
        read.from = options.from.isValid() ? options.from.toUTC()
                                           : QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
        read.to = options.to.isValid() ? options.to.toUTC() : read.from.addYears(1);
    } else {
        // Sessions keep their rules; the window only has to be wide enough for the checks.
        read.from = QDateTime::currentDateTimeUtc().addYears(-50);
        read.to = QDateTime::currentDateTimeUtc().addDays(ScheduleService::HorizonDays);
    }
    auto events = IcsImporter::readFile(path, read);
    if (!events)
        return std::unexpected(events.error());
    return options.mode == ImportMode::BusyTime ? importBusy(file, *events, options)
                                                : importSessions(file, *events, options);
}

Result<CalendarTransfer::ImportReport> CalendarTransfer::importBusy(const QString &file, const QList<IcsEvent> &events,
                                                                    const ImportOptions &options)
{
    QList<BusyBlock> blocks;
    for (const IcsEvent &e : events) {
        if (e.transparent || e.status == SessionStatus::Cancelled)
            continue;
        for (const Occurrence &o : e.occurrences) {
            if (o.status == SessionStatus::Cancelled)
                continue;
            BusyBlock b;
            b.repId = options.busyOwner;
            b.start = o.start;
            b.end = o.end;
            b.summary = o.title;
            b.sourceUid = e.uid;
            blocks.append(b);
        }
    }
    Transaction transaction(m_db);
    if (auto ok = BusyTimeRepository(m_db).replaceSource(QFileInfo(file).absoluteFilePath(), blocks); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    ImportReport report;
    report.events = int(events.size());
    report.busyBlocks = int(blocks.size());
    return report;
}

Result<CalendarTransfer::ImportReport> CalendarTransfer::importSessions(const QString &file,
                                                                        const QList<IcsEvent> &events,
                                                                        const ImportOptions &options)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ImportReport report;
    report.events = int(events.size());
    // Everything below runs in one transaction: reps created for attendees,
    // sessions added or updated. Any failure returns before commit().
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(ErrorCode::Database, tr("%1: cannot start a transaction on the library").arg(m_db.path()));
    PeopleRepository people(m_db);
    SessionRepository sessions(m_db);
    QList<Session> toStore;
    for (const IcsEvent &e : events) {
        const QString name = e.summary.isEmpty() ? e.uid : e.summary;
        if (e.allDay)
            return fail(ErrorCode::Unsupported, tr("%1: event “%2” lasts all day; only timed events can become "
                                                   "sessions (import it as busy time)").arg(file, name));
        if (!e.ianaZone)
            return fail(ErrorCode::Unsupported, tr("%1: event “%2” uses the time zone “%3”, which has no IANA name")
                                                        .arg(file, name, e.timeZone));
        if (e.ruleCount > 1)
            return fail(ErrorCode::Unsupported, tr("%1: event “%2” has %3 repeat rules; a session has one")
                                                        .arg(file, name).arg(e.ruleCount));
        if (e.durationSecs < 60)
            return fail(ErrorCode::InvalidInput, tr("%1: event “%2” has no length").arg(file, name));
        Session s;
        s.icalUid = e.uid;
        s.kind = e.kind.value_or(SessionKind::OneOnOne);
        s.title = e.summary;
        s.agenda = e.description;
        s.location = e.location;
        s.organiser = e.organiser.name;
        s.organiserEmail = e.organiser.email;
        s.start = e.start;
        s.durationMin = int((e.durationSecs + 59) / 60);
        s.timeZone = e.timeZone;
        s.rrule = e.rrule;
        s.exdates = e.exdates;
        s.rdates = e.rdates;
        s.overrides = e.overrides;
        s.status = e.status;
        s.sequence = e.sequence;
        s.source = QFileInfo(file).fileName();
        for (const IcsPerson &p : e.attendees) {
            if (p.name.isEmpty())
                continue;
            auto rep = people.ensureRep(p.name, TeamId());
            if (!rep)
                return std::unexpected(rep.error());
            s.participants.append(*rep);
        }
        if (auto ok = ScheduleService::normalise(s); !ok)
            return fail(ok.error().code(), tr("%1: event “%2”: %3").arg(file, name, ok.error().message()));
        if (!options.allowPast) {
            auto future = ScheduleService::expand(s, now, now.addYears(100));
            if (!future)
                return fail(future.error().code(), tr("%1: event “%2”: %3").arg(file, name, future.error().message()));
            if (future->isEmpty())
                return fail(ErrorCode::InvalidInput, tr("%1: event “%2” (%3) is in the past")
                                                             .arg(file, name, s.start.toString(Qt::ISODate)));
        }
        toStore.append(s);
    }

    auto existing = sessions.all();
    if (!existing)
        return std::unexpected(existing.error());
    for (Session &s : toStore) {
        auto known = sessions.findByUid(s.icalUid);
        if (!known)
            return std::unexpected(known.error());
        if (*known) {
            s.id = (*known)->id;
            s.notes = (*known)->notes;
            s.createdAt = (*known)->createdAt;
            s.sequence = std::max(s.sequence, (*known)->sequence);
        }
        if (!options.allowConflicts) {
            // Against the library and against the file's other sessions.
            QList<Session> others = *existing;
            for (const Session &o : toStore) {
                if (o.icalUid != s.icalUid)
                    others.append(o);
            }
            others.removeIf([&](const Session &o) { return o.icalUid == s.icalUid; });
            const QDateTime from = s.start.addDays(-1);
            const QDateTime to = s.start.addDays(ScheduleService::HorizonDays);
            auto clash = ScheduleService::expand(s, from, to);
            if (!clash)
                return std::unexpected(clash.error());
            for (const Session &o : others) {
                auto theirs = ScheduleService::expand(o, from, to);
                if (!theirs)
                    return std::unexpected(theirs.error());
                for (const Occurrence &a : *clash) {
                    for (const Occurrence &b : *theirs) {
                        if (a.status == SessionStatus::Cancelled || b.status == SessionStatus::Cancelled)
                            continue;
                        const bool shared = std::any_of(a.participants.cbegin(), a.participants.cend(),
                                                        [&](RepId r) { return b.participants.contains(r); });
                        const bool manager = a.kind != SessionKind::BuddyDebrief && b.kind != SessionKind::BuddyDebrief;
                        if (a.start < b.end && b.start < a.end && (shared || manager))
                            return fail(ErrorCode::InvalidInput,
                                        tr("%1: event “%2” at %3 overlaps “%4” at %5")
                                                .arg(file, s.title, a.start.toString(Qt::ISODate), o.title,
                                                     b.start.toString(Qt::ISODate)));
                    }
                }
            }
        }
    }
    for (const Session &s : toStore) {
        if (s.id.isValid()) {
            if (auto ok = sessions.update(s); !ok)
                return std::unexpected(ok.error());
            ++report.sessionsUpdated;
        } else {
            if (auto ok = sessions.insert(s); !ok)
                return std::unexpected(ok.error());
            ++report.sessionsAdded;
        }
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace coach
