// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"

#include <QDateTime>
#include <QString>

namespace coach {

// Time taken by an event of another calendar; only used to find conflicts.
struct BusyBlock
{
    BusyBlockId id;
    RepId repId; // invalid = the manager's own calendar
    QDateTime start; // UTC
    QDateTime end;
    QString summary;
    QString source;    // the file it came from
    QString sourceUid; // the event's UID there
};

} // namespace coach
