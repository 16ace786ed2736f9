// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/AudioInfo.h"

#include <QString>

namespace coach {

/*
 * Reads a recording's stream facts (duration, channels, rate, codec) with
 * libavformat, and decodes its first audio frame so that a file FFmpeg can
 * name but not play is refused at import rather than at playback. The work
 * is done by the media module (FfmpegProbe), loaded on the first call.
 * Stateless and thread-safe: import probes many files at once.
 */
class AudioProbe final
{
public:
    [[nodiscard]] static Result<AudioInfo> probe(const QString &path);
};

} // namespace coach
