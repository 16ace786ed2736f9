// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"
#include "schedule/SessionOverride.h"
#include "schedule/SessionStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace coach {

/*
 * A one-on-one, buddy debrief or huddle: a single meeting or a series. The
 * start is an instant (UTC) and `timeZone` the IANA zone whose wall clock the
 * series follows, so "Tuesdays 09:00 Europe/London" stays at 09:00 across
 * daylight saving. `notes` are the manager's private notes and never leave
 * the library; `agenda` is what invitations carry.
 */
struct Session
{
    SessionId id;
    SessionKind kind = SessionKind::OneOnOne;
    QString title;
    QString organiser;      // a name
    QString organiserEmail; // may be empty
    QList<RepId> participants;
    QDateTime start; // UTC, first meeting
    int durationMin = 30;
    QString timeZone; // IANA id; empty = UTC
    QString location; // a room or a meeting link
    QString rrule;    // RFC 5545 RRULE value without "RRULE:", empty = one meeting
    QList<QDateTime> exdates; // UTC starts removed from the series
    QList<QDateTime> rdates;  // UTC starts added to the series
    QList<SessionOverride> overrides;
    SessionStatus status = SessionStatus::Planned;
    QString agenda;
    QString notes;
    QString icalUid;  // stable across exports; set when first stored
    int sequence = 0; // bumped on every change an invitation shows
    QString source;   // '' or the calendar file it came from
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isRecurring() const { return !rrule.isEmpty() || !rdates.isEmpty(); }
};

} // namespace coach
