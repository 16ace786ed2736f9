// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipAudio.h"
#include "media/ClipRequest.h"

#include <QCoreApplication>

#include <memory>

namespace coach {

class TaskControl;

/*
 * Reads one stretch of a recording for ClipExporter: seeks near the start
 * (a 30-second clip at 1:59:00 costs what one at 0:01:00 does), decodes,
 * drops the samples before the start so the clip begins on its exact sample,
 * and maps channels and rate with one libavfilter graph (pan, aresample,
 * aformat to float). Internal to libcoach/media; one thread at a time.
 */
class ClipSource final
{
    Q_DECLARE_TR_FUNCTIONS(ClipSource)
public:
    struct Facts
    {
        qint64 durationMs = 0;
        int sampleRate = 0; // the rate the recording was made at (an Opus file's original rate)
        int channels = 0;
    };

    ~ClipSource();
    ClipSource(const ClipSource &) = delete;
    ClipSource &operator=(const ClipSource &) = delete;

    // Opens the recording and reads its header; every failure names the file.
    [[nodiscard]] static Result<std::unique_ptr<ClipSource>> open(const QString &path);

    [[nodiscard]] const Facts &facts() const;

    // Decodes [startMs, startMs + durationMs) at `outputRate` with the
    // channels asked for. Progress is reported in milliseconds of the range.
    [[nodiscard]] Result<ClipAudio> read(qint64 startMs, qint64 durationMs, ClipChannels channels,
                                         int agentChannel, int outputRate, TaskControl &control);

private:
    ClipSource();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coach
