// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/ScheduleIds.h"

#include <QDateTime>

namespace coach {

// A dated shift (replaces the week's hours on the days it touches) or time off.
struct Shift
{
    enum class Kind { Shift, Off };

    ShiftId id;
    RepId repId;
    QDateTime start; // UTC
    QDateTime end;
    Kind kind = Kind::Shift;
};

} // namespace coach
