// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QList>

namespace coach {

// Buddies for a month: two reps, or three when the odd rep out joins a pair.
struct BuddyPair
{
    RepId a;
    RepId b;
    RepId c; // invalid unless a trio

    [[nodiscard]] bool isTrio() const { return c.isValid(); }
    [[nodiscard]] QList<RepId> members() const
    {
        return c.isValid() ? QList<RepId>{ a, b, c } : QList<RepId>{ a, b };
    }
    friend bool operator==(const BuddyPair &, const BuddyPair &) = default;
};

} // namespace coach
