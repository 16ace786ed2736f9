// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Occurrence.h"
#include "schedule/SessionOverride.h"
#include "schedule/SessionStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coach {

// Someone named in ORGANIZER or ATTENDEE.
struct IcsPerson
{
    QString name;  // CN
    QString email; // from a mailto: address; empty otherwise
};

/*
 * One event of a calendar file as IcsImporter read it: a master VEVENT with
 * its RECURRENCE-ID overrides folded in, and its meetings expanded inside the
 * import window.
 */
struct IcsEvent
{
    QString uid;
    QString summary;
    QString description;
    QString location;
    IcsPerson organiser;
    QList<IcsPerson> attendees;
    QDateTime start; // UTC; midnight in the import zone for all-day events
    qint64 durationSecs = 0;
    bool allDay = false;
    QString timeZone;      // IANA id; empty for UTC or floating
    bool ianaZone = true;  // false: a zone only the file defines (kept for expansion, not for sessions)
    QString rrule;         // the first RRULE
    int ruleCount = 0;     // how many RRULEs the event had
    QList<QDateTime> exdates;
    QList<QDateTime> rdates;
    QList<SessionOverride> overrides;
    SessionStatus status = SessionStatus::Planned;
    std::optional<SessionKind> kind; // X-COACHBENCH-KIND
    bool transparent = false;        // TRANSP:TRANSPARENT, takes no time
    int sequence = 0;
    QList<Occurrence> occurrences; // inside the window, overrides applied, ascending
};

} // namespace coach
