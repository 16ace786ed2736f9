// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

namespace coach {

// Row ids of the scheduling tables, kept apart from model/Id.h so the
// scheduling work does not touch the shared model header.
using SessionId = Id<struct SessionTag>;
using ActionItemId = Id<struct ActionItemTag>;
using BusyBlockId = Id<struct BusyBlockTag>;
using ShiftId = Id<struct ShiftTag>;

} // namespace coach
