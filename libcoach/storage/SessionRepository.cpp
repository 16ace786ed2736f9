// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SessionRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant secs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Instants as "2026-03-03T09:00:00Z", comma-separated: readable in the sqlite3 shell.
QString joinTimes(const QList<QDateTime> &times)
{
    QStringList parts;
    for (const QDateTime &t : times)
        parts.append(t.toUTC().toString(Qt::ISODate));
    return parts.join(u',');
}

QList<QDateTime> splitTimes(const QString &text)
{
    QList<QDateTime> result;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QDateTime t = QDateTime::fromString(part.trimmed(), Qt::ISODate);
        if (t.isValid())
            result.append(t.toUTC());
    }
    return result;
}

QVariant optionalText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

// The columns insert and update share, kind … notes, in that order.
void bindContent(QSqlQuery &q, const Session &session)
{
    q.addBindValue(sessionKindKey(session.kind));
    q.addBindValue(notNull(session.title));
    q.addBindValue(notNull(session.organiser));
    q.addBindValue(notNull(session.organiserEmail));
    q.addBindValue(session.start.toSecsSinceEpoch());
    q.addBindValue(session.durationMin);
    q.addBindValue(notNull(session.timeZone));
    q.addBindValue(notNull(session.location));
    q.addBindValue(notNull(session.rrule));
    q.addBindValue(notNull(joinTimes(session.exdates)));
    q.addBindValue(notNull(joinTimes(session.rdates)));
    q.addBindValue(sessionStatusKey(session.status));
    q.addBindValue(notNull(session.agenda));
    q.addBindValue(notNull(session.notes));
}

} // namespace

Result<SessionId> SessionRepository::insert(const Session &session)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO sessions (kind, title, organiser, organiser_email, starts_at, duration_min, "
                   "time_zone, location, rrule, exdates, rdates, status, agenda, notes, ical_uid, sequence, "
                   "source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    bindContent(q, session);
    q.addBindValue(session.icalUid.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@coachbench"_s
                           : session.icalUid);
    q.addBindValue(session.sequence);
    q.addBindValue(notNull(session.source));
    q.addBindValue(secs(session.createdAt.isValid() ? session.createdAt : now));
    q.addBindValue(secs(session.updatedAt.isValid() ? session.updatedAt : now));
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    const SessionId id(q.lastInsertId().toLongLong());
    if (auto written = writeChildren(session, id); !written)
        return std::unexpected(written.error());
    return id;
}

Result<void> SessionRepository::update(const Session &session)
{
    if (!session.id.isValid())
        return fail(ErrorCode::InvalidInput, tr("The session was never stored"));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE sessions SET kind = ?, title = ?, organiser = ?, organiser_email = ?, starts_at = ?, "
                   "duration_min = ?, time_zone = ?, location = ?, rrule = ?, exdates = ?, rdates = ?, status = ?, "
                   "agenda = ?, notes = ?, sequence = ?, source = ?, updated_at = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    bindContent(q, session);
    q.addBindValue(session.sequence);
    q.addBindValue(notNull(session.source));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(session.id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("%1: there is no session %2").arg(m_db.path()).arg(session.id.value()));
    for (const QString &table : { u"session_participants"_s, u"session_overrides"_s }) {
        QSqlQuery del(m_db.connection());
        if (!del.prepare(u"DELETE FROM %1 WHERE session_id = ?"_s.arg(table)))
            return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
        del.addBindValue(session.id.value());
        if (!del.exec())
            return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    }
    return writeChildren(session, session.id);
}

Result<void> SessionRepository::writeChildren(const Session &session, SessionId id)
{
    QSqlQuery p(m_db.connection());
    if (!p.prepare(u"INSERT OR IGNORE INTO session_participants (session_id, rep_id) VALUES (?, ?)"_s))
        return std::unexpected(SqlError::from(p.lastError(), m_db.path()));
    for (RepId rep : session.participants) {
        p.addBindValue(id.value());
        p.addBindValue(rep.value());
        if (!p.exec())
            return std::unexpected(SqlError::from(p.lastError(), m_db.path()));
    }
    QSqlQuery o(m_db.connection());
    if (!o.prepare(u"INSERT INTO session_overrides (session_id, occurrence, starts_at, duration_min, title, "
                   "location, status, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(o.lastError(), m_db.path()));
    for (const SessionOverride &ov : session.overrides) {
        o.addBindValue(id.value());
        o.addBindValue(ov.occurrence.toSecsSinceEpoch());
        o.addBindValue(ov.start.toSecsSinceEpoch());
        o.addBindValue(ov.durationMin);
        o.addBindValue(optionalText(ov.title));
        o.addBindValue(optionalText(ov.location));
        o.addBindValue(sessionStatusKey(ov.status));
        o.addBindValue(ov.sequence);
        if (!o.exec())
            return std::unexpected(SqlError::from(o.lastError(), m_db.path()));
    }
    return {};
}

Result<void> SessionRepository::remove(SessionId id)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"DELETE FROM sessions WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

Result<std::optional<Session>> SessionRepository::find(SessionId id) const
{
    auto found = load(u"WHERE id = ?"_s, { id.value() });
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<Session>(found->constFirst());
}

Result<std::optional<Session>> SessionRepository::findByUid(const QString &uid) const
{
    auto found = load(u"WHERE ical_uid = ?"_s, { uid });
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional<Session>(found->constFirst());
}

Result<QList<Session>> SessionRepository::all() const
{
    return load({}, {});
}

Result<QList<Session>> SessionRepository::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT id, kind, title, organiser, organiser_email, starts_at, duration_min, time_zone, location, "
                   "rrule, exdates, rdates, status, agenda, notes, ical_uid, sequence, source, created_at, updated_at "
                   "FROM sessions %1 ORDER BY starts_at, id"_s.arg(where)))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Session> result;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Session s;
        s.id = SessionId(q.value(0).toLongLong());
        s.kind = sessionKindFromKey(q.value(1).toString()).value_or(SessionKind::OneOnOne);
        s.title = q.value(2).toString();
        s.organiser = q.value(3).toString();
        s.organiserEmail = q.value(4).toString();
        s.start = fromSecs(q.value(5));
        s.durationMin = q.value(6).toInt();
        s.timeZone = q.value(7).toString();
        s.location = q.value(8).toString();
        s.rrule = q.value(9).toString();
        s.exdates = splitTimes(q.value(10).toString());
        s.rdates = splitTimes(q.value(11).toString());
        s.status = sessionStatusFromKey(q.value(12).toString()).value_or(SessionStatus::Planned);
        s.agenda = q.value(13).toString();
        s.notes = q.value(14).toString();
        s.icalUid = q.value(15).toString();
        s.sequence = q.value(16).toInt();
        s.source = q.value(17).toString();
        s.createdAt = fromSecs(q.value(18));
        s.updatedAt = fromSecs(q.value(19));
        index.insert(s.id.value(), result.size());
        result.append(std::move(s));
    }
    if (result.isEmpty())
        return result;

    // Children for all loaded sessions in two passes, rather than two queries per session.
    QSqlQuery p(m_db.connection());
    if (!p.exec(u"SELECT session_id, rep_id FROM session_participants ORDER BY session_id, rep_id"_s))
        return std::unexpected(SqlError::from(p.lastError(), m_db.path()));
    while (p.next()) {
        if (const auto it = index.constFind(p.value(0).toLongLong()); it != index.cend())
            result[*it].participants.append(RepId(p.value(1).toLongLong()));
    }
    QSqlQuery o(m_db.connection());
    if (!o.exec(u"SELECT session_id, occurrence, starts_at, duration_min, title, location, status, sequence "
                "FROM session_overrides ORDER BY session_id, occurrence"_s))
        return std::unexpected(SqlError::from(o.lastError(), m_db.path()));
    while (o.next()) {
        const auto it = index.constFind(o.value(0).toLongLong());
        if (it == index.cend())
            continue;
        SessionOverride ov;
        ov.occurrence = fromSecs(o.value(1));
        ov.start = fromSecs(o.value(2));
        ov.durationMin = o.value(3).toInt();
        if (!o.value(4).isNull())
            ov.title = o.value(4).toString();
        if (!o.value(5).isNull())
            ov.location = o.value(5).toString();
        ov.status = sessionStatusFromKey(o.value(6).toString()).value_or(SessionStatus::Planned);
        ov.sequence = o.value(7).toInt();
        result[*it].overrides.append(ov);
    }
    return result;
}

Result<QHash<qint64, RepContact>> SessionRepository::repContacts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, name, email, team_id, active FROM reps"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QHash<qint64, RepContact> result;
    while (q.next()) {
        const RepId id(q.value(0).toLongLong());
        result.insert(id.value(), { id, q.value(1).toString(), q.value(2).toString(),
                                    TeamId(q.value(3).toLongLong()), q.value(4).toInt() != 0 });
    }
    return result;
}

} // namespace coach
