// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Peaks.h"
#include "model/TimeRange.h"

namespace coach {

/*
 * What one decode pass learns about a recording: the waveform peaks and, per
 * channel, where someone is speaking. Playback's "skip silence" and the talk
 * metrics read the speech ranges; nothing here needs the audio again.
 */
struct RecordingAnalysis
{
    Peaks peaks;
    QList<TimeRanges> speech; // one list per channel, sorted, non-overlapping

    // Stretches where every channel is quiet for at least `minimumMs`.
    [[nodiscard]] TimeRanges silences(qint64 minimumMs) const;
};

} // namespace coach
