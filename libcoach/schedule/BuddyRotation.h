// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/BuddyPair.h"

#include <QList>
#include <QSet>

namespace coach {

/*
 * Proposes a month's buddy pairs for a team by the circle method: reps in id
 * order, one fixed and the rest rotating, so n reps (n even) meet every other
 * rep once in n − 1 months. With an odd team a placeholder joins the circle;
 * whoever draws it sits the month out (Bye) or joins a pair as its guest
 * (Trio), so that role also rotates through everyone once per cycle.
 *
 * History decides where in the cycle the team is: pairs that met since the
 * last complete cycle never meet again until every pair of the team has met.
 * Unavailable reps are left out; when that dissolves a circle pair, partners
 * are re-matched among themselves without repeating, or sit out. A trio
 * guest's meetings are extra: they do not count against the no-repeat rule.
 *
 * Pure and deterministic: the same team, history and availability give the
 * same proposal.
 */
class BuddyRotation final
{
public:
    enum class OddMode { Bye, Trio };

    struct Proposal
    {
        QList<BuddyPair> pairs;
        QList<RepId> unpaired; // available reps without a buddy this month
        int round = 0;         // the circle round used, or -1 when re-matched freely
        bool newCycle = false; // every pair had met, so this month starts again
    };

    // `history`: previous months' pairs, oldest first.
    [[nodiscard]] static Proposal propose(QList<RepId> team, const QList<QList<BuddyPair>> &history,
                                          const QSet<qint64> &unavailable = {}, OddMode mode = OddMode::Bye);

    // The circle method's rounds over indices 0..n-1; an odd n gets index n as the placeholder.
    [[nodiscard]] static QList<QList<std::pair<int, int>>> circleRounds(int n);
};

} // namespace coach
