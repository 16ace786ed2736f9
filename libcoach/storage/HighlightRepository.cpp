// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/HighlightRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Names, labels and the call's start come along so views and packs need no second query.
const QString kSelect = u"SELECT h.id, h.team_id, h.iso_week, h.call_id, h.start_ms, h.end_ms, h.reason, "
                         "h.pattern_tag_id, h.chosen_by, h.chosen_at, h.superseded_at, "
                         "t.name, t.time_zone, c.rep_id, r.name, c.started_at, c.duration_ms, g.key, coach_tag_label(g.key, g.label) "
                         "FROM highlights h "
                         "JOIN teams t ON t.id = h.team_id "
                         "JOIN calls c ON c.id = h.call_id "
                         "LEFT JOIN reps r ON r.id = c.rep_id "
                         "LEFT JOIN tags g ON g.id = h.pattern_tag_id"_s;

const QString kOrder = u" ORDER BY h.iso_week DESC, t.name COLLATE NOCASE, h.team_id, "
                        "(h.superseded_at IS NOT NULL), h.chosen_at DESC, h.id DESC"_s;

QDateTime utcSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Highlight highlightFrom(const QSqlQuery &q)
{
    Highlight h;
    h.id = HighlightId(q.value(0).toLongLong());
    h.team = TeamId(q.value(1).toLongLong());
    // Stored weeks passed the table's CHECK and set()'s validation.
    h.week = IsoWeek::parse(q.value(2).toString()).value_or(IsoWeek());
    h.call = CallId(q.value(3).toLongLong());
    if (!q.value(4).isNull() && !q.value(5).isNull())
        h.region = TimeRange{ q.value(4).toLongLong(), q.value(5).toLongLong() };
    h.reason = q.value(6).toString();
    h.patternTag = TagId(q.value(7).toLongLong());
    h.chosenBy = q.value(8).toString();
    h.chosenAt = utcSeconds(q.value(9));
    h.supersededAt = utcSeconds(q.value(10));
    h.teamName = q.value(11).toString();
    h.teamTimeZone = q.value(12).toString();
    h.rep = RepId(q.value(13).toLongLong());
    h.repName = q.value(14).toString();
    h.callStartedAt = utcSeconds(q.value(15));
    h.callDurationMs = q.value(16).toLongLong();
    h.patternKey = q.value(17).toString();
    h.patternLabel = q.value(18).toString();
    return h;
}

Result<QList<Highlight>> collect(QSqlQuery &q, const QString &path)
{
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), path));
    QList<Highlight> result;
    while (q.next())
        result.append(highlightFrom(q));
    return result;
}

} // namespace

Result<void> HighlightRepository::validate(const Highlight &h) const
{
    const QString library = QDir::toNativeSeparators(m_db.path());
    if (!h.team.isValid())
        return fail(ErrorCode::InvalidInput, tr("%1: a highlight needs a team").arg(library));
    if (!h.call.isValid())
        return fail(ErrorCode::InvalidInput, tr("%1: a highlight needs a call").arg(library));
    if (!h.week.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: %2-W%3 is not an ISO week").arg(library).arg(h.week.year()).arg(h.week.week()));
    if (h.region && (h.region->startMs < 0 || h.region->endMs <= h.region->startMs))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: a highlight's region must start at 0 or later and end after it starts "
                       "(start %2 ms, end %3 ms)")
                            .arg(library)
                            .arg(h.region->startMs)
                            .arg(h.region->endMs));
    return {};
}

Result<HighlightId> HighlightRepository::set(const Highlight &highlight)
{
    if (auto valid = validate(highlight); !valid)
        return std::unexpected(valid.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 chosenAt = highlight.chosenAt.isValid() ? highlight.chosenAt.toSecsSinceEpoch() : now;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(ErrorCode::Database, tr("%1: cannot start a transaction to store the highlight")
                                                 .arg(QDir::toNativeSeparators(m_db.path())));
    QSqlQuery supersede(m_db.connection());
    if (!supersede.prepare(u"UPDATE highlights SET superseded_at = ? "
                           "WHERE team_id = ? AND iso_week = ? AND superseded_at IS NULL"_s))
        return std::unexpected(SqlError::from(supersede.lastError(), m_db.path()));
    supersede.addBindValue(chosenAt);
    supersede.addBindValue(highlight.team.value());
    supersede.addBindValue(highlight.week.toString());
    if (!supersede.exec())
        return std::unexpected(SqlError::from(supersede.lastError(), m_db.path()));

    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(u"INSERT INTO highlights (team_id, iso_week, call_id, start_ms, end_ms, reason, pattern_tag_id, "
                        "chosen_by, chosen_at) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?)"_s))
        return std::unexpected(SqlError::from(insert.lastError(), m_db.path()));
    insert.addBindValue(highlight.team.value());
    insert.addBindValue(highlight.week.toString());
    insert.addBindValue(highlight.call.value());
    insert.addBindValue(highlight.region ? QVariant(highlight.region->startMs) : QVariant());
    insert.addBindValue(highlight.region ? QVariant(highlight.region->endMs) : QVariant());
    insert.addBindValue(highlight.reason);
    insert.addBindValue(highlight.patternTag.isValid() ? QVariant(highlight.patternTag.value()) : QVariant());
    insert.addBindValue(highlight.chosenBy);
    insert.addBindValue(chosenAt);
    if (!insert.exec()) {
        if ((insert.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CONSTRAINT) {
            return fail(ErrorCode::NotFound,
                        tr("%1: cannot store the highlight: team %2, call %3 or tag %4 is not in the library (%5)")
                                .arg(QDir::toNativeSeparators(m_db.path()))
                                .arg(highlight.team.value())
                                .arg(highlight.call.value())
                                .arg(highlight.patternTag.value())
                                .arg(insert.lastError().databaseText()));
        }
        return std::unexpected(SqlError::from(insert.lastError(), m_db.path()));
    }
    const HighlightId id(insert.lastInsertId().toLongLong());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> HighlightRepository::clear(TeamId team, IsoWeek week)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"UPDATE highlights SET superseded_at = ? "
                   "WHERE team_id = ? AND iso_week = ? AND superseded_at IS NULL"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(team.value());
    q.addBindValue(week.toString());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    return {};
}

Result<std::optional<Highlight>> HighlightRepository::find(HighlightId id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + u" WHERE h.id = ?"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(id.value());
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    if (!q.next())
        return std::optional<Highlight>();
    return highlightFrom(q);
}

Result<std::optional<Highlight>> HighlightRepository::current(TeamId team, IsoWeek week) const
{
    HighlightFilter filter;
    filter.team = team;
    filter.week = week;
    auto rows = list(filter);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Highlight>();
    return rows->first();
}

Result<QList<Highlight>> HighlightRepository::currentOfWeek(IsoWeek week) const
{
    HighlightFilter filter;
    filter.week = week;
    return list(filter);
}

Result<QList<Highlight>> HighlightRepository::history(TeamId team, IsoWeek week) const
{
    HighlightFilter filter;
    filter.team = team;
    filter.week = week;
    filter.withHistory = true;
    return list(filter);
}

Result<QList<Highlight>> HighlightRepository::forRep(RepId rep) const
{
    HighlightFilter filter;
    filter.rep = rep;
    return list(filter);
}

Result<QList<Highlight>> HighlightRepository::list(const HighlightFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.team.isValid()) {
        where << u"h.team_id = ?"_s;
        values << filter.team.value();
    }
    if (filter.week.isValid()) {
        where << u"h.iso_week = ?"_s;
        values << filter.week.toString();
    }
    if (filter.rep.isValid()) {
        where << u"c.rep_id = ?"_s;
        values << filter.rep.value();
    }
    if (!filter.withHistory)
        where << u"h.superseded_at IS NULL"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) + kOrder))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    return collect(q, m_db.path());
}

Result<IsoWeek> HighlightRepository::latestWeekWithCalls(IsoWeek notAfter, const QTimeZone &fallback) const
{
    if (!notAfter.isValid())
        return fail(ErrorCode::InvalidInput, tr("%1: %2-W%3 is not an ISO week")
                                                     .arg(QDir::toNativeSeparators(m_db.path()))
                                                     .arg(notAfter.year())
                                                     .arg(notAfter.week()));
    // Zones lie within 14 hours of UTC, so two zones differ by at most 28:
    // a two-day margin past the week's end in `fallback` catches every call
    // that may still belong to it in its own team's zone.
    const qint64 bound = notAfter.end(fallback).addDays(2).toSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT c.started_at, coalesce(t.time_zone, '') FROM calls c "
                   "LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id "
                   "WHERE c.started_at < ? ORDER BY c.started_at DESC, c.id DESC"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(bound);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QHash<QString, QTimeZone> zones;
    IsoWeek best;
    while (q.next()) {
        const QDateTime startedAt = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        // Newest first: once two days older than the best week's start, no
        // zone can read a call as later than it.
        if (best.isValid() && startedAt < best.start(fallback).addDays(-2))
            break;
        const QString id = q.value(1).toString();
        auto zone = zones.constFind(id);
        if (zone == zones.constEnd())
            zone = zones.insert(id, id.isEmpty() ? fallback : IsoWeek::zoneFor(id).value_or(fallback));
        const IsoWeek week = IsoWeek::containing(startedAt, *zone);
        if (week.isValid() && week <= notAfter && week > best)
            best = week;
    }
    return best;
}

Result<QList<CallId>> HighlightRepository::callsWithTag(TeamId team, const QDateTime &from, const QDateTime &to,
                                                        const QString &tagKey) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT c.id FROM calls c JOIN reps r ON r.id = c.rep_id "
                   "WHERE r.team_id = ? AND c.started_at >= ? AND c.started_at < ? "
                   "AND EXISTS (SELECT 1 FROM annotations a JOIN tags g ON g.id = a.tag_id "
                   "            WHERE a.call_id = c.id AND g.key = ?) "
                   "ORDER BY c.started_at, c.id"_s))
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    q.addBindValue(team.value());
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(tagKey);
    if (!q.exec())
        return std::unexpected(SqlError::from(q.lastError(), m_db.path()));
    QList<CallId> result;
    while (q.next())
        result.append(CallId(q.value(0).toLongLong()));
    return result;
}

} // namespace coach
