// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QString>

namespace coach {

class Database;

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
    // After the demo import: gives each demo call that has no annotations yet
    // the ones in "<call>.annotations.csv" beside its recording (tags, effective
    // off-script moments), so Review and Highlights have something to show.
    // Returns how many were added.
    [[nodiscard]] static Result<int> addAnnotations(const Database &db);
};

} // namespace coach
