// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach::cli {

/*
 * `coach teams [--json]` lists the teams with the time zone their ISO weeks
 * are read in; `coach teams set-zone TEAM ZONE` sets it (an IANA name, or
 * "local" for the machine's). TEAM is a name (any case) or an id.
 *
 * JSON (stable; keys never renamed, new keys may be added):
 *   [{"id", "name", "time_zone", "effective_time_zone"}], where time_zone is
 *   the stored IANA id or null for the machine's, and effective_time_zone the
 *   zone actually used.
 */
class TeamsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TeamsCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("teams"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;

private:
    int list(const QCommandLineParser &parser, Context &context);
    int setZone(const QString &team, const QString &zone, Context &context);
};

} // namespace coach::cli
