// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/IsoWeek.h"
#include "export/StandupPack.h"
#include "model/Highlight.h"
#include "model/Rep.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace coach {

struct Annotation;
struct Call;
class Database;

/*
 * Gathers what goes into a team's standup pack for an ISO week: the current
 * highlight (its region, or the whole call when none was chosen) and the
 * tips the manager picks from the week's candidates.
 *
 * A tip candidate is a confirmed annotation tagged with a pattern or
 * "off-script — effective" on a call of the team's reps that started in the
 * week, read in the team's time zone. A tip that marks a moment becomes the
 * 30 seconds around it (10 s before, 20 s after), so the team hears the
 * lead-up. Transcript speakers become the rep's name or "Customer", so a
 * customer's name never reaches the cue sheet through a speaker label.
 *
 * Reads only; runs on the thread that opened the Database.
 */
class StandupPackPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(StandupPackPlanner)
public:
    explicit StandupPackPlanner(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Team>> teams() const;
    // The team by name (ignoring case) or id; NotFound naming the library and its teams otherwise.
    [[nodiscard]] Result<Team> team(const QString &reference) const;

    [[nodiscard]] Result<std::optional<StandupClip>> highlight(const Team &team, IsoWeek week) const;
    // By call start, then annotation start.
    [[nodiscard]] Result<QList<StandupClip>> tipCandidates(const Team &team, IsoWeek week) const;
    // One annotation as a tip, wherever it is (the CLI takes any id the manager names).
    [[nodiscard]] Result<StandupClip> tip(AnnotationId annotation) const;

    // The highlight (when the week has one and `withHighlight`) then `tips` in
    // the given order. InvalidInput when that leaves nothing to play.
    [[nodiscard]] Result<StandupPack> plan(const Team &team, IsoWeek week, const QList<AnnotationId> &tips,
                                           bool withHighlight = true) const;

    // The stretch of the recording a tip plays.
    [[nodiscard]] static TimeRange tipRange(qint64 startMs, qint64 endMs, qint64 recordingDurationMs);

    static constexpr qint64 momentLeadMs = 10'000;
    static constexpr qint64 momentTailMs = 20'000;

private:
    [[nodiscard]] Result<void> fillTranscript(StandupClip &clip, const QString &agentName) const;
    // A tip: the annotation's range (a moment widened by tipRange) of `call`, with its transcript.
    [[nodiscard]] Result<StandupClip> tipClip(const Call &call, const Annotation &annotation) const;

    const Database &m_db;
};

} // namespace coach
