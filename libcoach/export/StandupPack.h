// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/ClipRequest.h"
#include "model/Call.h"
#include "model/Id.h"
#include "model/Segment.h"
#include "model/TimeRange.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace coach {

// Why a clip is in the pack: the week's highlight call, or a tip the manager picked.
enum class StandupClipKind { Highlight, Tip };

/*
 * One clip of a standup pack, with everything the cue sheet says about it.
 * Times are in the recording; the pack's files and captions count from the
 * clip's own start.
 */
struct StandupClip
{
    StandupClipKind kind = StandupClipKind::Tip;
    CallId call;
    AnnotationId annotation; // the tip's annotation; invalid for the highlight
    QString recordingPath;
    qint64 recordingDurationMs = 0;
    AgentChannel agentChannel = AgentChannel::Unknown; // for agent-only or customer-only clips
    TimeRange range;
    QString repName;
    QString patternLabel; // the tag's or the highlight's pattern, translated
    QString listenFor;    // the highlight's reason or the annotation's comment
    QDateTime callStartedAt;
    QList<Segment> segments; // transcript segments overlapping `range`, recording times
    // Stretches to bleep (recording times): the clip carries a tone there and
    // the captions and cue sheet drop their words.
    TimeRanges bleeped;
    // Personal data bleeped in the voice that said it (ClipRedaction::apply);
    // `segments` then already carry the placeholders instead of the data.
    ClipRedactions redactions;

    [[nodiscard]] qint64 durationMs() const { return range.length(); }
};

/*
 * What one standup pack holds: a team's week, its highlight first (when one is
 * chosen) and then the tips in the manager's order. Built by
 * StandupPackPlanner from the library, written by StandupPackBuilder.
 */
struct StandupPack
{
    QString teamName;
    QString isoWeek; // "2026-W48"
    QList<StandupClip> clips;
};

} // namespace coach
