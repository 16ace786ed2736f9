// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PeopleRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

Result<TeamId> PeopleRepository::ensureTeam(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A team needs a name"));
    QSqlQuery q(m_db.connection());
    // The no-op update makes RETURNING yield the existing row's id too.
    q.prepare(u"INSERT INTO teams (name) VALUES (?) "
              "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"_s);
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
    q.prepare(u"INSERT INTO reps (name, team_id) VALUES (?, ?) "
              "ON CONFLICT (name) DO UPDATE SET team_id = coalesce(team_id, excluded.team_id) "
              "RETURNING id"_s);
    q.addBindValue(trimmed);
    q.addBindValue(team.isValid() ? QVariant(team.value()) : QVariant());
    if (!q.exec() || !q.next())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return RepId(q.value(0).toLongLong());
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
