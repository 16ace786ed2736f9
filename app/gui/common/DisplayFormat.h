// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QString>

#include <optional>

/*
 * How call facts read on screen, shared by the table and the details pane so
 * both say "3:07" or "Stereo" the same way. Stateless; the system locale
 * formats numbers and dates.
 */
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // What an absent value reads as in the details pane.
    [[nodiscard]] static QString absent();

    // m:ss below an hour, h:mm:ss from an hour on; empty for 0 (unknown).
    [[nodiscard]] static QString duration(qint64 ms);
    // A point in a recording, same form as duration() but "0:00" at the start.
    [[nodiscard]] static QString position(qint64 ms);
    // "Mono", "Stereo", or the count for more; empty when unknown.
    [[nodiscard]] static QString channels(int count);
    // Shortest locale form: "4", "4.5"; empty when absent.
    [[nodiscard]] static QString score(std::optional<double> value);
    [[nodiscard]] static QString yesNo(std::optional<bool> value);
    // A stored UTC time shown in local time; empty when unknown.
    // ShortFormat drops the seconds the locale may carry.
    [[nodiscard]] static QString dateTime(const QDateTime &utc, QLocale::FormatType format);
    // The same in another zone (a team's), with the zone's abbreviation when it
    // is not the machine's: "20.11.26 09:51 NZDT".
    [[nodiscard]] static QString dateTimeIn(const QDateTime &utc, const QTimeZone &zone);
    // "Tuesday, 17 November 2026, 16:24": the long date with a short time.
    [[nodiscard]] static QString longDateTime(const QDateTime &utc);
    [[nodiscard]] static QString sampleRate(int hz);

private:
    // The locale's short time without seconds, which many locales carry.
    [[nodiscard]] static QString shortTimeFormat();
};
