// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

namespace coach {

class TaskControl;

/*
 * Zips a finished standup pack folder under one top folder named after the
 * zip ("standup-falcon-2026-W48/…"), so unpacking it anywhere gives the same
 * folder the folder output would have. Audio is stored as it is; text is
 * deflated. Nothing (or the previous file) is left under the final name when
 * it fails or is cancelled. libzip does the work in the media module
 * (LibzipPackZip), loaded on the first call: libzip brings libcrypto, which
 * every `coach` start would otherwise load.
 */
class StandupPackZip final
{
public:
    // `files` are names inside `folder`, in the order they go in.
    [[nodiscard]] static Result<void> write(const QString &folder, const QStringList &files, const QString &zipPath,
                                            TaskControl &control);
};

} // namespace coach
