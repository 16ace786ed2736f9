// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/SessionStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coach {

/*
 * One meeting of a series that differs from the rule: moved, lengthened,
 * held or cancelled. `occurrence` is the start the rule gives it (iCalendar's
 * RECURRENCE-ID), which stays the meeting's identity after a move.
 */
struct SessionOverride
{
    QDateTime occurrence; // UTC
    QDateTime start;      // UTC
    int durationMin = 30;
    std::optional<QString> title;    // unset = the series' title
    std::optional<QString> location; // unset = the series' location
    SessionStatus status = SessionStatus::Planned;
    int sequence = 0;

    friend bool operator==(const SessionOverride &, const SessionOverride &) = default;
};

} // namespace coach
