// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Rep.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

// Teams and reps, created on first sight by import.
class PeopleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)
public:
    explicit PeopleRepository(const Database &db)
        : m_db(db)
    {
    }

    // The id of the team with this name, created if new. Names compare case-insensitively.
    [[nodiscard]] Result<TeamId> ensureTeam(const QString &name);
    // The id of the rep with this name, created if new; a known rep with no
    // team is given `team` when it is valid.
    [[nodiscard]] Result<RepId> ensureRep(const QString &name, TeamId team);
    // The zone the team's ISO weeks are read in: an IANA id this system knows
    // (checked with QTimeZone), or '' for the machine's. An unknown id or team
    // is refused, naming it.
    [[nodiscard]] Result<void> setTeamTimeZone(TeamId team, const QString &ianaId);

    [[nodiscard]] Result<QList<Team>> teams() const;
    [[nodiscard]] Result<QList<Rep>> reps() const;

private:
    const Database &m_db;
};

} // namespace coach
