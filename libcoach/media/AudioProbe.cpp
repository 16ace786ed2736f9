// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioProbe.h"

#include "media/MediaBackend.h"
#include "media/MediaModule.h"

namespace coach {

Result<AudioInfo> AudioProbe::probe(const QString &path)
{
    const auto backend = MediaModule::backend();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->probe(path);
}

} // namespace coach
