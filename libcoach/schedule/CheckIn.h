// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coach {

// A rep's well-being check-in at one meeting. Private to the library: no export carries it.
struct CheckIn
{
    SessionId sessionId;
    QDateTime occurrence; // UTC, the meeting's RECURRENCE-ID
    RepId repId;
    std::optional<int> energy;   // 1–5
    std::optional<int> workload; // 1–5
    QString notes;
    QDateTime recordedAt;
};

} // namespace coach
