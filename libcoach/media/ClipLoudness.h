// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipAudio.h"

#include <QCoreApplication>

namespace coach {

class TaskControl;

/*
 * EBU R128 loudness for clips, in two passes over audio already in memory:
 * libebur128 measures the integrated loudness and true peak, a linear gain
 * brings the clip to the target, and where that pushes peaks over the
 * ceiling FFmpeg's look-ahead limiter (alimiter) takes them down; the result
 * is measured again and the gain corrected until both hold. Stateless.
 */
class ClipLoudness final
{
    Q_DECLARE_TR_FUNCTIONS(ClipLoudness)
public:
    struct Measurement
    {
        double integratedLufs = 0; // -inf for silence
        double truePeakDb = 0;     // dBTP over all channels; -inf for silence
    };
    struct Outcome
    {
        Measurement input;
        Measurement output;
        double gainDb = 0;
    };

    // `name` is the file the audio comes from, for messages.
    [[nodiscard]] static Result<Measurement> measure(const ClipAudio &audio, const QString &name);

    // Brings `audio` to `targetLufs` with true peaks at or below `ceilingDb`.
    // A silent clip is left as it is.
    [[nodiscard]] static Result<Outcome> normalise(ClipAudio &audio, double targetLufs, double ceilingDb,
                                                   const QString &name, TaskControl &control);

    // Keeps sample peaks at or below `ceiling` (linear, 0.0625 … 1) with
    // alimiter; the audio keeps its length and timing.
    [[nodiscard]] static Result<void> limit(ClipAudio &audio, double ceiling, const QString &name);

private:
    // `modes`: libebur128's EBUR128_MODE_* flags; what is not measured is NaN.
    [[nodiscard]] static Result<Measurement> measure(const ClipAudio &audio, const QString &name, int modes);
};

} // namespace coach
