// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RecordingAnalysis.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace coach {

class TaskControl;

/*
 * Decodes a recording once, streaming, and computes its peaks at every level
 * and its per-channel speech activity together; memory stays flat however long
 * the call. Opus is decoded at the recording's own rate, not 48 kHz, when the
 * decoder allows it. Runs on the caller's thread; reports progress and stops
 * when cancelled. Lives in the media module; everyone else calls
 * RecordingAnalyzer, which loads the module.
 */
class FfmpegAnalyzer final
{
    // The context stays RecordingAnalyzer's, the class callers know, so the translations carry over.
    Q_DECLARE_TR_FUNCTIONS(RecordingAnalyzer)
public:
    [[nodiscard]] static Result<RecordingAnalysis> analyze(const QString &path,
                                                           const TaskControl *control = nullptr);
};

} // namespace coach
