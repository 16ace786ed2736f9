// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/AudioInfo.h"

#include <QCoreApplication>

namespace coach {

/*
 * Reads a recording's stream facts (duration, channels, rate, codec) with
 * libavformat, and decodes its first audio frame so that a file FFmpeg can
 * name but not play is refused at import rather than at playback.
 * Stateless and thread-safe: import probes many files at once. Lives in the
 * media module; everyone else calls AudioProbe, which loads the module.
 */
class FfmpegProbe final
{
    // The context stays AudioProbe's, the class callers know, so the translations carry over.
    Q_DECLARE_TR_FUNCTIONS(AudioProbe)
public:
    [[nodiscard]] static Result<AudioInfo> probe(const QString &path);
};

} // namespace coach
