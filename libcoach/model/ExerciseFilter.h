// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ExercisePattern.h"

#include <QDate>

#include <optional>

namespace coach {

// Which exercises the history shows: by pattern and by the dates they are held on.
struct ExerciseFilter
{
    std::optional<ExercisePattern> pattern;
    QDate from; // inclusive; invalid: no lower bound
    QDate to;   // inclusive; invalid: no upper bound
};

} // namespace coach
