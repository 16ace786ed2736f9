// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QDate>
#include <QString>

namespace coach {

// What the call list shows: sorted and filtered by SQLite, so a library of
// thousands of calls is never loaded whole.
struct CallQuery
{
    enum class Sort { StartedAt, Rep, Team, Duration, Channels, Csat, Queue, File };

    Sort sort = Sort::StartedAt;
    bool descending = true;
    // Words that must each appear in the rep, team, queue, customer reference,
    // file name or a tag of the call's annotations (case-insensitive).
    QString text;
    TeamId team;  // invalid: any team
    RepId rep;    // invalid: any rep
    QDate from;   // inclusive; invalid: open
    QDate to;     // inclusive; invalid: open

    friend bool operator==(const CallQuery &, const CallQuery &) = default;
};

} // namespace coach
