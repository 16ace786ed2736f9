// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IsoWeek.h"
#include "model/Id.h"

namespace coach {

// Which highlights HighlightRepository::list() returns; every field left at
// its default matches everything.
struct HighlightFilter
{
    TeamId team;             // invalid: every team
    IsoWeek week;            // invalid: every week
    RepId rep;               // invalid: every rep (else: highlights of that rep's calls)
    bool withHistory = false; // include superseded highlights, not just the current ones

    friend bool operator==(const HighlightFilter &, const HighlightFilter &) = default;
};

} // namespace coach
