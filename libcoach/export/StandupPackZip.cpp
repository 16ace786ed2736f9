// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/StandupPackZip.h"

#include "media/MediaBackend.h"
#include "media/MediaModule.h"

namespace coach {

Result<void> StandupPackZip::write(const QString &folder, const QStringList &files, const QString &zipPath,
                                   TaskControl &control)
{
    const auto backend = MediaModule::backend();
    if (!backend)
        return std::unexpected(backend.error());
    return (*backend)->writeStandupZip(folder, files, zipPath, control);
}

} // namespace coach
