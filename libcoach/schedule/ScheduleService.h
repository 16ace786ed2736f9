// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/ActionItem.h"
#include "schedule/Conflict.h"
#include "schedule/Occurrence.h"
#include "schedule/Session.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace coach {

class Database;

// What a save may let through; both off by default, so the GUI asks first.
struct SaveOptions
{
    bool allowConflicts = false;
    bool allowPast = false;
};

/*
 * The scheduling use cases the GUI and the CLI share: add and edit sessions
 * (checked for a valid, ending rule, the past and conflicts before anything is
 * saved), move or cancel one meeting of a series (a RECURRENCE-ID override),
 * list meetings in a range with conflicts flagged, and a rep's open action
 * items. Every change an invitation shows bumps SEQUENCE.
 *
 * Works on the Database it is given, on that Database's thread.
 */
class ScheduleService final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleService)
public:
    // How far ahead a series is checked for conflicts, and expanded when a range is open-ended.
    static constexpr int HorizonDays = 2 * 366;

    explicit ScheduleService(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<Session> addSession(Session session, SaveOptions options = {});
    // Saves an edited series; its overrides are kept when they still match the rule.
    [[nodiscard]] Result<Session> updateSeries(Session session, SaveOptions options = {});
    [[nodiscard]] Result<void> removeSession(SessionId id);

    // Moves one meeting (identified by its original start) to `start`, optionally with a new length.
    [[nodiscard]] Result<Session> moveOccurrence(SessionId id, const QDateTime &occurrence, const QDateTime &start,
                                                 std::optional<int> durationMin = {}, SaveOptions options = {});
    // Marks one meeting held or cancelled (kept in the series, shown as such).
    [[nodiscard]] Result<Session> setOccurrenceStatus(SessionId id, const QDateTime &occurrence, SessionStatus status);

    // What would stand in the way of saving `session`; nothing is written.
    [[nodiscard]] Result<QList<Conflict>> conflictsFor(const Session &session) const;

    // Every meeting overlapping [from, to), ascending, cancelled ones included, conflicts flagged.
    [[nodiscard]] Result<QList<Occurrence>> occurrences(const QDateTime &from, const QDateTime &to) const;
    // The meetings still to hold in [from, to): what reminders need.
    [[nodiscard]] Result<QList<Occurrence>> upcomingOccurrences(const QDateTime &from, const QDateTime &to) const;

    [[nodiscard]] Result<std::optional<Session>> session(SessionId id) const;
    [[nodiscard]] Result<QList<Session>> sessions() const;
    [[nodiscard]] Result<QList<ActionItem>> openActionItems(RepId rep) const;

    // A session's meetings overlapping [from, to), overrides applied. Pure.
    [[nodiscard]] static Result<QList<Occurrence>> expand(const Session &session, const QDateTime &from,
                                                          const QDateTime &to);
    // Checks and normalises a session in place (rule ends, UNTIL in UTC, zone known). Pure.
    [[nodiscard]] static Result<void> normalise(Session &session);

private:
    [[nodiscard]] Result<Session> save(Session session, bool isNew, SaveOptions options);
    [[nodiscard]] Result<QList<Conflict>> conflicts(const Session &session, const QList<Session> &others) const;

    const Database &m_db;
};

} // namespace coach
