// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PeopleRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach {

Result<TeamId> PeopleRepository::ensureTeam(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A team needs a name"));
    QSqlQuery q(m_db.connection());
    // The no-op update makes RETURNING yield the existing row's id too.
    if (!q.prepare(u"INSERT INTO teams (name) VALUES (?) "
                   "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(trimmed);
    if (!q.exec() || !q.next())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return TeamId(q.value(0).toLongLong());
}

Result<RepId> PeopleRepository::ensureRep(const QString &name, TeamId team)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A rep needs a name"));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO reps (name, team_id) VALUES (?, ?) "
                   "ON CONFLICT (name) DO UPDATE SET team_id = coalesce(team_id, excluded.team_id) "
                   "RETURNING id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(trimmed);
    q.addBindValue(team.isValid() ? QVariant(team.value()) : QVariant());
    if (!q.exec() || !q.next())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return RepId(q.value(0).toLongLong());
}

Result<void> PeopleRepository::setTeamTimeZone(TeamId team, const QString &ianaId)
{
    const QString library = QDir::toNativeSeparators(m_db.path());
    const QString id = ianaId.trimmed();
    if (!id.isEmpty() && !QTimeZone(id.toUtf8()).isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: “%2” is not a time zone this system knows (an IANA name such as Europe/Berlin)")
                            .arg(library, id));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE teams SET time_zone = ? WHERE id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.isEmpty() ? u""_s : id); // the column is NOT NULL; a null QString binds NULL
    q.addBindValue(team.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("%1: team %2 is not in the library").arg(library).arg(team.value()));
    return {};
}

Result<QList<Team>> PeopleRepository::teams() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, name, time_zone FROM teams ORDER BY name COLLATE NOCASE"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Team> result;
    while (q.next())
        result.append({ TeamId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString() });
    return result;
}

Result<QList<Rep>> PeopleRepository::reps() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, name, team_id FROM reps ORDER BY name COLLATE NOCASE"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Rep> result;
    while (q.next())
        result.append({ RepId(q.value(0).toLongLong()), q.value(1).toString(),
                        TeamId(q.value(2).toLongLong()) });
    return result;
}

} // namespace coach
