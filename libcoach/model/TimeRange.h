// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace coach {

// A half-open stretch of a recording, [startMs, endMs).
struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    [[nodiscard]] qint64 length() const { return endMs - startMs; }
    [[nodiscard]] bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

using TimeRanges = QList<TimeRange>;

} // namespace coach
