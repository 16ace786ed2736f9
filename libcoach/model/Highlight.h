// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IsoWeek.h"
#include "model/Id.h"
#include "model/TimeRange.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coach {

using HighlightId = Id<struct HighlightTag>;

/*
 * A team's highlight call of one ISO week: the call a manager picked to share
 * with the team, the stretch of it to play and why it is worth hearing.
 *
 * One highlight is current per team and week; choosing another supersedes it
 * (supersededAt set) and keeps it as history. HighlightRepository fills the
 * display fields (names, labels, the call's start) from the joined rows, so a
 * view or a standup pack needs no second query.
 */
struct Highlight
{
    HighlightId id;
    TeamId team;
    IsoWeek week;
    CallId call;
    std::optional<TimeRange> region; // absent: the whole call
    QString reason;                  // why it was good, in the manager's words
    TagId patternTag;                // invalid: no pattern named
    QString chosenBy;
    QDateTime chosenAt;     // UTC; stamped by the repository when invalid
    QDateTime supersededAt; // UTC; invalid while the highlight is current

    // Filled by HighlightRepository for display.
    QString teamName;
    QString teamTimeZone; // IANA id; empty: the machine's
    RepId rep;            // the call's rep; invalid when unknown
    QString repName;
    QDateTime callStartedAt; // UTC; invalid when unknown
    qint64 callDurationMs = 0;
    QString patternKey;
    QString patternLabel;

    [[nodiscard]] bool isCurrent() const { return !supersededAt.isValid(); }
};

} // namespace coach
