// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"

#include <QDateTime>
#include <QString>

namespace coach {

// Something agreed at a meeting. An open item shows again at every later meeting of its series.
struct ActionItem
{
    ActionItemId id;
    SessionId sessionId;
    QDateTime occurrence; // the meeting that raised it, UTC
    RepId repId;          // who owns it; invalid = the manager
    QString text;
    bool done = false;
    QDateTime createdAt;
    QDateTime doneAt;
    bool carried = false; // filled when listed for a later meeting than the one that raised it
};

} // namespace coach
