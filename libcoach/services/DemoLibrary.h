// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coach {

/*
 * The demo library: a handful of voiced calls with transcripts and a manifest,
 * shipped with Coachbench so a new user has something to explore.
 */
class DemoLibrary final
{
public:
    // The folder holding the demo recordings and manifest.csv: $COACH_DEMO_DIR,
    // then the source tree (for a build that was not installed), then
    // <prefix>/share/coachbench/demo. Empty when none exists.
    [[nodiscard]] static QString recordingsDirectory();
    [[nodiscard]] static QString manifestPath();
    // Where the demo library's database lives (app data location).
    [[nodiscard]] static QString databasePath();
};

} // namespace coach
