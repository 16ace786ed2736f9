// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/RecordingAnalyzer.h"

#include "media/MediaBackend.h"
#include "media/MediaModule.h"

namespace coach {

Result<RecordingAnalysis> RecordingAnalyzer::analyze(const QString &path, const TaskControl *control)
{
    const auto backend = MediaModule::backend();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->analyze(path, control);
}

} // namespace coach
