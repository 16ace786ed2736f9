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
 * Stateless and thread-safe: import probes many files at once.
 */
class AudioProbe final
{
    Q_DECLARE_TR_FUNCTIONS(AudioProbe)
public:
    [[nodiscard]] static Result<AudioInfo> probe(const QString &path);
};

} // namespace coach
