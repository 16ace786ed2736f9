// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BuddyRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QString teamFilter(TeamId team)
{
    return team.isValid() ? u"team_id = ?"_s : u"team_id IS NULL"_s;
}

} // namespace

Result<QList<BuddyMonth>> BuddyRepository::history(TeamId team) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT month, rep_a, rep_b, rep_c FROM buddy_pairs WHERE %1 ORDER BY month, id"_s.arg(teamFilter(team))))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (team.isValid())
        q.addBindValue(team.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<BuddyMonth> result;
    while (q.next()) {
        const QString month = q.value(0).toString();
        if (result.isEmpty() || result.constLast().month != month)
            result.append({ month, {} });
        result.last().pairs.append({ RepId(q.value(1).toLongLong()), RepId(q.value(2).toLongLong()),
                                     RepId(q.value(3).toLongLong()) });
    }
    return result;
}

Result<void> BuddyRepository::savePairs(TeamId team, const QString &month, const QList<BuddyPair> &pairs)
{
    QSqlQuery del(m_db.connection());
    if (!del.prepare(u"DELETE FROM buddy_pairs WHERE month = ? AND %1"_s.arg(teamFilter(team))))
        return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    del.addBindValue(month);
    if (team.isValid())
        del.addBindValue(team.value());
    if (!del.exec())
        return std::unexpected(SqlError::from(del.lastError(), m_db.path()));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO buddy_pairs (team_id, month, rep_a, rep_b, rep_c, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const BuddyPair &p : pairs) {
        q.addBindValue(team.isValid() ? QVariant(team.value()) : QVariant());
        q.addBindValue(month);
        q.addBindValue(p.a.value());
        q.addBindValue(p.b.value());
        q.addBindValue(p.c.isValid() ? QVariant(p.c.value()) : QVariant());
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec())
            return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    }
    return {};
}

Result<QList<Rep>> BuddyRepository::activeMembers(TeamId team) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT id, name, team_id FROM reps WHERE active = 1 AND %1 ORDER BY id"_s.arg(teamFilter(team))))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (team.isValid())
        q.addBindValue(team.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<Rep> result;
    while (q.next())
        result.append({ RepId(q.value(0).toLongLong()), q.value(1).toString(), TeamId(q.value(2).toLongLong()) });
    return result;
}

Result<QList<ToughCall>> BuddyRepository::toughCalls(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    // Start from the day's calls (index on started_at), then look at their
    // annotations: joining from annotations scans all of them, which the GUI
    // felt at start-up on a large library. "+" keeps SQLite off the rep index.
    if (!q.prepare(u"SELECT c.id, c.rep_id, c.started_at FROM calls c "
                   "WHERE c.started_at >= ? AND c.started_at < ? AND +c.rep_id IS NOT NULL "
                   "AND EXISTS (SELECT 1 FROM annotations a JOIN tags t ON t.id = a.tag_id "
                   "WHERE a.call_id = c.id AND t.key LIKE 'signal.%') "
                   "ORDER BY c.rep_id, c.started_at"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<ToughCall> result;
    while (q.next())
        result.append({ CallId(q.value(0).toLongLong()), RepId(q.value(1).toLongLong()),
                        QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC) });
    return result;
}

} // namespace coach
