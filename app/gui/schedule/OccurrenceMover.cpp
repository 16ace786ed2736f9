// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/OccurrenceMover.h"

#include "schedule/RecurrencePattern.h"
#include "schedule/ScheduleService.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

QTimeZone zoneOf(const QString &id)
{
    return id.isEmpty() ? QTimeZone::utc() : QTimeZone(id.toUtf8());
}

} // namespace

coach::Result<coach::Session> OccurrenceMover::moved(const coach::Occurrence &meeting, const QDateTime &startUtc,
                                                     Scope scope) const
{
    const coach::ScheduleService service(m_db);
    auto found = service.session(meeting.sessionId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return coach::fail(coach::ErrorCode::NotFound, tr("The meeting “%1” is no longer in the library").arg(meeting.title));
    coach::Session s = **found;
    const QDateTime target = startUtc.toUTC();
    if (!s.isRecurring()) {
        // A single meeting simply starts elsewhere: no override for calendars to puzzle over.
        s.start = target;
        s.overrides.clear();
        return s;
    }
    if (scope == Scope::Meeting) {
        auto it = std::find_if(s.overrides.begin(), s.overrides.end(),
                               [&](const coach::SessionOverride &ov) { return ov.occurrence == meeting.occurrence; });
        if (it == s.overrides.end()) {
            coach::SessionOverride ov;
            ov.occurrence = meeting.occurrence;
            ov.durationMin = s.durationMin;
            ov.status = s.status;
            s.overrides.append(ov);
            it = s.overrides.end() - 1;
        }
        it->start = target;
        return s;
    }
    // The whole series shifts by as much as this meeting moved from its slot in the rule.
    const qint64 delta = meeting.occurrence.secsTo(target);
    const QTimeZone zone = zoneOf(s.timeZone);
    const int days = int(meeting.occurrence.toTimeZone(zone).date().daysTo(target.toTimeZone(zone).date()));
    s.start = s.start.addSecs(delta);
    s.rrule = RecurrencePattern::shiftWeekdays(s.rrule, days);
    for (QDateTime &t : s.exdates)
        t = t.addSecs(delta);
    for (QDateTime &t : s.rdates)
        t = t.addSecs(delta);
    for (coach::SessionOverride &ov : s.overrides) {
        ov.occurrence = ov.occurrence.addSecs(delta);
        ov.start = ov.start.addSecs(delta);
    }
    return s;
}

coach::Result<QList<coach::Conflict>> OccurrenceMover::conflicts(const coach::Occurrence &meeting,
                                                                 const QDateTime &startUtc, Scope scope) const
{
    auto session = moved(meeting, startUtc, scope);
    if (!session)
        return std::unexpected(session.error());
    auto all = coach::ScheduleService(m_db).conflictsFor(*session);
    if (!all || scope == Scope::Series)
        return all;
    // Only what stands in the way of this meeting; the series' other meetings are not being moved.
    const QDateTime target = startUtc.toUTC();
    all->removeIf([&](const coach::Conflict &c) { return c.start != target; });
    return all;
}

coach::Result<coach::Session> OccurrenceMover::move(const coach::Occurrence &meeting, const QDateTime &startUtc,
                                                    Scope scope, bool allowConflicts)
{
    const QDateTime target = startUtc.toUTC();
    if (target < QDateTime::currentDateTimeUtc().addSecs(-60))
        return coach::fail(coach::ErrorCode::InvalidInput,
                           tr("“%1” cannot be moved into the past").arg(meeting.title));
    auto session = moved(meeting, target, scope);
    if (!session)
        return session;
    coach::ScheduleService service(m_db);
    auto found = conflicts(meeting, target, scope);
    if (!found)
        return std::unexpected(found.error());
    if (!found->isEmpty() && !allowConflicts) {
        QStringList messages;
        for (const coach::Conflict &c : std::as_const(*found))
            messages << c.message;
        return coach::fail(coach::ErrorCode::InvalidInput,
                           tr("“%1” was not moved: %2").arg(meeting.title, messages.join(u"; "_s)));
    }
    // The moved meeting is clear (or its conflicts accepted); others of the series may
    // have had conflicts before, which the move should not trip over.
    const coach::SaveOptions options{true, false};
    if (session->isRecurring() && scope == Scope::Meeting)
        return service.moveOccurrence(meeting.sessionId, meeting.occurrence, target, std::nullopt, options);
    return service.updateSeries(*session, options);
}
