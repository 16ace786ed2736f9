// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QString>

namespace coach {

// The guide's vocabulary groups: what a tag says about a moment.
enum class TagKind { Checkpoint, Pattern, AntiPattern, OffScript, Custom };

struct Tag
{
    TagId id;
    QString key;   // stable, untranslated: "checkpoint.greeting"
    QString label; // shown to people, translated when seeded
    TagKind kind = TagKind::Custom;
    QString color; // #rrggbb
};

} // namespace coach
