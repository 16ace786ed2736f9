// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <limits>

namespace coach {

// What ClipExporter wrote, with the levels it measured (EBU R128, libebur128).
struct ClipResult
{
    QString outputPath;
    QString codec; // FFmpeg's encoder name, e.g. "libopus"
    qint64 frames = 0;
    int sampleRate = 0;
    int channels = 0;
    qint64 bytes = 0;

    // NaN when loudness normalisation was off or the clip is silent.
    double inputLoudnessLufs = std::numeric_limits<double>::quiet_NaN();
    double outputLoudnessLufs = std::numeric_limits<double>::quiet_NaN();
    double outputTruePeakDb = std::numeric_limits<double>::quiet_NaN();
    double gainDb = 0;

    [[nodiscard]] qint64 durationMs() const
    {
        return sampleRate > 0 ? std::llround(double(frames) * 1000.0 / sampleRate) : 0;
    }
};

} // namespace coach
