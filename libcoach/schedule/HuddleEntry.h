// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"

#include <QDateTime>
#include <QString>

namespace coach {

// What one rep shared at the weekly huddle: one success, one struggle.
struct HuddleEntry
{
    SessionId sessionId;
    QDateTime occurrence; // UTC
    RepId repId;
    QString success;
    QString struggle;
};

} // namespace coach
