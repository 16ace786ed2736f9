// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/IsoWeek.h"
#include "model/HighlightCandidate.h"
#include "model/Id.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace coach {

class Database;

/*
 * The calls a manager may pick as a team's highlight of a week: calls of the
 * team's reps that started in that ISO week (in the team's time zone) and
 * carry at least one "off-script — effective" annotation, best first.
 *
 * The score ranks calls, never reps: it only reads one call's own annotations
 * and outcomes, and no rep's history or other calls enter it.
 *
 *   score = 3.0 × confirmed effective off-script annotations
 *         + 1.0 × suggested ones (analysis proposed, nobody confirmed yet)
 *         + 1.0 × min(effective off-script seconds, 60) / 30   (0 … 2)
 *         + 1.5 × pattern-tagged annotations, at most 3 counted  (0 … 4.5)
 *         + 1.0 × (CSAT − 3) / 2 when exported       (−1 … +1 on a 1–5 scale)
 *         + 1.0 × (felt heard − 3) / 2 when exported (likewise)
 *
 * Ties go to the earlier call, then the lower call id, so the order is stable.
 * Runs on the thread that opened the Database; a week's calls are few, so
 * there is no progress or cancel.
 */
class HighlightCandidates final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightCandidates)
public:
    explicit HighlightCandidates(const Database &db)
        : m_db(db)
    {
    }

    // The team's zone comes from the library; an unknown zone id is an error.
    [[nodiscard]] Result<QList<HighlightCandidate>> forWeek(TeamId team, IsoWeek week) const;
    // For a caller that already knows the zone (and for tests).
    [[nodiscard]] Result<QList<HighlightCandidate>> forWeek(TeamId team, IsoWeek week, const QTimeZone &zone) const;

    // The tag key that makes a call a candidate.
    [[nodiscard]] static QString effectiveTagKey();

private:
    const Database &m_db;
};

} // namespace coach
