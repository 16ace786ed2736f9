// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SessionNotesRepository.h"

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

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

const auto actionItemColumns = u"id, session_id, occurrence, rep_id, text, status, created_at, done_at"_s;

ActionItem readActionItem(const QSqlQuery &q)
{
    ActionItem item;
    item.id = ActionItemId(q.value(0).toLongLong());
    item.sessionId = SessionId(q.value(1).toLongLong());
    item.occurrence = fromSecs(q.value(2));
    item.repId = RepId(q.value(3).toLongLong());
    item.text = q.value(4).toString();
    item.done = q.value(5).toString() == u"done"_s;
    item.createdAt = fromSecs(q.value(6));
    item.doneAt = fromSecs(q.value(7));
    return item;
}

} // namespace

Result<void> SessionNotesRepository::saveCheckIn(const CheckIn &checkIn)
{
    for (const auto &value : { checkIn.energy, checkIn.workload }) {
        if (value && (*value < 1 || *value > 5))
            return fail(ErrorCode::InvalidInput, tr("Energy and workload are rated 1 to 5, not %1").arg(*value));
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO session_checkins (session_id, occurrence, rep_id, energy, workload, notes, recorded_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, occurrence, rep_id) DO UPDATE SET "
                   "energy = excluded.energy, workload = excluded.workload, notes = excluded.notes, "
                   "recorded_at = excluded.recorded_at"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(checkIn.sessionId.value());
    q.addBindValue(checkIn.occurrence.toSecsSinceEpoch());
    q.addBindValue(checkIn.repId.value());
    q.addBindValue(optionalInt(checkIn.energy));
    q.addBindValue(optionalInt(checkIn.workload));
    q.addBindValue(notNull(checkIn.notes));
    q.addBindValue(checkIn.recordedAt.isValid() ? checkIn.recordedAt.toSecsSinceEpoch()
                                                : QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

static CheckIn readCheckIn(const QSqlQuery &q)
{
    CheckIn c;
    c.sessionId = SessionId(q.value(0).toLongLong());
    c.occurrence = fromSecs(q.value(1));
    c.repId = RepId(q.value(2).toLongLong());
    if (!q.value(3).isNull())
        c.energy = q.value(3).toInt();
    if (!q.value(4).isNull())
        c.workload = q.value(4).toInt();
    c.notes = q.value(5).toString();
    c.recordedAt = fromSecs(q.value(6));
    return c;
}

Result<std::optional<CheckIn>> SessionNotesRepository::checkIn(SessionId session, const QDateTime &occurrence,
                                                               RepId rep) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT session_id, occurrence, rep_id, energy, workload, notes, recorded_at FROM session_checkins "
                   "WHERE session_id = ? AND occurrence = ? AND rep_id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(session.value());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    q.addBindValue(rep.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::nullopt;
    return readCheckIn(q);
}

Result<QList<CheckIn>> SessionNotesRepository::checkInsOf(RepId rep) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT session_id, occurrence, rep_id, energy, workload, notes, recorded_at FROM session_checkins "
                   "WHERE rep_id = ? ORDER BY occurrence"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(rep.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<CheckIn> result;
    while (q.next())
        result.append(readCheckIn(q));
    return result;
}

Result<ActionItemId> SessionNotesRepository::addActionItem(const ActionItem &item)
{
    if (item.text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An action item needs some text"));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO action_items (session_id, occurrence, rep_id, text, status, created_at, done_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(item.sessionId.value());
    q.addBindValue(item.occurrence.toSecsSinceEpoch());
    q.addBindValue(item.repId.isValid() ? QVariant(item.repId.value()) : QVariant());
    q.addBindValue(item.text.trimmed());
    q.addBindValue(item.done ? u"done"_s : u"open"_s);
    q.addBindValue(item.createdAt.isValid() ? item.createdAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch());
    q.addBindValue(item.done ? QVariant(QDateTime::currentSecsSinceEpoch()) : QVariant());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return ActionItemId(q.lastInsertId().toLongLong());
}

Result<void> SessionNotesRepository::setActionItemDone(ActionItemId id, bool done)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE action_items SET status = ?, done_at = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(done ? u"done"_s : u"open"_s);
    q.addBindValue(done ? QVariant(QDateTime::currentSecsSinceEpoch()) : QVariant());
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("%1: there is no action item %2").arg(m_db.path()).arg(id.value()));
    return {};
}

Result<QList<ActionItem>> SessionNotesRepository::actionItemsFor(SessionId session, const QDateTime &occurrence) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT %1 FROM action_items WHERE session_id = ? AND "
                   "(occurrence = ? OR (occurrence < ? AND status = 'open')) ORDER BY occurrence, id"_s
                           .arg(actionItemColumns)))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(session.value());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<ActionItem> result;
    while (q.next()) {
        ActionItem item = readActionItem(q);
        item.carried = item.occurrence < occurrence;
        result.append(item);
    }
    return result;
}

Result<QList<ActionItem>> SessionNotesRepository::openActionItemsOf(RepId rep) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT %1 FROM action_items WHERE rep_id = ? AND status = 'open' ORDER BY occurrence, id"_s
                           .arg(actionItemColumns)))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(rep.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<ActionItem> result;
    while (q.next())
        result.append(readActionItem(q));
    return result;
}

Result<void> SessionNotesRepository::linkCall(SessionId session, const QDateTime &occurrence, CallId call)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT OR IGNORE INTO session_calls (session_id, occurrence, call_id) VALUES (?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(session.value());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

Result<void> SessionNotesRepository::unlinkCall(SessionId session, const QDateTime &occurrence, CallId call)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM session_calls WHERE session_id = ? AND occurrence = ? AND call_id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(session.value());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    q.addBindValue(call.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

Result<QList<CallId>> SessionNotesRepository::linkedCalls(SessionId session, const QDateTime &occurrence) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT call_id FROM session_calls WHERE session_id = ? AND occurrence = ? ORDER BY call_id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(session.value());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<CallId> result;
    while (q.next())
        result.append(CallId(q.value(0).toLongLong()));
    return result;
}

Result<void> SessionNotesRepository::saveHuddleEntry(const HuddleEntry &entry)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO huddle_entries (session_id, occurrence, rep_id, success, struggle) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (session_id, occurrence, rep_id) DO UPDATE SET success = excluded.success, "
                   "struggle = excluded.struggle"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(entry.sessionId.value());
    q.addBindValue(entry.occurrence.toSecsSinceEpoch());
    q.addBindValue(entry.repId.value());
    q.addBindValue(notNull(entry.success));
    q.addBindValue(notNull(entry.struggle));
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

Result<QList<HuddleEntry>> SessionNotesRepository::huddleEntries(SessionId session, const QDateTime &occurrence) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT rep_id, success, struggle FROM huddle_entries WHERE session_id = ? AND occurrence = ? "
                   "ORDER BY rep_id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(session.value());
    q.addBindValue(occurrence.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<HuddleEntry> result;
    while (q.next())
        result.append({ session, occurrence, RepId(q.value(0).toLongLong()), q.value(1).toString(),
                        q.value(2).toString() });
    return result;
}

} // namespace coach
