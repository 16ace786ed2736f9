// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace coach {

class TaskControl;

/*
 * Zips a finished standup pack folder with libzip, under one top folder named
 * after the zip ("standup-falcon-2026-W48/…"), so unpacking it anywhere gives
 * the same folder the folder output would have. Audio is stored as it is (it
 * is already compressed); text is deflated.
 *
 * libzip writes the archive under a temporary name beside `zipPath` and
 * renames it over `zipPath` only when complete, so a failure or a cancel
 * leaves nothing (or the previous file) under the final name.
 *
 * In the media module with the other code whose libraries are heavy to load
 * (libzip brings OpenSSL's libcrypto); everyone else calls StandupPackZip.
 */
class LibzipPackZip final
{
    // The context stays StandupPackZip's, the class callers know, so the translations carry over.
    Q_DECLARE_TR_FUNCTIONS(StandupPackZip)
public:
    // `files` are names inside `folder`, in the order they go in.
    [[nodiscard]] static Result<void> write(const QString &folder, const QStringList &files, const QString &zipPath,
                                            TaskControl &control);
};

} // namespace coach
