// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QString>

namespace coach {

struct Team
{
    TeamId id;
    QString name;
    QString timeZone; // IANA id; empty means the machine's
};

struct Rep
{
    RepId id;
    QString name;
    TeamId teamId;
};

} // namespace coach
