// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipRequest.h"
#include "media/ClipResult.h"

namespace coach {

class TaskControl;

/*
 * Cuts a clip from a recording and writes it as a file that plays anywhere:
 * seek, sample-accurate trim, channel choice, redacted spans bleeped or
 * silenced, fades, EBU R128 loudness with a true-peak ceiling, tags, and the
 * encoder for the output's extension (ClipFormat). The file appears under its
 * name only when complete: it is written under a temporary name in the same
 * folder and renamed, so a failure, a full disk or a cancel leaves nothing
 * half-written. Blocking and thread-safe; the GUI runs it on a worker thread.
 * The work is done by the media module (FfmpegClipExporter), loaded on the
 * first call.
 *
 *     ClipRequest request;
 *     request.sourcePath = call.recordingPath;
 *     request.startMs = 60'000;
 *     request.durationMs = 30'000;
 *     request.outputPath = u"tip.opus"_s;
 *     TaskControl control;
 *     Result<ClipResult> clip = ClipExporter::render(request, control);
 */
class ClipExporter final
{
public:
    // The checks that need no decoding (range, format, destination folder),
    // so a dialog can point at a problem before the user presses Export.
    // `recordingDurationMs` of 0 skips the range's end check.
    [[nodiscard]] static Result<void> check(const ClipRequest &request, qint64 recordingDurationMs = 0);
    [[nodiscard]] static Result<ClipResult> render(const ClipRequest &request, TaskControl &control);
};

} // namespace coach
