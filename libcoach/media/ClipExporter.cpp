// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipExporter.h"

#include "media/MediaBackend.h"
#include "media/MediaModule.h"

namespace coach {

Result<void> ClipExporter::check(const ClipRequest &request, qint64 recordingDurationMs)
{
    const auto backend = MediaModule::backend();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->checkClip(request, recordingDurationMs);
}

Result<ClipResult> ClipExporter::render(const ClipRequest &request, TaskControl &control)
{
    const auto backend = MediaModule::backend();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->renderClip(request, control);
}

} // namespace coach
