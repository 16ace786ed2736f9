// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redact/PiiType.h"

#include <QtGlobal>

namespace coach {

// One piece of personal data found in a text: offsets in QString (UTF-16)
// units, end exclusive; confidence in (0, 1], 1 for a checksum that held.
struct PiiSpan
{
    PiiType type = PiiType::PersonName;
    qsizetype start = 0;
    qsizetype end = 0;
    double confidence = 1.0;

    [[nodiscard]] qsizetype length() const { return end - start; }
    friend bool operator==(const PiiSpan &, const PiiSpan &) = default;
};

} // namespace coach
