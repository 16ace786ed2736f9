// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AudioInfo.h"
#include "model/Call.h"
#include "model/Segment.h"

#include <QJsonObject>

namespace coach::cli {

// The stable JSON shapes `coach … --json` prints; the README documents them.
namespace CallJson {

[[nodiscard]] QJsonObject summary(const Call &call);
[[nodiscard]] QJsonObject details(const Call &call, const QList<Segment> &segments, const QStringList &tags);
[[nodiscard]] QJsonObject audio(const AudioInfo &info);

} // namespace CallJson

} // namespace coach::cli
