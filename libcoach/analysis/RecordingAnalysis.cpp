// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RecordingAnalysis.h"

#include <algorithm>

namespace coach {

TimeRanges RecordingAnalysis::silences(qint64 minimumMs) const
{
    const qint64 duration = peaks.durationMs();
    if (duration <= 0)
        return {};

    // Silence is what no channel's speech covers: merge every channel's
    // ranges, then take the gaps between them.
    TimeRanges talk;
    for (const TimeRanges &channel : speech)
        talk.append(channel);
    std::sort(talk.begin(), talk.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.startMs < b.startMs; });

    TimeRanges quiet;
    const auto addGap = [&](qint64 start, qint64 end) {
        start = std::max<qint64>(start, 0);
        end = std::min(end, duration);
        if (end - start >= std::max<qint64>(minimumMs, 1))
            quiet.append({ start, end });
    };
    qint64 covered = 0; // everything before this is speech or already handled
    for (const TimeRange &range : std::as_const(talk)) {
        if (range.startMs > covered)
            addGap(covered, range.startMs);
        covered = std::max(covered, range.endMs);
    }
    addGap(covered, duration);
    return quiet;
}

} // namespace coach
