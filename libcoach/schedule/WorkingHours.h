// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QString>
#include <QTime>

namespace coach {

// A rep's regular hours on one weekday, in their own time zone.
struct WorkingHours
{
    RepId repId;
    int weekday = 1; // Qt::Monday … Qt::Sunday
    QTime start;
    QTime end;
    QString timeZone; // IANA id; empty = UTC
};

} // namespace coach
