// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/IsoWeek.h"
#include "model/Highlight.h"
#include "model/HighlightFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace coach {

class Database;

/*
 * The weekly highlight calls. set() never overwrites: it stamps the current
 * highlight of that team and week as superseded and inserts the new one, in
 * one transaction, so a week's history shows every choice and who made it.
 * A team's or a call's highlights go with it (ON DELETE CASCADE).
 * Used on the thread that opened the Database.
 *
 * Lists come ordered by week (newest first), then team name, then chosenAt
 * (newest first), so a team's history reads from the current choice back.
 */
class HighlightRepository final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightRepository)
public:
    explicit HighlightRepository(const Database &db)
        : m_db(db)
    {
    }

    // Makes `highlight` the current one of its team and week, superseding the
    // previous; returns the new row's id. id and supersededAt are ignored.
    [[nodiscard]] Result<HighlightId> set(const Highlight &highlight);
    // Leaves the week without a highlight; the superseded row stays as history.
    // Not an error when the week has none.
    [[nodiscard]] Result<void> clear(TeamId team, IsoWeek week);

    [[nodiscard]] Result<std::optional<Highlight>> find(HighlightId id) const;
    [[nodiscard]] Result<std::optional<Highlight>> current(TeamId team, IsoWeek week) const;
    // The current highlight of every team that has one that week.
    [[nodiscard]] Result<QList<Highlight>> currentOfWeek(IsoWeek week) const;
    // Every highlight ever chosen for a team's week, the current one first.
    [[nodiscard]] Result<QList<Highlight>> history(TeamId team, IsoWeek week) const;
    // A rep's current highlights over time, newest week first.
    [[nodiscard]] Result<QList<Highlight>> forRep(RepId rep) const;
    [[nodiscard]] Result<QList<Highlight>> list(const HighlightFilter &filter) const;

    // The latest ISO week, `notAfter` or earlier, in which any call of the
    // library started: each call read in its team's zone, calls without a team
    // (or of a team whose zone this system does not know) in `fallback`.
    // Invalid when no call started by the end of `notAfter`.
    [[nodiscard]] Result<IsoWeek> latestWeekWithCalls(IsoWeek notAfter, const QTimeZone &fallback) const;

    // Calls of the team's reps that started in [from, to) and carry at least
    // one annotation tagged `tagKey`, oldest first: the raw material of
    // HighlightCandidates.
    [[nodiscard]] Result<QList<CallId>> callsWithTag(TeamId team, const QDateTime &from, const QDateTime &to,
                                                     const QString &tagKey) const;

private:
    [[nodiscard]] Result<void> validate(const Highlight &highlight) const;

    const Database &m_db;
};

} // namespace coach
