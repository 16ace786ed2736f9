// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Rep.h"
#include "schedule/BuddyPair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace coach {

class Database;

// Pairs of one month, as stored.
struct BuddyMonth
{
    QString month; // "YYYY-MM"
    QList<BuddyPair> pairs;
};

// A call tagged with a tough-shift signal (signal.escalated, signal.angry_customer).
struct ToughCall
{
    CallId callId;
    RepId repId;
    QDateTime startedAt; // UTC
};

/*
 * Buddy pair history per team, the active reps of a team, and the calls that
 * make a shift tough. Lives on the thread of its Database.
 */
class BuddyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(BuddyRepository)
public:
    explicit BuddyRepository(const Database &db)
        : m_db(db)
    {
    }

    // Every stored month of the team (invalid team = reps with no team), oldest first.
    [[nodiscard]] Result<QList<BuddyMonth>> history(TeamId team) const;
    // Replaces the month's pairs (call inside a Transaction).
    [[nodiscard]] Result<void> savePairs(TeamId team, const QString &month, const QList<BuddyPair> &pairs);
    // Active reps of the team, by id.
    [[nodiscard]] Result<QList<Rep>> activeMembers(TeamId team) const;
    // Calls started in [from, to) that carry a signal.* tag.
    [[nodiscard]] Result<QList<ToughCall>> toughCalls(const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace coach
