// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"

#include <QDateTime>
#include <QString>

namespace coach {

// Why a meeting cannot be held as planned; `message` is translated and names both sides.
struct Conflict
{
    enum class Kind { OverlapsSession, OverlapsBusyTime, OutsideWorkingHours, TimeOff };

    Kind kind = Kind::OverlapsSession;
    QDateTime start; // the candidate meeting, UTC
    QDateTime end;
    RepId repId;              // whose time it is; invalid = the manager
    SessionId otherSession;   // for OverlapsSession
    QDateTime otherOccurrence;
    QString message;
};

} // namespace coach
