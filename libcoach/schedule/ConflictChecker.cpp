// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ConflictChecker.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart, const QDateTime &bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

QString span(const QDateTime &start, const QDateTime &end, const QString &zone)
{
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    const QDateTime s = start.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
    const QDateTime e = end.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
    return u"%1–%2"_s.arg(s.toString(u"yyyy-MM-dd HH:mm"_s), e.toString(u"HH:mm"_s));
}

} // namespace

QString ConflictChecker::repName(RepId rep) const
{
    return m_facts.repNames.value(rep.value(), tr("rep %1").arg(rep.value()));
}

bool ConflictChecker::isWorking(RepId rep, const QDateTime &start, const QDateTime &end) const
{
    // A dated shift on the meeting's day replaces the weekly hours for that day.
    bool hasShiftThatDay = false;
    for (const Shift &s : m_facts.shifts) {
        if (s.repId != rep || s.kind != Shift::Kind::Shift)
            continue;
        if (s.start.date() == start.date() || s.end.date() == start.date() || overlaps(s.start, s.end, start, end)) {
            hasShiftThatDay = true;
            if (s.start <= start && end <= s.end)
                return true;
        }
    }
    if (hasShiftThatDay)
        return false;
    bool hasHours = false;
    for (const WorkingHours &h : m_facts.hours) {
        if (h.repId != rep)
            continue;
        hasHours = true;
        const QTimeZone tz = h.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(h.timeZone.toUtf8());
        const QDateTime local = start.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
        if (local.date().dayOfWeek() != h.weekday)
            continue;
        const QDateTime from(local.date(), h.start, local.timeZone());
        const QDateTime to = h.end == QTime(23, 59, 59) ? QDateTime(local.date().addDays(1), QTime(0, 0), local.timeZone())
                                                        : QDateTime(local.date(), h.end, local.timeZone());
        if (from <= start && end <= to)
            return true;
    }
    return !hasHours;
}

QList<Conflict> ConflictChecker::check(const Occurrence &c) const
{
    QList<Conflict> result;
    if (c.status == SessionStatus::Cancelled)
        return result;
    const QString when = span(c.start, c.end, c.timeZone);
    for (const Occurrence &e : m_facts.existing) {
        if (e.status == SessionStatus::Cancelled || !overlaps(c.start, c.end, e.start, e.end))
            continue;
        if (c.sessionId.isValid() && e.sessionId == c.sessionId && e.occurrence == c.occurrence)
            continue;
        RepId shared;
        for (RepId r : c.participants) {
            if (e.participants.contains(r)) {
                shared = r;
                break;
            }
        }
        const bool manager = managerAttends(c.kind) && managerAttends(e.kind);
        if (!shared.isValid() && !manager)
            continue;
        Conflict k;
        k.kind = Conflict::Kind::OverlapsSession;
        k.start = c.start;
        k.end = c.end;
        k.repId = shared;
        k.otherSession = e.sessionId;
        k.otherOccurrence = e.occurrence;
        k.message = tr("%1 overlaps “%2” (%3) for %4")
                            .arg(when, e.title, span(e.start, e.end, e.timeZone),
                                 shared.isValid() ? repName(shared) : tr("the organiser"));
        result.append(k);
    }
    for (const BusyBlock &b : m_facts.busy) {
        if (!overlaps(c.start, c.end, b.start, b.end))
            continue;
        const bool mine = b.repId.isValid() ? c.participants.contains(b.repId) : managerAttends(c.kind);
        if (!mine)
            continue;
        Conflict k;
        k.kind = Conflict::Kind::OverlapsBusyTime;
        k.start = c.start;
        k.end = c.end;
        k.repId = b.repId;
        k.message = tr("%1 overlaps busy time “%2” (%3) of %4")
                            .arg(when, b.summary, span(b.start, b.end, c.timeZone),
                                 b.repId.isValid() ? repName(b.repId) : tr("the organiser"));
        result.append(k);
    }
    for (RepId r : c.participants) {
        bool off = false;
        for (const Shift &s : m_facts.shifts) {
            if (s.repId == r && s.kind == Shift::Kind::Off && overlaps(c.start, c.end, s.start, s.end)) {
                Conflict k;
                k.kind = Conflict::Kind::TimeOff;
                k.start = c.start;
                k.end = c.end;
                k.repId = r;
                k.message = tr("%1: %2 is off").arg(when, repName(r));
                result.append(k);
                off = true;
                break;
            }
        }
        if (!off && !isWorking(r, c.start, c.end)) {
            Conflict k;
            k.kind = Conflict::Kind::OutsideWorkingHours;
            k.start = c.start;
            k.end = c.end;
            k.repId = r;
            k.message = tr("%1 is outside the working hours of %2").arg(when, repName(r));
            result.append(k);
        }
    }
    return result;
}

QList<Conflict> ConflictChecker::check(const QList<Occurrence> &candidates) const
{
    QList<Conflict> result;
    for (const Occurrence &c : candidates)
        result.append(check(c));
    return result;
}

} // namespace coach
