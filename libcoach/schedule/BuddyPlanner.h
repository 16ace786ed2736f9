// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/BuddyRotation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace coach {

class Database;

// A debrief Coachbench suggests after a tough shift.
struct DebriefSuggestion
{
    RepId rep;
    RepId buddy;
    QDate toughDay;
    int toughCalls = 0;
    QList<CallId> calls;
    QDateTime start; // UTC, the next working day, inside both reps' hours when known
    int durationMin = 20;
};

/*
 * Buddy pairs per team and month, on top of BuddyRotation with the stored
 * history, and debrief suggestions after tough shifts: a rep with at least
 * `minCalls` calls tagged signal.escalated or signal.angry_customer in one day
 * is offered a debrief with this month's buddy on the next working day.
 */
class BuddyPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(BuddyPlanner)
public:
    explicit BuddyPlanner(const Database &db)
        : m_db(db)
    {
    }

    // The month's pairs: the stored ones if the month was saved, otherwise a proposal.
    [[nodiscard]] Result<BuddyRotation::Proposal> propose(TeamId team, const QString &month,
                                                          BuddyRotation::OddMode mode = BuddyRotation::OddMode::Bye) const;
    [[nodiscard]] Result<void> save(TeamId team, const QString &month, const QList<BuddyPair> &pairs);

    // `day` is read in `timeZone` (IANA; empty = UTC).
    [[nodiscard]] Result<QList<DebriefSuggestion>> debriefSuggestions(const QDate &day, const QString &timeZone,
                                                                      int minCalls = 3) const;

private:
    const Database &m_db;
};

} // namespace coach
