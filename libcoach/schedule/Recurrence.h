// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace coach {

// The timing of a series as recurrence needs it: a Session's fields, or an imported event's.
struct RecurrenceSpec
{
    QDateTime start;  // UTC, the first meeting
    QString timeZone; // IANA id whose wall clock the rule follows; empty = UTC
    QString rrule;    // without "RRULE:"; empty = no rule
    QList<QDateTime> exdates; // UTC
    QList<QDateTime> rdates;  // UTC
};

/*
 * Expands a series into its meetings with libical's RRULE iterator; wall
 * clock kept in the series' zone, so daylight saving moves the UTC instant,
 * not the local time. Every expansion is bounded by a window and an
 * iteration cap, so a rule that never ends cannot hang the caller.
 * Stateless; safe on any thread.
 */
class Recurrence final
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
public:
    // Starts (UTC, ascending, unique) in [from, to), at most `limit`.
    [[nodiscard]] static Result<QList<QDateTime>> starts(const RecurrenceSpec &spec, const QDateTime &from,
                                                         const QDateTime &to, qsizetype limit = 10000);

    // A rule a session may use: well formed, ends (COUNT or UNTIL), gives at least one meeting.
    [[nodiscard]] static Result<void> validate(const RecurrenceSpec &spec);
    // Only "is it well formed"; the message names the cause.
    [[nodiscard]] static Result<void> checkRule(const QString &rrule);
    [[nodiscard]] static bool isEndless(const QString &rrule);

    /*
     * libical's own view of a rule, in wall-clock strings ("19970902T090000",
     * "20240102" for dates): what its test tables (icalrecur_test.txt) list.
     * `dtstart` may carry a zone as "TZID=America/New_York:19970902T090000";
     * `startAt` (optional) begins the iteration there instead.
     */
    [[nodiscard]] static Result<QStringList> wallClockInstances(const QString &rrule, const QString &dtstart,
                                                               const QString &startAt = {}, qsizetype limit = 5000);
};

} // namespace coach
