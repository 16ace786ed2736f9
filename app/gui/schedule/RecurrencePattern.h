// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/*
 * The repeat rules the session editor offers — none, weekly, every other
 * week, monthly on the n-th weekday — each ending on a date or after a count,
 * and the RRULE (RFC 5545, without "RRULE:") each one stands for. A rule the
 * editor cannot show (say, from an imported calendar) reads back as Custom
 * and is kept as it is. A value type; libical still checks what it builds.
 */
class RecurrencePattern final
{
public:
    enum class Frequency { None, Weekly, EveryOtherWeek, Monthly, Custom };
    enum class End { Until, Count };

    Frequency frequency = Frequency::None;
    int weekday = Qt::Monday; // Qt::Monday … Qt::Sunday
    End end = End::Count;
    QDate until;              // the last day a meeting may fall on, in the session's zone
    int count = 12;
    QString customRule;       // for Custom: the rule as it was

    // The RRULE value; empty for None. `firstDay` is the first meeting's
    // date in `timeZone` (IANA; empty = UTC) and fixes the month's n-th weekday.
    [[nodiscard]] QString toRRule(const QDate &firstDay, const QString &timeZone) const;

    // Reads a stored rule back; `startUtc` is the series' first meeting.
    [[nodiscard]] static RecurrencePattern fromRRule(const QString &rrule, const QDateTime &startUtc,
                                                     const QString &timeZone);

    // The rule with every BYDAY weekday moved `days` days on, for a series
    // dragged to another day; other parts are kept.
    [[nodiscard]] static QString shiftWeekdays(const QString &rrule, int days);

    // "TU" for Qt::Tuesday.
    [[nodiscard]] static QString dayCode(int weekday);
    // Which Tuesday of its month `day` is: 1–4, or -1 for the last.
    [[nodiscard]] static int weekdayOrdinal(const QDate &day);
};
