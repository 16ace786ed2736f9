// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "core/IsoWeek.h"
#include "model/Highlight.h"
#include "model/HighlightCandidate.h"
#include "model/Rep.h"

#include <QJsonObject>

namespace coach::cli {

/*
 * `coach highlight set|list|candidates`: the weekly highlight call of each
 * team. Each verb parses its own options, so `coach highlight set --help`
 * describes only set.
 *
 *   set --team T --week 2026-W48 CALL [--from S --to S] --reason TEXT [--pattern TAG] [--by NAME] [--json]
 *       (--team defaults to the call's rep's team, --week to the week the call
 *       started in, read in the team's time zone)
 *   list [--team T] [--week W] [--rep R] [--history] [--json]
 *   candidates --team T --week W [--json]
 *
 * JSON (stable; keys never renamed, new keys may be added):
 *   highlight: {"id", "team", "team_id", "week", "week_start", "call_id",
 *     "rep", "rep_id", "call_started_at", "start_ms", "end_ms", "reason",
 *     "pattern_key", "pattern_label", "chosen_by", "chosen_at",
 *     "superseded_at", "current"}; week_start is the Monday (YYYY-MM-DD);
 *     times are UTC ISO 8601; start_ms/end_ms are null for the whole call,
 *     unknown names and times null.
 *   candidate: {"rank", "call_id", "rep", "rep_id", "call_started_at",
 *     "duration_ms", "start_ms", "end_ms", "comment", "pattern_key",
 *     "pattern_label", "effective_confirmed", "effective_suggested",
 *     "effective_ms", "pattern_count", "csat", "felt_heard", "score"}.
 *   set prints one highlight; list and candidates print arrays.
 */
class HighlightCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HighlightCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("highlight"); }
    [[nodiscard]] QString summary() const override;

    [[nodiscard]] static QJsonObject highlightJson(const Highlight &highlight);
    [[nodiscard]] static QJsonObject candidateJson(const HighlightCandidate &candidate, int rank);

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;

private:
    int set(const QStringList &arguments, Context &context);
    int list(const QStringList &arguments, Context &context);
    int candidates(const QStringList &arguments, Context &context);

    // Parses a verb's arguments; returns -1 to go on, else the exit status (help shown, or a usage error).
    int parseVerb(QCommandLineParser &parser, const QString &verb, const QStringList &arguments,
                  Context &context) const;
    [[nodiscard]] static Result<Team> findTeam(const Database &db, const QString &reference);
    [[nodiscard]] static Result<Rep> findRep(const Database &db, const QString &reference);
};

} // namespace coach::cli
