// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Manifest.h"

#include <QFileInfo>

namespace coach {

const ManifestRow *Manifest::rowFor(const QString &recordingPath) const
{
    const QFileInfo info(recordingPath);
    if (const auto it = byPath.constFind(info.absoluteFilePath()); it != byPath.constEnd())
        return &rows.at(*it);
    if (const auto it = byName.constFind(info.fileName()); it != byName.constEnd())
        return &rows.at(*it);
    return nullptr;
}

} // namespace coach
