// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RecordingAnalysis.h"
#include "core/Error.h"

#include <QString>

namespace coach {

class TaskControl;

/*
 * Decodes a recording once, streaming, and computes its peaks at every level
 * and its per-channel speech activity together; memory stays flat however long
 * the call. The decoding is done by the media module (FfmpegAnalyzer), loaded
 * on the first call. Runs on the caller's thread; reports progress and stops
 * when cancelled.
 */
class RecordingAnalyzer final
{
public:
    [[nodiscard]] static Result<RecordingAnalysis> analyze(const QString &path,
                                                           const TaskControl *control = nullptr);
};

} // namespace coach
