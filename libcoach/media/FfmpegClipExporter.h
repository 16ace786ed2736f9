// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/ClipRequest.h"
#include "media/ClipResult.h"

#include <QCoreApplication>

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
 * Lives in the media module; everyone else calls ClipExporter, which loads it.
 *
 *     ClipRequest request;
 *     request.sourcePath = call.recordingPath;
 *     request.startMs = 60'000;
 *     request.durationMs = 30'000;
 *     request.outputPath = u"tip.opus"_s;
 *     TaskControl control;
 *     Result<ClipResult> clip = FfmpegClipExporter::render(request, control);
 */
class FfmpegClipExporter final
{
    // The context stays ClipExporter's, the class callers know, so the translations carry over.
    Q_DECLARE_TR_FUNCTIONS(ClipExporter)
public:
    // The checks that need no decoding (range, format, destination folder),
    // so a dialog can point at a problem before the user presses Export.
    // `recordingDurationMs` of 0 skips the range's end check.
    [[nodiscard]] static Result<void> check(const ClipRequest &request, qint64 recordingDurationMs = 0);

    [[nodiscard]] static Result<ClipResult> render(const ClipRequest &request, TaskControl &control);
};

} // namespace coach
