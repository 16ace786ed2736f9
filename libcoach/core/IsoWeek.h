// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <compare>

namespace coach {

/*
 * An ISO 8601 week ("2026-W48"): weeks start on Monday, and week 1 of a year
 * is the one holding that year's first Thursday, so 2021-01-03 belongs to
 * 2020-W53 and 2024-12-30 to 2025-W01. Which week a moment falls in depends on
 * the time zone it is read in: a team's week is read in the team's zone
 * (zoneFor() maps the stored IANA id, '' meaning the machine's).
 *
 * A value type; the default-constructed week is invalid.
 *
 *     const QTimeZone zone = IsoWeek::zoneFor(team.timeZone).value();
 *     const IsoWeek week = IsoWeek::containing(call.startedAt, zone);
 *     QDateTime from = week.start(zone), to = week.end(zone); // [from, to)
 */
class IsoWeek final
{
    Q_DECLARE_TR_FUNCTIONS(IsoWeek)
public:
    constexpr IsoWeek() = default;
    // Does not check the pair: use isValid() or fromYearWeek() for unchecked input.
    constexpr IsoWeek(int year, int week)
        : m_year(year)
        , m_week(week)
    {
    }

    // The week number and week-based year of a date; invalid for an invalid date.
    [[nodiscard]] static IsoWeek ofDate(QDate date);
    // The week a moment falls in, read as a local date in `zone`.
    [[nodiscard]] static IsoWeek containing(const QDateTime &moment, const QTimeZone &zone);
    // The week today is in, in `zone`.
    [[nodiscard]] static IsoWeek current(const QTimeZone &zone);
    // "2026-W48" (also "2026W48" and a lower-case w); an error naming the text otherwise.
    [[nodiscard]] static Result<IsoWeek> parse(QStringView text);
    // A checked (year, week) pair: week 53 only in years that have one.
    [[nodiscard]] static Result<IsoWeek> fromYearWeek(int year, int week);
    // 52 or 53.
    [[nodiscard]] static int weeksInYear(int year);
    // The zone for a stored IANA id; '' is the machine's zone; an unknown id is an error.
    [[nodiscard]] static Result<QTimeZone> zoneFor(const QString &ianaId);

    [[nodiscard]] constexpr int year() const { return m_year; }
    [[nodiscard]] constexpr int week() const { return m_week; }
    [[nodiscard]] bool isValid() const;

    // "2026-W48"; empty for an invalid week.
    [[nodiscard]] QString toString() const;
    // The week's Monday and Sunday as calendar dates.
    [[nodiscard]] QDate monday() const;
    [[nodiscard]] QDate sunday() const;
    // First instant of Monday in `zone` (a DST gap at midnight moves it to the
    // first valid time), and the first instant of the next week: [start, end).
    [[nodiscard]] QDateTime start(const QTimeZone &zone) const;
    [[nodiscard]] QDateTime end(const QTimeZone &zone) const;
    [[nodiscard]] bool contains(const QDateTime &moment, const QTimeZone &zone) const;

    [[nodiscard]] IsoWeek next() const;
    [[nodiscard]] IsoWeek previous() const;
    [[nodiscard]] IsoWeek addWeeks(int weeks) const;

    friend constexpr auto operator<=>(const IsoWeek &, const IsoWeek &) = default;

private:
    int m_year = 0;
    int m_week = 0;
};

} // namespace coach
