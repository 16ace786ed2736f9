// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipAudio.h"
#include "media/ClipFormat.h"
#include "media/ClipRequest.h"

#include <QCoreApplication>

namespace coach {

class TaskControl;

/*
 * Encodes a clip held in memory and writes it with FFmpeg's encoder and
 * muxer for its format, with its tags. Writes exactly the bytes at `path`;
 * the caller picks a temporary name and renames. Internal to libcoach/media.
 */
class ClipEncoder final
{
    Q_DECLARE_TR_FUNCTIONS(ClipEncoder)
public:
    struct Target
    {
        QString path;      // where the bytes go
        QString shownPath; // the name the user asked for, for messages and the muxer choice
        ClipFormat format = ClipFormat::of(ClipFormat::Kind::Wav);
        ClipMetadata metadata;
    };

    // Returns the size of the file written.
    [[nodiscard]] static Result<qint64> write(const ClipAudio &audio, const Target &target,
                                              TaskControl &control);
};

} // namespace coach
