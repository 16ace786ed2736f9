// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coach {

// "m:ss" under an hour, "h:mm:ss" from an hour, as media players show lengths.
[[nodiscard]] inline QString formatDuration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    const auto two = [](qint64 v) { return QString::number(v).rightJustified(2, u'0'); };
    if (seconds >= 3600)
        return QString::number(seconds / 3600) + u':' + two(seconds / 60 % 60) + u':' + two(seconds % 60);
    return QString::number(seconds / 60) + u':' + two(seconds % 60);
}

} // namespace coach
