// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/BuddyPlanner.h"

#include "schedule/ConflictChecker.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BuddyRepository.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

bool validMonth(const QString &month)
{
    return QDate::fromString(month + u"-01"_s, Qt::ISODate).isValid() && month.size() == 7;
}

} // namespace

Result<BuddyRotation::Proposal> BuddyPlanner::propose(TeamId team, const QString &month,
                                                      BuddyRotation::OddMode mode) const
{
    if (!validMonth(month))
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a month (YYYY-MM)").arg(month));
    BuddyRepository repo(m_db);
    auto history = repo.history(team);
    if (!history)
        return std::unexpected(history.error());
    auto members = repo.activeMembers(team);
    if (!members)
        return std::unexpected(members.error());
    QList<RepId> ids;
    for (const Rep &r : *members)
        ids.append(r.id);

    QList<QList<BuddyPair>> before;
    for (const BuddyMonth &m : *history) {
        if (m.month == month) {
            BuddyRotation::Proposal stored;
            stored.pairs = m.pairs;
            stored.round = -1;
            return stored;
        }
        if (m.month < month)
            before.append(m.pairs);
    }
    // A rep whose time off covers the whole month is not paired.
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    const QDateTime from(first, QTime(0, 0), Qt::UTC);
    const QDateTime to(first.addMonths(1), QTime(0, 0), Qt::UTC);
    auto shifts = AvailabilityRepository(m_db).shifts(from, to);
    if (!shifts)
        return std::unexpected(shifts.error());
    QSet<qint64> unavailable;
    for (const Shift &s : *shifts) {
        if (s.kind == Shift::Kind::Off && s.start <= from && s.end >= to)
            unavailable.insert(s.repId.value());
    }
    return BuddyRotation::propose(ids, before, unavailable, mode);
}

Result<void> BuddyPlanner::save(TeamId team, const QString &month, const QList<BuddyPair> &pairs)
{
    if (!validMonth(month))
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a month (YYYY-MM)").arg(month));
    Transaction transaction(m_db);
    if (auto ok = BuddyRepository(m_db).savePairs(team, month, pairs); !ok)
        return ok;
    return transaction.commit();
}

Result<QList<DebriefSuggestion>> BuddyPlanner::debriefSuggestions(const QDate &day, const QString &timeZone,
                                                                  int minCalls) const
{
    const QTimeZone tz = timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(timeZone.toUtf8());
    if (!tz.isValid())
        return fail(ErrorCode::InvalidInput, tr("Unknown time zone “%1”").arg(timeZone));
    const QDateTime from(day, QTime(0, 0), tz);
    const QDateTime to(day.addDays(1), QTime(0, 0), tz);
    BuddyRepository repo(m_db);
    auto calls = repo.toughCalls(from.toUTC(), to.toUTC());
    if (!calls)
        return std::unexpected(calls.error());
    QHash<qint64, QList<CallId>> byRep;
    for (const ToughCall &c : *calls)
        byRep[c.repId.value()].append(c.callId);

    AvailabilityRepository availability(m_db);
    auto hours = availability.workingHours();
    if (!hours)
        return std::unexpected(hours.error());
    auto shifts = availability.shifts(from.toUTC(), to.toUTC().addDays(14));
    if (!shifts)
        return std::unexpected(shifts.error());
    ConflictChecker::Facts facts;
    facts.hours = *hours;
    facts.shifts = *shifts;
    const ConflictChecker checker(facts);

    auto contacts = SessionRepository(m_db).repContacts();
    if (!contacts)
        return std::unexpected(contacts.error());
    const QString month = day.toString(u"yyyy-MM"_s);
    QHash<qint64, QList<BuddyPair>> pairsOfTeam;
    const auto buddyOf = [&](RepId rep) -> Result<RepId> {
        const TeamId team = contacts->value(rep.value()).teamId;
        if (!pairsOfTeam.contains(team.value())) {
            auto proposal = propose(team, month);
            if (!proposal)
                return std::unexpected(proposal.error());
            pairsOfTeam.insert(team.value(), proposal->pairs);
        }
        for (const BuddyPair &p : pairsOfTeam.value(team.value())) {
            const QList<RepId> members = p.members();
            if (members.contains(rep)) {
                for (RepId other : members) {
                    if (other != rep)
                        return other;
                }
            }
        }
        return RepId();
    };
    const auto hasHours = [&](RepId rep) {
        return std::any_of(hours->cbegin(), hours->cend(), [&](const WorkingHours &h) { return h.repId == rep; });
    };

    QList<DebriefSuggestion> result;
    QList<qint64> reps = byRep.keys();
    std::sort(reps.begin(), reps.end());
    for (qint64 repValue : reps) {
        const QList<CallId> &repCalls = byRep.value(repValue);
        if (repCalls.size() < minCalls)
            continue;
        DebriefSuggestion s;
        s.rep = RepId(repValue);
        s.toughDay = day;
        s.toughCalls = int(repCalls.size());
        s.calls = repCalls;
        auto buddy = buddyOf(s.rep);
        if (!buddy)
            return std::unexpected(buddy.error());
        s.buddy = *buddy;
        // The next working day of the rep, and the first half hour both reps work then.
        const QList<RepId> both = s.buddy.isValid() ? QList<RepId>{ s.rep, s.buddy } : QList<RepId>{ s.rep };
        for (int ahead = 1; ahead <= 14 && !s.start.isValid(); ++ahead) {
            const QDate candidate = day.addDays(ahead);
            if (!hasHours(s.rep) && candidate.dayOfWeek() > Qt::Friday)
                continue;
            for (int slot = 8 * 2; slot < 18 * 2; ++slot) {
                const QDateTime start = QDateTime(candidate, QTime(slot / 2, (slot % 2) * 30), tz).toUTC();
                const QDateTime end = start.addSecs(qint64(s.durationMin) * 60);
                if (std::all_of(both.cbegin(), both.cend(),
                                [&](RepId r) { return checker.isWorking(r, start, end); })) {
                    s.start = start;
                    break;
                }
            }
        }
        if (!s.start.isValid())
            s.start = QDateTime(day.addDays(1), QTime(9, 0), tz).toUTC();
        result.append(s);
    }
    return result;
}

} // namespace coach
