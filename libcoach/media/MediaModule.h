// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace coach {

class MediaBackend;

/*
 * Finds and loads the media module (libcoach-media.so) the first time
 * anything decodes or plays, and keeps it for the life of the process.
 * It is looked for, in this order:
 *   - the file COACH_MEDIA_MODULE names, when that is set (nowhere else then);
 *   - beside libcoach's own shared library: the build tree's libcoach folder,
 *     or the installed private library folder (lib/<arch>/coachbench);
 *   - beside the executable.
 * A module that is missing, cannot be loaded or was built for another
 * interface version is an error naming every path tried and why. Thread-safe:
 * import probes from several threads at once, and all of them wait for the
 * one load.
 */
class MediaModule final
{
    Q_DECLARE_TR_FUNCTIONS(MediaModule)
public:
    [[nodiscard]] static Result<const MediaBackend *> backend();
    // Whether this process has loaded it, without loading it.
    [[nodiscard]] static bool isLoaded();
    // Where backend() looks, in order.
    [[nodiscard]] static QStringList candidatePaths();
};

} // namespace coach
