// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"
#include "storage/TranscriptSearch.h"

#include <QJsonObject>

namespace coach::cli {

// The stable JSON shapes of `coach annotations --json` and `coach search --json`; the README documents them.
namespace AnnotationJson {

[[nodiscard]] QJsonObject annotation(const Annotation &annotation);
[[nodiscard]] QJsonObject searchHit(const SearchHit &hit);

} // namespace AnnotationJson

} // namespace coach::cli
