// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AvailabilityRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

int minutes(const QTime &t, bool isEnd)
{
    // 24:00 has no QTime; an end of 00:00 means midnight at the end of the day.
    if (isEnd && t == QTime(0, 0))
        return 1440;
    return t.hour() * 60 + t.minute();
}

QTime fromMinutes(int m)
{
    return m >= 1440 ? QTime(23, 59, 59) : QTime(m / 60, m % 60);
}

} // namespace

Result<void> AvailabilityRepository::setWorkingHours(RepId rep, const QList<WorkingHours> &hours)
{
    QSqlQuery del(m_db.connection());
    if (!del.prepare(u"DELETE FROM rep_working_hours WHERE rep_id = ?"_s))
        return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    del.addBindValue(rep.value());
    if (!del.exec())
        return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO rep_working_hours (rep_id, weekday, start_min, end_min, time_zone) VALUES (?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const WorkingHours &h : hours) {
        const int start = minutes(h.start, false);
        const int end = minutes(h.end, true);
        if (h.weekday < 1 || h.weekday > 7 || end <= start)
            return fail(ErrorCode::InvalidInput, tr("Working hours %1–%2 on day %3 are not a time span")
                                                         .arg(h.start.toString(u"HH:mm"_s), h.end.toString(u"HH:mm"_s))
                                                         .arg(h.weekday));
        q.addBindValue(rep.value());
        q.addBindValue(h.weekday);
        q.addBindValue(start);
        q.addBindValue(end);
        q.addBindValue(notNull(h.timeZone));
        if (!q.exec())
            return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    }
    return {};
}

Result<QList<WorkingHours>> AvailabilityRepository::workingHours() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT rep_id, weekday, start_min, end_min, time_zone FROM rep_working_hours "
                "ORDER BY rep_id, weekday, start_min"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<WorkingHours> result;
    while (q.next())
        result.append({ RepId(q.value(0).toLongLong()), q.value(1).toInt(), fromMinutes(q.value(2).toInt()),
                        fromMinutes(q.value(3).toInt()), q.value(4).toString() });
    return result;
}

Result<ShiftId> AvailabilityRepository::addShift(const Shift &shift)
{
    if (!shift.start.isValid() || !shift.end.isValid() || shift.end <= shift.start)
        return fail(ErrorCode::InvalidInput, tr("A shift must end after it starts"));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO rep_shifts (rep_id, starts_at, ends_at, kind) VALUES (?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(shift.repId.value());
    q.addBindValue(shift.start.toSecsSinceEpoch());
    q.addBindValue(shift.end.toSecsSinceEpoch());
    q.addBindValue(shift.kind == Shift::Kind::Off ? u"off"_s : u"shift"_s);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return ShiftId(q.lastInsertId().toLongLong());
}

Result<void> AvailabilityRepository::removeShift(ShiftId id)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM rep_shifts WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

Result<QList<Shift>> AvailabilityRepository::shifts(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT id, rep_id, starts_at, ends_at, kind FROM rep_shifts WHERE starts_at < ? AND ends_at > ? "
                   "ORDER BY starts_at, id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(from.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Shift> result;
    while (q.next()) {
        Shift s;
        s.id = ShiftId(q.value(0).toLongLong());
        s.repId = RepId(q.value(1).toLongLong());
        s.start = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        s.end = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        s.kind = q.value(4).toString() == u"off"_s ? Shift::Kind::Off : Shift::Kind::Shift;
        result.append(s);
    }
    return result;
}

} // namespace coach
