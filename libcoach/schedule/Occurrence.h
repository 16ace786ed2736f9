// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"
#include "schedule/SessionStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace coach {

// One meeting on the calendar: a series expanded, with its override applied.
struct Occurrence
{
    SessionId sessionId;
    QDateTime occurrence; // the rule's start (RECURRENCE-ID), UTC; identifies the meeting
    QDateTime start;      // where it is now, UTC
    QDateTime end;
    SessionKind kind = SessionKind::OneOnOne;
    SessionStatus status = SessionStatus::Planned;
    QString title;
    QString location;
    QString timeZone;
    QList<RepId> participants;
    bool moved = false;     // an override changed its time
    bool recurring = false; // part of a series
    bool conflicting = false; // filled by ScheduleService::occurrences()
};

} // namespace coach
